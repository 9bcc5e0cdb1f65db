// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delimited_preset.h"

#include "csv_tokenizer.h"
#include "timestamp_parser.h"

#include <QList>

namespace {

QByteArrayView withoutBom(QByteArrayView head)
{
    return head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head;
}

// The fields of the first record of head (a complete line), copied.
QList<QByteArray> firstRecord(QByteArrayView head)
{
    QList<QByteArray> fields;
    const qsizetype eol = head.indexOf('\n');
    if (eol < 0 || head.contains('\0'))
        return fields;
    CsvTokenizer tokenizer(',');
    tokenizer.setSkipSpacesBeforeQuote(true);
    bool done = false;
    const CsvTokenizer::RecordFn take = [&](qint64, std::span<const QByteArrayView> row,
                                            CsvTokenizer::Problem problem) {
        if (done)
            return;
        done = true;
        if (problem != CsvTokenizer::Problem::None)
            return;
        for (QByteArrayView f : row)
            fields.append(f.trimmed().toByteArray());
    };
    tokenizer.feed(head.first(eol + 1), take);
    return fields;
}

// "1 (A)", "28 (AAAA)", "65 (HTTPS)"
bool looksLikeUmbrellaType(QByteArrayView v)
{
    const qsizetype open = v.indexOf(" (");
    if (open <= 0 || !v.endsWith(')'))
        return false;
    for (char c : v.first(open)) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool sniffUmbrella(QByteArrayView head)
{
    const QList<QByteArray> f = firstRecord(withoutBom(head));
    if (f.size() != 10 && f.size() != 13)
        return false;
    TimestampParser times;
    const QByteArray action = f[5].toLower();
    return f[0].size() == 19 && times.parse(f[0]).has_value() && (action == "allowed" || action == "blocked") &&
        looksLikeUmbrellaType(f[6]) && !f[8].isEmpty();
}

bool sniffDnsdbq(QByteArrayView head)
{
    const QList<QByteArray> f = firstRecord(withoutBom(head));
    return f.size() == 9 && f[0] == "time_first" && f[1] == "time_last" && f[4] == "count" && f[6] == "rrname" &&
        f[7] == "rrtype" && f[8] == "rdata";
}

} // namespace

DelimitedPreset DelimitedPreset::umbrella()
{
    DelimitedPreset p;
    p.id = QStringLiteral("umbrella");
    p.description = QStringLiteral("Cisco Umbrella DNS log CSV");
    p.columnMap = {QStringLiteral("timestamp=1"), QStringLiteral("client=4"), QStringLiteral("qname=9"),
                   QStringLiteral("qtype=7"),     QStringLiteral("rcode=8"),  QStringLiteral("server=")};
    p.skipSpacesBeforeQuote = true;
    p.utc = true;
    p.sniff = &sniffUmbrella;
    return p;
}

DelimitedPreset DelimitedPreset::dnsdbq()
{
    DelimitedPreset p;
    p.id = QStringLiteral("dnsdbq");
    p.description = QStringLiteral("dnsdbq -p csv passive DNS (observations with first and last seen)");
    p.columnMap = {QStringLiteral("timestamp=time_first"),
                   QStringLiteral("qname=rrname"),
                   QStringLiteral("qtype=rrtype"),
                   QStringLiteral("client="),
                   QStringLiteral("rcode="),
                   QStringLiteral("server=")};
    p.utc = true;
    p.observations = true;
    p.sniff = &sniffDnsdbq;
    return p;
}
