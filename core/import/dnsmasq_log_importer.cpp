// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmasq_log_importer.h"

#include "dns_names.h"
#include "dnsmasq_message.h"
#include "line_reader.h"
#include "syslog_clock.h"
#include "zeek_lookup_builder.h"

#include <deque>

namespace {

constexpr size_t kMaxPending = 512;
constexpr qint64 kMaxWaitLines = 5000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of the time at the start of a line: a syslog stamp, or one ISO 8601 token; 0 if none.
qsizetype stampLength(QByteArrayView t)
{
    if (SyslogClock::startsWithStamp(t))
        return SyslogClock::kStampLength;
    if (t.size() >= 10 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && t[4] == '-') {
        const qsizetype space = t.indexOf(' ');
        return space < 0 ? t.size() : space;
    }
    return 0;
}

// The message after "[host] dnsmasq[PID]: ", or an empty view when the line is not dnsmasq's.
QByteArrayView dnsmasqMessage(QByteArrayView afterStamp)
{
    const qsizetype colon = afterStamp.indexOf(": ");
    if (colon < 0)
        return {};
    const QByteArrayView before = afterStamp.first(colon);
    const QByteArrayView tag = before.sliced(before.lastIndexOf(' ') + 1);
    if (!tag.startsWith("dnsmasq") && !tag.startsWith("pihole-FTL"))
        return {};
    return afterStamp.sliced(colon + 2);
}

// The per-import state of DnsmasqLogImporter::read: the queries waiting for their outcome.
class DnsmasqRead {
public:
    DnsmasqRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_clock(options)
    {}

    bool line(qint64 number, QByteArrayView text)
    {
        if (!message(number, text))
            return false;
        while (!m_pending.empty() &&
               (m_pending.front().answered || m_pending.size() > kMaxPending ||
                m_pending.front().line < number - kMaxWaitLines)) {
            if (!emitFront())
                return false;
        }
        return true;
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }
    int firstYear() const { return m_clock.firstYear(); }

    // The end of the input: the queries still waiting go out without an outcome.
    void finish(ImportReport &report)
    {
        while (!m_pending.empty() && emitFront()) {}
        if (const QString note = m_clock.yearNote(); !note.isEmpty())
            report.notes.append(note);
    }

private:
    struct Pending {
        qint64 line = 0;
        qint64 serial = -1;
        QByteArray ts, client, qname, qtype, rcode, server;
        bool answered = false;
    };

    bool message(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        const qsizetype length = stampLength(text);
        if (length == 0)
            return m_builder.reject(number, QStringLiteral("no time at the start of the line"));
        const QByteArrayView body = dnsmasqMessage(text.sliced(length));
        if (body.isEmpty())
            return true; // another program's line
        const DnsmasqMessage m = DnsmasqMessage::parse(body);
        if (m.kind != DnsmasqMessage::Kind::Outcome)
            m_lastAnswerName.clear();
        switch (m.kind) {
        case DnsmasqMessage::Kind::Other:
            return true;
        case DnsmasqMessage::Kind::Malformed:
            return m_builder.reject(number, QString::fromLatin1(m.malformed));
        case DnsmasqMessage::Kind::Query:
            return query(number, text.first(length), m);
        case DnsmasqMessage::Kind::Forwarded:
            if (Pending *p = forwardedQuery(m))
                p->server = m.server.toByteArray();
            return true;
        case DnsmasqMessage::Kind::Outcome:
            outcome(m);
            return true;
        }
        return true;
    }

    bool query(qint64 number, QByteArrayView stamp, const DnsmasqMessage &m)
    {
        Pending p;
        p.line = number;
        p.serial = m.serial;
        if (stamp.size() == SyslogClock::kStampLength && SyslogClock::startsWithStamp(stamp)) {
            SyslogClock::IsoText iso;
            if (!m_clock.toIso(stamp, iso))
                return m_builder.reject(number, QStringLiteral("bad timestamp '%1'").arg(QString::fromUtf8(stamp)));
            p.ts = QByteArray(iso.data(), qsizetype(iso.size()));
        } else {
            p.ts = stamp.toByteArray();
        }
        p.client = m.client.toByteArray();
        DnsNames::normalizeQname(m.name, p.qname);
        // "type=65" for a type dnsmasq has no mnemonic for
        p.qtype = (m.qtype.startsWith("type=") ? m.qtype.sliced(5) : m.qtype).toByteArray();
        m_pending.push_back(std::move(p));
        return true;
    }

    // The query a forwarded line belongs to: by serial, else the oldest of that name not yet
    // forwarded.
    Pending *forwardedQuery(const DnsmasqMessage &m)
    {
        if (Pending *p = bySerial(m.serial))
            return p->server.isEmpty() ? p : nullptr;
        DnsNames::normalizeQname(m.name, m_name);
        return waiting(m_name, Need::Server);
    }

    void outcome(const DnsmasqMessage &m)
    {
        Pending *p = bySerial(m.serial);
        if (!p && m.serial < 0) {
            DnsNames::normalizeQname(m.name, m_name);
            if (m_name == m_lastAnswerName)
                return; // more records of the answer just read
            m_lastAnswerName = m_name;
            p = byOutcomeName(m);
        }
        if (p) {
            p->rcode = m.rcode.toByteArray();
            p->answered = true;
        }
    }

    // Without a serial: the oldest unanswered query of the line's name; of the reverse name
    // when the line names an address (or of the value, for a forward answer written that way
    // round); for "error", the oldest forwarded one (a reply), else the newest one.
    Pending *byOutcomeName(const DnsmasqMessage &m)
    {
        if (m_name == "error" && !waiting(m_name, Need::Outcome)) {
            if (m.fromUpstream) {
                for (Pending &q : m_pending) {
                    if (!q.answered && !q.server.isEmpty())
                        return &q;
                }
            }
            for (auto q = m_pending.rbegin(); q != m_pending.rend(); ++q) {
                if (!q->answered)
                    return &*q;
            }
            return nullptr;
        }
        if (DnsNames::reverseName(m.name, m_reverse)) {
            if (Pending *p = waiting(m_reverse, Need::Outcome))
                return p;
            DnsNames::normalizeQname(m.value, m_reverse);
            return waiting(m_reverse, Need::Outcome);
        }
        return waiting(m_name, Need::Outcome);
    }

    Pending *bySerial(qint64 serial)
    {
        if (serial < 0)
            return nullptr;
        for (Pending &p : m_pending) {
            if (p.serial == serial && !p.answered)
                return &p;
        }
        return nullptr;
    }

    enum class Need { Outcome, Server };

    // The oldest query for name (normalised) still without an outcome (and, for Need::Server, a server).
    Pending *waiting(const QByteArray &name, Need need)
    {
        for (Pending &p : m_pending) {
            if (!p.answered && p.qname == name && (need == Need::Outcome || p.server.isEmpty()))
                return &p;
        }
        return nullptr;
    }

    bool emitFront()
    {
        const Pending &p = m_pending.front();
        ZeekLookupBuilder::Values v;
        v.ts = p.ts;
        v.client = p.client;
        v.query = p.qname;
        v.qtype = p.qtype;
        v.rcode = p.rcode;
        v.server = p.server;
        const bool go = m_builder.add(p.line, v);
        m_pending.pop_front();
        return go;
    }

    ZeekLookupBuilder m_builder;
    SyslogClock m_clock;
    std::deque<Pending> m_pending;
    QByteArray m_name, m_reverse;
    QByteArray m_lastAnswerName; // the name of the outcome line just read, if the last line was one
};

} // namespace

QString DnsmasqLogImporter::description() const
{
    return QStringLiteral("dnsmasq or Pi-hole query log (log-queries, pihole.log)");
}

bool DnsmasqLogImporter::sniff(QByteArrayView head) const
{
    return anyHeadLine(head, [](QByteArrayView text) {
        const qsizetype length = stampLength(text);
        return length > 0 && !dnsmasqMessage(text.sliced(length)).isEmpty();
    });
}

ImportReport DnsmasqLogImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress) const
{
    ImportReport report;
    DnsmasqRead state(options, sink, report);
    feedLines(in, progress, report, state);
    if (!report.cancelled && !report.error)
        state.finish(report);
    report.firstYear = state.firstYear();
    return report;
}
