// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_heatmap.h"

#include "zone_offsets.h"

#include <QJsonArray>

std::optional<QList<ActivityHeatmap::Panel>> ActivityHeatmap::compute(const FineCounts &series,
                                                                      const QList<QTimeZone> &zones,
                                                                      const AnalysisProgress &progress)
{
    QList<Panel> panels;
    const qsizetype n = series.size();
    for (qsizetype z = 0; z < zones.size(); ++z) {
        Panel panel;
        panel.zone = zones[z];
        const ZoneOffsets offsets(zones[z], series.range());
        for (qsizetype i = 0; i < n; ++i) {
            if ((i & 0xfffff) == 0 &&
                !reportProgress(progress, (double(z) + double(i) / double(n)) / double(zones.size())))
                return std::nullopt;
            const qint64 c = series.counts[size_t(i)];
            if (c == 0)
                continue;
            const qint64 local = offsets.localUs(series.fromUs + qint64(i) * series.stepUs);
            panel.counts[size_t(ZoneOffsets::dayOfWeek(local) * 24 + ZoneOffsets::hourOfDay(local))] += c;
        }
        panels.append(panel);
    }
    reportProgress(progress, 1.0);
    return panels;
}

QJsonObject ActivityHeatmap::toJson(const QList<Panel> &panels)
{
    static const char *const kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    QJsonArray days;
    for (const char *d : kDays)
        days.append(QLatin1String(d));
    QJsonArray out;
    for (const Panel &p : panels) {
        QJsonArray rows;
        qint64 total = 0;
        for (int d = 0; d < 7; ++d) {
            QJsonArray row;
            for (int h = 0; h < 24; ++h) {
                row.append(p.at(d, h));
                total += p.at(d, h);
            }
            rows.append(row);
        }
        out.append(QJsonObject{{QStringLiteral("zone"), QString::fromUtf8(p.zone.id())},
                               {QStringLiteral("total"), total},
                               {QStringLiteral("counts"), rows}});
    }
    return QJsonObject{{QStringLiteral("rows"), days},
                       {QStringLiteral("columns"), QStringLiteral("local hour 0-23")},
                       {QStringLiteral("panels"), out}};
}
