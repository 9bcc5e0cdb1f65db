// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_dns_events.h"

#include "dns_answer_section.h"
#include "dns_names.h"
#include "timestamp_parser.h"

namespace {

const QByteArrayView kSysmon("Microsoft-Windows-Sysmon");
const QByteArrayView kDnsServer("Microsoft-Windows-DNSServer");

QByteArray statusRcode(QByteArrayView status)
{
    bool ok = false;
    const int code = status.toInt(&ok);
    if (!ok)
        return status.toByteArray();
    switch (code) {
    case 0:
    case 9501:
        return "NOERROR"; // DNS_INFO_NO_RECORDS: the name exists, no record of the type
    case 1460:
        return "TIMEOUT"; // ERROR_TIMEOUT
    default:
        break;
    }
    if (code >= 9001 && code <= 9010) // DNS_ERROR_RCODE_*: 9000 + the DNS rcode
        return DnsNames::rcodeName(code - 9000).toByteArray();
    return "STATUS" + QByteArray::number(code);
}

QByteArray numberedName(QByteArrayView number, QByteArrayView (*name)(int))
{
    bool ok = false;
    const int code = number.toInt(&ok);
    return ok ? name(code).toByteArray() : number.toByteArray();
}

// Sysmon's QueryResults: "type:  5 edge.example.net;::ffff:192.0.2.1;2001:db8::1;".
std::vector<PendingLookups::Answer> sysmonAnswers(QByteArrayView results)
{
    std::vector<PendingLookups::Answer> out;
    for (qsizetype at = 0; at < results.size();) {
        qsizetype end = results.indexOf(';', at);
        if (end < 0)
            end = results.size();
        QByteArrayView item = results.sliced(at, end - at).trimmed();
        at = end + 1;
        if (item.isEmpty() || item == QByteArrayView("-"))
            continue;
        PendingLookups::Answer a;
        if (item.startsWith("type:")) {
            const QByteArrayView rest = item.sliced(5).trimmed();
            const qsizetype space = rest.indexOf(' ');
            if (space < 0)
                continue;
            a.type = numberedName(rest.first(space), DnsNames::qtypeName);
            DnsNames::normalizeQname(rest.sliced(space + 1), a.rdata);
        } else if (item.startsWith("::ffff:") && item.count('.') == 3) {
            a.type = "A";
            a.rdata = item.sliced(7).toByteArray();
        } else {
            a.type = item.contains(':') ? "AAAA" : "A";
            a.rdata = item.toByteArray();
        }
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace

WindowsDnsEvents::WindowsDnsEvents(const ImportOptions &options, RecordSink &sink, ImportReport &report)
    : m_builder(options, sink, report), m_report(report)
{}

bool WindowsDnsEvents::wanted(QByteArrayView provider, quint32 eventId)
{
    return (provider == kSysmon && eventId == 22) || (provider == kDnsServer && eventId >= 256 && eventId <= 258);
}

bool WindowsDnsEvents::add(const WindowsEvent &e)
{
    if (e.provider == kSysmon && e.eventId == 22)
        return sysmonQuery(e);
    if (e.provider == kDnsServer && e.eventId == 256)
        return serverQuery(e);
    if (e.provider == kDnsServer && (e.eventId == 257 || e.eventId == 258))
        return serverResponse(e);
    skip(e);
    return true;
}

void WindowsDnsEvents::skip(const WindowsEvent &e)
{
    ++m_report.skipped;
    ++m_skippedByKind[e.provider + ' ' + QByteArray::number(e.eventId)];
}

QByteArray WindowsDnsEvents::isoOf(qint64 us) const
{
    return TimestampParser::formatIso(us, QTimeZone::utc());
}

bool WindowsDnsEvents::sysmonQuery(const WindowsEvent &e)
{
    const QByteArrayView name = e.value("QueryName");
    if (name.isEmpty())
        return reject(e.recordNumber, QStringLiteral("Sysmon event 22 without QueryName"));
    if (!m_pending.drain(e.writtenUs, false, [this](const PendingLookups::Lookup &l) { return hand(l); }))
        return false;
    PendingLookups::Lookup l;
    l.line = e.recordNumber;
    l.tsUs = e.writtenUs;
    const QByteArrayView utc = e.value("UtcTime");
    l.ts = utc.isEmpty() ? isoOf(e.writtenUs) : utc.toByteArray() + 'Z';
    l.client = e.computer + '/' + e.value("Image").toByteArray();
    DnsNames::normalizeQname(name, l.qname);
    l.rcode = statusRcode(e.value("QueryStatus"));
    l.answers = sysmonAnswers(e.value("QueryResults"));
    m_pending.addAnswered(std::move(l));
    return true;
}

PendingLookups::Lookup WindowsDnsEvents::serverLookup(const WindowsEvent &e, QByteArrayView client,
                                                      QByteArrayView name) const
{
    PendingLookups::Lookup l;
    l.line = e.recordNumber;
    l.tsUs = e.writtenUs;
    l.ts = isoOf(e.writtenUs);
    l.client = client.toByteArray();
    l.server = e.value("InterfaceIP").toByteArray();
    DnsNames::normalizeQname(name, l.qname);
    l.qtype = numberedName(e.value("QTYPE"), DnsNames::qtypeName);
    return l;
}

bool WindowsDnsEvents::serverQuery(const WindowsEvent &e)
{
    const QByteArrayView client = e.value("Source"), name = e.value("QNAME");
    if (name.isEmpty() || client.isEmpty())
        return reject(e.recordNumber, QStringLiteral("DNS Server event 256 without QNAME or Source"));
    if (!m_pending.drain(e.writtenUs, false, [this](const PendingLookups::Lookup &l) { return hand(l); }))
        return false;
    PendingLookups::Lookup l = serverLookup(e, client, name);
    const quint64 key =
        PendingLookups::keyOf(client, e.value("XID").toUInt(), e.value("TCP") == QByteArrayView("1"), l.qname);
    m_pending.addQuery(key, std::move(l));
    return true;
}

bool WindowsDnsEvents::serverResponse(const WindowsEvent &e)
{
    const QByteArrayView client = e.value("Destination"), name = e.value("QNAME");
    if (name.isEmpty() || client.isEmpty())
        return reject(e.recordNumber,
                      QStringLiteral("DNS Server event %1 without QNAME or Destination").arg(e.eventId));
    DnsNames::normalizeQname(name, m_name);
    const QByteArray rcode = numberedName(e.value("RCODE"), DnsNames::rcodeName);
    const quint64 key =
        PendingLookups::keyOf(client, e.value("XID").toUInt(), e.value("TCP") == QByteArrayView("1"), m_name);
    PendingLookups::Lookup *l = nullptr;
    if (const qint64 seq = m_pending.answer(key, client, m_name); seq >= 0) {
        l = m_pending.find(seq);
    } else {
        ++m_responsesAlone;
        l = m_pending.find(m_pending.addAnswered(serverLookup(e, client, name)));
    }
    l->rcode = rcode;
    // The answers are those of the response message itself, PacketData ("0x" and hex digits).
    QByteArrayView hex = e.value("PacketData");
    if (hex.startsWith("0x") || hex.startsWith("0X"))
        hex = hex.sliced(2);
    if (!hex.isEmpty()) {
        if (m_answerSection.decode(QByteArray::fromHex(hex.toByteArray()))) {
            l->answers.clear();
            for (const RawAnswer &a : m_answerSection.answers())
                l->answers.push_back({a.type.toByteArray(), a.rdata.toByteArray(), a.ttl});
        } else {
            ++m_undecodedPackets;
        }
    }
    return m_pending.drain(e.writtenUs, false, [this](const PendingLookups::Lookup &l) { return hand(l); });
}

bool WindowsDnsEvents::hand(const PendingLookups::Lookup &l)
{
    return PendingLookups::handTo(m_builder, l, m_rawAnswers);
}

void WindowsDnsEvents::finish()
{
    if (!m_pending.drain(0, true, [this](const PendingLookups::Lookup &l) { return hand(l); }))
        return;
    if (m_report.skipped) {
        QStringList kinds;
        for (auto it = m_skippedByKind.cbegin(); it != m_skippedByKind.cend(); ++it)
            kinds.append(QStringLiteral("%1: %2").arg(QString::fromUtf8(it.key())).arg(it.value()));
        m_report.notes.append(
            QStringLiteral("%1 events are not DNS lookups and were skipped (provider and event id: %2)")
                .arg(m_report.skipped)
                .arg(kinds.join(QStringLiteral(", "))));
    }
    if (m_pending.unanswered())
        m_report.notes.append(QStringLiteral("%1 DNS Server queries (256) have no response event (rcode left empty)")
                                  .arg(m_pending.unanswered()));
    if (m_undecodedPackets)
        m_report.notes.append(
            QStringLiteral("%1 DNS Server responses have a PacketData that is not a whole DNS message "
                           "(their answers are left out)")
                .arg(m_undecodedPackets));
    if (m_responsesAlone)
        m_report.notes.append(QStringLiteral("%1 DNS Server responses (257/258) have no query event (imported at the "
                                             "response's time)")
                                  .arg(m_responsesAlone));
}
