// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bin_table_format.h"

#include "csv_field.h"
#include "timestamp_parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray BinTableFormat::isoTime(qint64 us, const QTimeZone &zone)
{
    return TimestampParser::formatIso(us, zone);
}

QByteArray BinTableFormat::toCsv(const BinTable &table)
{
    QByteArray out("bin_start,series,count\n");
    QList<QByteArray> names;
    for (const BinSeries &s : table.series)
        names.append(CsvField::encode(s.name));
    for (qsizetype b = 0; b < table.binCount(); ++b) {
        const QByteArray start = isoTime(table.edges[b], table.zone);
        for (qsizetype s = 0; s < table.series.size(); ++s) {
            out += start;
            out += ',';
            out += names[s];
            out += ',';
            out += QByteArray::number(table.series[s].counts[b]);
            out += '\n';
        }
    }
    return out;
}

QByteArray BinTableFormat::toJson(const BinTable &table)
{
    QJsonArray bins;
    for (qsizetype b = 0; b < table.binCount(); ++b) {
        bins.append(QJsonObject{{QStringLiteral("start"), QString::fromLatin1(isoTime(table.edges[b], table.zone))},
                                {QStringLiteral("end"), QString::fromLatin1(isoTime(table.edges[b + 1], table.zone))}});
    }
    QJsonArray series;
    for (const BinSeries &s : table.series) {
        QJsonArray counts;
        for (qint64 c : s.counts)
            counts.append(c);
        series.append(QJsonObject{{QStringLiteral("name"), s.name},
                                  {QStringLiteral("other"), s.isOther},
                                  {QStringLiteral("total"), s.total},
                                  {QStringLiteral("counts"), counts}});
    }
    const QJsonObject root{{QStringLiteral("bin_width"), table.width.name()},
                           {QStringLiteral("time_zone"), QString::fromUtf8(table.zone.id())},
                           {QStringLiteral("bins"), bins},
                           {QStringLiteral("series"), series}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
