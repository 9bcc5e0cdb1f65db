// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "drill_down.h"

#include "series_drawer.h"
#include "timeline_controller.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {

QString stamp(qint64 us, const QTimeZone &zone)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, zone),
                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The series of the table, visible or not, by legend name, without "other".
QStringList keptNames(const BinTable &table, const QSet<QString> &hidden, bool visibleOnly)
{
    QStringList out;
    for (const BinSeries &s : table.series) {
        if (!s.isOther && !(visibleOnly && hidden.contains(SeriesDrawer::legendName(s))))
            out.append(s.name);
    }
    return out;
}

bool otherHidden(const BinTable &table, const QSet<QString> &hidden)
{
    return std::any_of(table.series.begin(), table.series.end(),
                       [&](const BinSeries &s) { return s.isOther && hidden.contains(SeriesDrawer::legendName(s)); });
}

} // namespace

DrillDown::DrillDown(const TimeRange &range, int series, const TimelineController &controller)
    : m_range(range), m_anchorUs(range.fromUs + range.length() / 2), m_zone(controller.timeZone()),
      m_split(controller.split())
{
    const BinTable &table = controller.table();
    const auto bin = std::lower_bound(table.edges.begin(), table.edges.end(), range.fromUs);
    m_isBin = bin != table.edges.end() && *bin == range.fromUs && bin + 1 != table.edges.end() && bin[1] == range.toUs;
    if (m_split && series >= 0 && series < table.series.size()) {
        m_pick = table.series[series].isOther ? Pick::Other : Pick::Named;
        m_series = table.series[series].name;
    }
}

void DrillDown::follow(const TimelineController &controller)
{
    const BinTable &table = controller.table();
    if (!m_isBin || table.zone == m_zone || table.binCount() == 0)
        return;
    const qsizetype i = std::upper_bound(table.edges.begin(), table.edges.end(), m_anchorUs) - table.edges.begin() - 1;
    if (i < 0 || i >= table.binCount())
        return;
    m_range = {table.edges[i], table.edges[i + 1]};
    m_zone = table.zone;
}

DrillDown::Pick DrillDown::pickUnder(const TimelineController &controller) const
{
    return controller.split() == m_split ? m_pick : Pick::All;
}

RecordQuery DrillDown::query(const TimelineController &controller, const QSet<QString> &hidden) const
{
    RecordQuery q;
    q.datasets = controller.selectedDatasets();
    q.range = m_range;
    q.filters = controller.filters();
    q.excludedPairs = controller.excludedPairs();
    q.ownerDatabases = controller.ownerDatabases();
    if (!controller.split())
        return q;
    const BinTable &table = controller.table();
    switch (pickUnder(controller)) {
    case Pick::Named:
        if (hidden.contains(m_series.isEmpty() ? QStringLiteral("lookups") : m_series))
            q.seriesIn = QStringList();
        else
            q.seriesValue = m_series;
        break;
    case Pick::Other:
        if (otherHidden(table, hidden))
            q.seriesIn = QStringList();
        else
            q.notIn = keptNames(table, hidden, false);
        break;
    case Pick::All:
        if (otherHidden(table, hidden))
            q.seriesIn = keptNames(table, hidden, true);
        else
            for (const QString &name : keptNames(table, hidden, false)) {
                if (hidden.contains(name))
                    q.notIn.append(name);
            }
        break;
    }
    if (q.seriesValue || q.seriesIn || !q.notIn.isEmpty())
        q.split = controller.split();
    return q;
}

QString DrillDown::description(const TimelineController &controller, const QSet<QString> &hidden) const
{
    const QTimeZone zone = controller.timeZone();
    QStringList what{QStringLiteral("%1 – %2 (%3)")
                         .arg(stamp(m_range.fromUs, zone), stamp(m_range.toUs, zone), QString::fromUtf8(zone.id()))};
    const RecordQuery q = query(controller, hidden);
    const Pick pick = pickUnder(controller);
    if (q.split && pick == Pick::Named)
        what.append(QStringLiteral("%1 = %2").arg(lookupFieldName(*q.split), m_series));
    else if (q.split && pick == Pick::Other)
        what.append(tr("%1 outside the top %2").arg(lookupFieldName(*q.split)).arg(q.notIn.size()));
    if (q.seriesIn && q.seriesIn->isEmpty())
        what.append(tr("a hidden series"));
    else if (pick == Pick::All && q.split)
        what.append(tr("visible series only"));
    for (const FieldFilter &f : q.filters)
        what.append(QStringLiteral("%1 = %2").arg(lookupFieldName(f.field), f.glob));
    return what.join(QStringLiteral(" · "));
}
