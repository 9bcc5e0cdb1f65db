// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmasq_message.h"

#include "dns_names.h"

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(QByteArrayView t)
{
    if (t.isEmpty())
        return false;
    for (char c : t) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

struct Source {
    const char *prefix;
    const char *rcode; // nullptr: from the value
};

// The sources of an outcome line; Pi-hole's blocks carry their own rcode.
constexpr Source kSources[] = {
    {"reply ", nullptr},
    {"cached ", nullptr},
    {"cached-stale ", nullptr},
    {"config ", nullptr},
    {"DHCP ", nullptr},
    {"auth ", nullptr},
    {"Pi-hole hostname ", nullptr},
    {"gravity blocked ", "BLOCKED-GRAVITY"},
    {"regex blacklisted ", "BLOCKED-REGEX"},
    {"regex denied ", "BLOCKED-REGEX"},
    {"exactly blacklisted ", "BLOCKED-EXACT"},
    {"exactly denied ", "BLOCKED-EXACT"},
    {"blacklisted ", "BLOCKED-EXACT"},
    {"special domain ", "BLOCKED-SPECIAL"},
    {"Designated Resolver domain ", "BLOCKED-SPECIAL"},
    {"Mozilla canary domain ", "BLOCKED-SPECIAL"},
    {"Apple iCloud Private Relay domain ", "BLOCKED-SPECIAL"},
};

// Reads past "[TCP |UDP ]SERIAL ADDRESS/PORT " (log-queries=extra), keeping the serial.
QByteArrayView readExtra(QByteArrayView message, qint64 &serial)
{
    QByteArrayView rest = message;
    if (rest.startsWith("TCP ") || rest.startsWith("UDP "))
        rest = rest.sliced(4);
    const qsizetype first = rest.indexOf(' ');
    if (first <= 0 || !allDigits(rest.first(first)))
        return message;
    const qsizetype second = rest.indexOf(' ', first + 1);
    if (second < 0 || !rest.sliced(first + 1, second - first - 1).contains('/'))
        return message;
    serial = rest.first(first).toLongLong();
    return rest.sliced(second + 1);
}

DnsmasqMessage malformedMessage(DnsmasqMessage m, const char *why)
{
    m.kind = DnsmasqMessage::Kind::Malformed;
    m.malformed = why;
    return m;
}

} // namespace

QByteArrayView DnsmasqMessage::rcodeOf(QByteArrayView value)
{
    for (const char *word : {"NXDOMAIN", "SERVFAIL", "REFUSED", "FORMERR"}) {
        if (value == QByteArrayView(word))
            return value;
    }
    if (value == "not implemented" || value == "NOTIMP")
        return "NOTIMP";
    if (allDigits(value) && value.size() <= 4) {
        const QByteArrayView name = DnsNames::rcodeName(value.toInt());
        if (!name.isEmpty())
            return name;
    }
    return "NOERROR";
}

DnsmasqMessage DnsmasqMessage::parse(QByteArrayView message)
{
    DnsmasqMessage m;
    message = readExtra(message, m.serial);
    if (message.startsWith("query[") || message.startsWith("auth[")) {
        const qsizetype open = message.indexOf('[');
        const qsizetype close = message.indexOf(']');
        const qsizetype from = message.lastIndexOf(" from ");
        if (close <= open + 1 || from < close + 2)
            return malformedMessage(m, "query line without [TYPE] NAME from CLIENT");
        m.qtype = message.sliced(open + 1, close - open - 1);
        m.name = message.sliced(close + 1, from - close - 1).trimmed();
        m.client = message.sliced(from + 6).trimmed();
        if (m.name.isEmpty() || m.client.isEmpty())
            return malformedMessage(m, "query line without [TYPE] NAME from CLIENT");
        m.kind = Kind::Query;
        return m;
    }
    if (message.startsWith("forwarded ")) {
        const qsizetype to = message.indexOf(" to ");
        if (to < 0)
            return malformedMessage(m, "forwarded line without 'to SERVER'");
        m.name = message.sliced(10, to - 10).trimmed();
        m.server = message.sliced(to + 4).trimmed();
        const qsizetype hash = m.server.lastIndexOf('#');
        if (hash > 0)
            m.server = m.server.first(hash);
        m.kind = Kind::Forwarded;
        return m;
    }
    const Source *source = nullptr;
    for (const Source &s : kSources) {
        if (message.startsWith(s.prefix)) {
            source = &s;
            break;
        }
    }
    const bool hostsFile = message.startsWith('/'); // /etc/hosts, addn-hosts, /etc/pihole/local.list
    if (!source && !hostsFile)
        return m; // not a lookup's line
    const qsizetype start = source ? qsizetype(qstrlen(source->prefix)) : message.indexOf(' ') + 1;
    const qsizetype is = message.indexOf(" is ", start);
    if (start <= 0 || is < 0)
        return malformedMessage(m, "answer line without 'NAME is VALUE'");
    m.name = message.sliced(start, is - start).trimmed();
    m.value = message.sliced(is + 4).trimmed();
    const qsizetype ede = m.value.indexOf(" (EDE: ");
    if (ede >= 0)
        m.value = m.value.first(ede);
    m.rcode = source && source->rcode ? QByteArrayView(source->rcode) : rcodeOf(m.value);
    m.fromUpstream = source && qstrcmp(source->prefix, "reply ") == 0;
    m.kind = Kind::Outcome;
    return m;
}
