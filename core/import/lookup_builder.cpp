// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_builder.h"

#include "dns_names.h"
#include "lookup_field.h"

namespace {

bool isCanonicalName(QByteArrayView v)
{
    if (v.isEmpty())
        return true;
    if (v.back() == '.' || v.front() <= ' ' || v.back() <= ' ')
        return false;
    for (char c : v) {
        if (c >= 'A' && c <= 'Z')
            return false;
    }
    return true;
}

// Upper-case letters, digits and '-', starting with a letter, and not TYPEnn / RCODEnn.
bool isCanonicalMnemonic(QByteArrayView v)
{
    if (v.isEmpty())
        return true;
    if (v[0] < 'A' || v[0] > 'Z' || (v[0] == 'T' && v.startsWith("TYPE")) || (v[0] == 'R' && v.startsWith("RCODE")))
        return false;
    for (char c : v) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

QString excerpt(QByteArrayView v)
{
    return QString::fromUtf8(v.first(std::min<qsizetype>(64, v.size())));
}

} // namespace

LookupBuilder::LookupBuilder(const ImportOptions &options, RecordSink &sink, ImportReport &report)
    : m_options(options), m_sink(sink), m_report(report), m_rejects(report, options.strict, "line"),
      m_times(timesFor(options))
{}

TimestampParser LookupBuilder::timesFor(const ImportOptions &options)
{
    return TimestampParser(options.zone, EpochUnit::Seconds);
}

std::optional<QString> LookupBuilder::parseTime(TimestampParser &times, QByteArrayView ts, qint64 &tsUs)
{
    if (ts.isEmpty())
        return QStringLiteral("no timestamp");
    const std::optional<qint64> parsed = times.parse(ts);
    if (!parsed)
        return QStringLiteral("bad timestamp '%1'").arg(excerpt(ts));
    tsUs = *parsed;
    return std::nullopt;
}

bool LookupBuilder::add(qint64 line, const Values &values)
{
    qint64 tsUs = 0;
    if (const std::optional<QString> bad = parseTime(m_times, values.ts, tsUs))
        return reject(line, *bad);
    return addAt(tsUs, values);
}

bool LookupBuilder::addAt(qint64 tsUs, const Values &values)
{
    RawLookup lookup;
    lookup.tsUs = tsUs;
    lookup.client = values.client;
    lookup.server = values.server;
    lookup.answers = values.answers;
    // Zeek logs mDNS in dns.log too, told apart only by its port (as the pcap importer does).
    if (values.serverPort == "5353" || values.clientPort == "5353")
        lookup.flags = LookupFlags::kMdns;
    if (isCanonicalName(values.query)) {
        lookup.qname = values.query;
    } else {
        DnsNames::normalizeQname(values.query, m_qname);
        lookup.qname = m_qname;
    }
    if (isCanonicalMnemonic(values.qtype)) {
        lookup.qtype = values.qtype;
    } else {
        DnsNames::normalizeQtype(values.qtype, m_qtype);
        lookup.qtype = m_qtype;
    }
    if (isCanonicalMnemonic(values.rcode)) {
        lookup.rcode = values.rcode;
    } else {
        DnsNames::normalizeRcode(values.rcode, m_rcode);
        lookup.rcode = m_rcode;
    }
    m_sink.add(lookup);
    ++m_report.records;
    return true;
}

bool LookupBuilder::reject(qint64 line, const QString &message)
{
    return m_rejects.reject(line, message);
}

bool LookupBuilder::fail(qint64 line, const QString &message)
{
    m_report.error = Failure(Failure::Kind::BadInput, QStringLiteral("line %1: %2").arg(line).arg(message));
    return false;
}
