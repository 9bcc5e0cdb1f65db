// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "status_line.h"

#include "dataset_info.h"
#include "span_text.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "translations.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {

QString formatUs(qint64 us, const QTimeZone &zone)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, zone),
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// How long a dataset lasts, or how many lookups it has when they share one instant.
QString spanOf(const DatasetInfo &d, const QLocale &numbers)
{
    if (d.tsMaxUs != d.tsMinUs)
        return SpanText::approximate(d.tsMaxUs + 1 - d.tsMinUs, numbers);
    return d.records == 1
        ? StatusLine::tr("one lookup")
        : StatusLine::tr("%1 lookups at one instant", nullptr, pluralCount(d.records)).arg(numbers.toString(d.records));
}

} // namespace

QString StatusLine::nothingToDraw(const TimelineController &controller)
{
    if (!controller.store())
        return tr("No store open: File → Open store, or drop a store here.");
    if (controller.isBusy())
        return {};
    if (controller.datasets().isEmpty())
        return tr("No lookups yet: import a file (File → Import, or drop it here).");
    QList<qint64> shown = controller.effectiveDatasets();
    shown.removeAll(-1); // the Datasets dock's "none ticked"
    return shown.isEmpty() ? tr("No dataset is ticked: tick one in the Datasets dock.") : QString();
}

QString StatusLine::text(const TimelineController &controller, const TimeRange &view, int plotPixels,
                         const QLocale &numbers)
{
    if (const QString nothing = nothingToDraw(controller); !nothing.isEmpty())
        return nothing;
    QList<qint64> shown = controller.effectiveDatasets();
    shown.removeAll(-1); // the Datasets dock's "none ticked"
    qint64 held = 0;
    std::optional<TimeRange> extent;
    for (const DatasetInfo &d : controller.datasets()) {
        if (!shown.contains(d.id) || d.kind != DatasetKind::Lookups || d.records == 0)
            continue;
        held += d.records;
        const TimeRange r{d.tsMinUs, d.tsMaxUs + 1};
        extent = extent ? TimeRange{std::min(extent->fromUs, r.fromUs), std::max(extent->toUs, r.toUs)} : r;
    }
    const QTimeZone zone = controller.timeZone();
    if (held == 0) {
        return controller.isBusy() ? tr("Reading the store…")
                                   : tr("The datasets shown hold passive-DNS observations (drawn as spans), no "
                                        "lookups to count.");
    }
    if (controller.table().binCount() == 0) {
        return controller.isBusy()
            ? tr("Counting the lookups of this view…")
            : tr("No lookups in this view; the datasets shown hold %1 from %2 to %3 (Home shows them).")
                  .arg(numbers.toString(held), formatUs(extent->fromUs, zone), formatUs(extent->toUs, zone));
    }
    const BinTable &table = controller.table();
    const qint64 inView = controller.lookupsIn(view);
    // A split by answer, or by an owner of the answers, counts a lookup under each of its
    // values: the series add up to more than the lookups, and the line must not call them that.
    const std::optional<LookupField> split = controller.split();
    const QString counted = !split || ownerSource(*split) != LookupField::Answer
        ? tr("%1 lookups in view", nullptr, pluralCount(inView)).arg(numbers.toString(inView))
        : tr("%1 counts in view (split by %2: a lookup counts once under each of its answers' values)", nullptr,
             pluralCount(inView))
              .arg(numbers.toString(inView), lookupFieldName(*split));
    QString line = tr("%1 – %2   ·   %3 bins   ·   %4   ·   %5")
                       .arg(formatUs(view.fromUs, zone), formatUs(view.toUs, zone), table.width.name(), counted,
                            QString::fromUtf8(zone.id()));
    if (inView == 0)
        line += tr("   ·   none here: the datasets shown hold %1 from %2 to %3")
                    .arg(numbers.toString(held), formatUs(extent->fromUs, zone), formatUs(extent->toUs, zone));
    if (const auto fallback = controller.widthFallback()) {
        const qint64 fits = controller.maxBins() / 2 * fallback->wanted.nominalUs();
        line += tr("   ·   %1 needs %2 bins here; showing %3 — zoom in below %4 for %1")
                    .arg(fallback->wanted.name(), numbers.toString(fallback->bins), table.width.name(),
                         SpanText::approximate(fits, numbers));
    }
    // A dataset far from the others may be thinner than a pixel at this zoom: say where it is,
    // unless showing it (a double-click) would hardly zoom in (one lookup at the finest zoom).
    const double usPerPixel = double(view.length()) / std::max(1, plotPixels);
    QStringList narrow;
    for (const DatasetInfo &d : controller.datasets()) {
        const TimeRange extent{d.tsMinUs, d.tsMaxUs + 1};
        if (shown.contains(d.id) && d.records > 0 && double(extent.length()) < usPerPixel && d.tsMaxUs >= view.fromUs &&
            d.tsMinUs < view.toUs && 2 * TimelinePlot::framing(extent).length() < view.length())
            narrow.append(tr("%1 (%2)").arg(d.name, spanOf(d, numbers)));
    }
    if (narrow.size() == 1)
        line += tr("   ·   %1 is narrower than a pixel here: double-click it in Datasets to show it").arg(narrow[0]);
    else if (narrow.size() > 1)
        line += tr("   ·   %1 are narrower than a pixel here: double-click one in Datasets to show it")
                    .arg(narrow.join(QStringLiteral(", ")));
    return line;
}
