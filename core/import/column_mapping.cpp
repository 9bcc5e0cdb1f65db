// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "column_mapping.h"

#include "timestamp_parser.h"

#include <QList>

#include <algorithm>

namespace {
const std::array<QList<QByteArrayView>, 6> kAliases = {{
    {"timestamp", "time", "ts", "date", "datetime"},
    {"client", "src", "source", "src_ip", "id.orig_h"},
    {"qname", "query", "domain", "name"},
    {"qtype", "type", "query_type"},
    {"rcode", "response", "response_code"},
    {"server", "dst", "resolver", "id.resp_h"},
}};

int slotOfAlias(QByteArrayView header)
{
    const QByteArray lower = header.trimmed().toByteArray().toLower();
    for (size_t s = 0; s < kAliases.size(); ++s) {
        if (kAliases[s].contains(QByteArrayView(lower)))
            return int(s);
    }
    return -1;
}
} // namespace

const std::array<const char *, 6> &ColumnMapping::slotNames()
{
    static const std::array<const char *, 6> names = {"timestamp", "client", "qname", "qtype", "rcode", "server"};
    return names;
}

ColumnMapping ColumnMapping::detect(std::span<const QByteArrayView> firstRow, const QStringList &overrides,
                                    TimestampParser &times)
{
    ColumnMapping map;
    bool namesAColumn = false;
    std::array<int, 6> byHeader = {-1, -1, -1, -1, -1, -1};
    for (size_t c = 0; c < firstRow.size(); ++c) {
        const int slot = slotOfAlias(firstRow[c]);
        if (slot >= 0 && byHeader[size_t(slot)] < 0) {
            byHeader[size_t(slot)] = int(c);
            namesAColumn = true;
        }
    }
    // Overrides by name also make the first row a header.
    struct Override {
        int slot;
        int index = -1; // kUnmapped: "field=" (nothing) leaves the field absent
        QByteArray name;
    };
    constexpr int kUnmapped = -2;
    QList<Override> parsed;
    for (const QString &o : overrides) {
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        int slot = -1;
        for (size_t s = 0; s < slotNames().size() && eq > 0; ++s) {
            if (o.left(eq).trimmed().compare(QLatin1String(slotNames()[s]), Qt::CaseInsensitive) == 0)
                slot = int(s);
        }
        if (slot < 0) {
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("bad column mapping '%1': expected FIELD=COLUMN with FIELD one of timestamp, "
                                         "client, qname, qtype, rcode, server")
                              .arg(o));
        }
        Override ov{slot, -1, {}};
        bool isNumber = false;
        const int n = o.mid(eq + 1).trimmed().toInt(&isNumber);
        if (isNumber && n >= 1)
            ov.index = n - 1;
        else if (o.mid(eq + 1).trimmed().isEmpty())
            ov.index = kUnmapped;
        else
            ov.name = o.mid(eq + 1).trimmed().toUtf8();
        if (!ov.name.isEmpty()) {
            for (size_t c = 0; c < firstRow.size(); ++c) {
                if (firstRow[c].trimmed().compare(ov.name, Qt::CaseInsensitive) == 0)
                    namesAColumn = true;
            }
        }
        parsed.append(ov);
    }
    const int tsGuess = byHeader[0] >= 0 ? byHeader[0] : 0;
    const bool tsParses = tsGuess < qsizetype(firstRow.size()) && times.parse(firstRow[size_t(tsGuess)]).has_value();
    map.hasHeader = namesAColumn && !tsParses;
    if (map.hasHeader) {
        map.column = byHeader;
    } else {
        for (size_t s = 0; s < map.column.size() && s < firstRow.size(); ++s)
            map.column[s] = int(s);
    }
    for (const Override &ov : parsed) {
        if (ov.index >= 0 || ov.index == kUnmapped) {
            map.column[size_t(ov.slot)] = std::max(ov.index, -1);
            continue;
        }
        if (!map.hasHeader) {
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("no header row to find column '%1' in").arg(QString::fromUtf8(ov.name)));
        }
        int found = -1;
        for (size_t c = 0; c < firstRow.size() && found < 0; ++c) {
            if (firstRow[c].trimmed().compare(ov.name, Qt::CaseInsensitive) == 0)
                found = int(c);
        }
        if (found < 0) {
            throw Failure(Failure::Kind::BadInput,
                          QStringLiteral("the header has no column '%1'").arg(QString::fromUtf8(ov.name)));
        }
        map.column[size_t(ov.slot)] = found;
    }
    if (map.column[0] < 0) {
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("no timestamp column: name one timestamp, time, ts, date or datetime, "
                                     "or map it with --columns timestamp=COLUMN"));
    }
    return map;
}
