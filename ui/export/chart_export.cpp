// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"

#include "address_pseudonymizer.h"
#include "chart_footer.h"
#include "event_card.h"
#include "evidence_bundle.h"
#include "failure.h"
#include "lookup_store.h"
#include "record_csv.h"
#include "series_drawer.h"

#include <QBuffer>
#include <QCoreApplication>

namespace {
constexpr qint64 kRecordPage = 20'000;

std::optional<AddressPseudonymizer> pseudonymizer(LookupStore &store, const ExportView &view)
{
    if (!view.redact)
        return std::nullopt;
    return AddressPseudonymizer(store.redactionKey(), view.redactNames);
}
} // namespace

PreparedChart ChartExport::prepare(LookupStore &store, const ExportView &view, const QDateTime &exportedAt)
{
    PreparedChart out;
    out.view = view;
    auto redactor = pseudonymizer(store, view);
    const QList<DatasetInfo> all = store.datasets();
    for (const DatasetInfo &d : all) {
        if (view.query.datasets.isEmpty() || view.query.datasets.contains(d.id))
            out.datasets.append(d);
    }
    out.table = store.bins(view.query);
    if (out.table.edges.isEmpty() && !all.isEmpty() && view.query.range)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("too many bins for that range; choose a wider bin width"));
    // Written down (footer, provenance, reproduce.sh) with the width and range it came out as,
    // so that the commands that redo it need no automatic choice.
    if (out.table.binCount() > 0) {
        out.view.query.width = out.table.width;
        if (!out.view.query.range)
            out.view.query.range = TimeRange{out.table.edges.front(), out.table.edges.back()};
    }
    // Series hidden by name: the original one, or (asked again from a redacted bundle) the
    // pseudonym; written down under the name the chart shows.
    QList<bool> hidden;
    for (const BinSeries &s : std::as_const(out.table.series))
        hidden.append(view.hiddenSeries.contains(SeriesDrawer::legendName(s)));
    if (redactor) {
        redactor->apply(out.table, view.query.split);
        out.view.query.filters = redactor->apply(view.query.filters);
        for (AutomatedPair &a : out.view.automatedPairs) { // named in the footer and provenance.json
            a.client = redactor->value(LookupField::Client, a.client);
            a.qname = redactor->value(LookupField::Qname, a.qname);
        }
    }
    out.view.hiddenSeries.clear();
    for (qsizetype i = 0; i < out.table.series.size(); ++i) {
        const QString name = SeriesDrawer::legendName(out.table.series[i]);
        if (hidden[i] || view.hiddenSeries.contains(name)) {
            out.view.hiddenSeries.append(name);
            out.spec.look.hidden.insert(name);
        }
    }
    out.view.hiddenCategories.clear();
    for (const QString &category : view.hiddenCategories) {
        const QString c = category.trimmed().toLower();
        if (!c.isEmpty() && !out.view.hiddenCategories.contains(c))
            out.view.hiddenCategories.append(c);
    }
    out.view.hiddenCategories.sort();
    ChartSpec &spec = out.spec;
    spec.table = out.table;
    if (view.events) {
        for (const TimelineEvent &e : store.events()) {
            if (!out.view.hiddenCategories.contains(EventCard::category(e)))
                spec.events.append(e);
        }
    }
    spec.title = view.title;
    spec.subtitle = view.subtitle;
    spec.footer = ChartFooter::parts(out.datasets, out.view, out.table.width, exportedAt);
    spec.zone = view.query.zone;
    spec.size = view.size;
    spec.scale = view.scale;
    spec.legend = view.legend;
    spec.dark = view.dark;
    spec.look.style = view.style == QLatin1String("lines") ? SeriesStyle::Lines
        : view.style == QLatin1String("steps")             ? SeriesStyle::Steps
                                                           : SeriesStyle::StackedBars;
    spec.look.logScale = view.logScale;
    spec.look.movingAverage = view.average;
    spec.range = view.query.range;
    return out;
}

void ChartExport::writeBundle(LookupStore &store, const ExportView &view, const QString &path)
{
    const QDateTime exportedAt = ChartFooter::exportTime();
    const PreparedChart chart = prepare(store, view, exportedAt);
    EvidenceBundle::write(
        {chart.datasets, chart.view, chart.table, chart.spec.events, exportedAt},
        [&chart](const QString &format) { return ChartRenderer::renderFile(chart.spec, format); }, path);
}

qint64 ChartExport::writeRecordsCsv(LookupStore &store, const RecordQuery &query, const ExportView &view,
                                    QIODevice &out, const RecordsProgress &progress)
{
    auto redactor = pseudonymizer(store, view);
    QHash<qint64, QString> names;
    for (const DatasetInfo &d : store.datasets())
        names.insert(d.id, d.name);
    const auto write = [&out](const QByteArray &bytes) {
        if (out.write(bytes) != bytes.size())
            throw Failure(
                Failure::Kind::Io,
                QCoreApplication::translate("ChartExport", "Cannot write the records: %1").arg(out.errorString()));
    };
    write(RecordCsv::header());
    for (qint64 offset = 0;;) {
        RecordPage page = store.records(query, offset, kRecordPage);
        if (redactor) {
            for (LookupRecord &r : page.records)
                redactor->apply(r);
        }
        write(RecordCsv::rows(page.records, view.query.zone, names));
        offset += page.records.size();
        if (page.records.isEmpty() || offset >= page.total || (progress && !progress(offset, page.total)))
            return offset;
    }
}

QByteArray ChartExport::recordsCsv(LookupStore &store, const RecordQuery &query, const ExportView &view)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeRecordsCsv(store, query, view, buffer);
    return buffer.data();
}
