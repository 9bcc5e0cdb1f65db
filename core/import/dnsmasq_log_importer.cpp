// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmasq_log_importer.h"

#include "dns_names.h"
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
    QByteArrayView message = afterStamp.sliced(colon + 2);
    // log-queries=extra: "SERIAL ADDRESS/PORT " before the message
    const qsizetype first = message.indexOf(' ');
    if (first > 0 && isDigit(message[0])) {
        const qsizetype second = message.indexOf(' ', first + 1);
        if (second > 0 && message.sliced(first + 1, second - first - 1).contains('/'))
            message = message.sliced(second + 1);
    }
    return message;
}

struct AnswerKind {
    const char *prefix;
    const char *rcode; // nullptr: from the answer's value
};
constexpr AnswerKind kAnswerKinds[] = {
    {"reply ", nullptr},
    {"cached ", nullptr},
    {"cached-stale ", nullptr},
    {"config ", nullptr},
    {"gravity blocked ", "BLOCKED-GRAVITY"},
    {"regex blacklisted ", "BLOCKED-REGEX"},
    {"regex denied ", "BLOCKED-REGEX"},
    {"exactly blacklisted ", "BLOCKED-EXACT"},
    {"exactly denied ", "BLOCKED-EXACT"},
    {"special domain ", "BLOCKED-SPECIAL"},
};

QByteArrayView rcodeOfValue(QByteArrayView value)
{
    for (const char *word : {"NXDOMAIN", "SERVFAIL", "REFUSED", "NOTIMP"}) {
        if (value == QByteArrayView(word))
            return value;
    }
    return "NOERROR";
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
        const QByteArrayView message = dnsmasqMessage(text.sliced(length));
        if (message.isEmpty())
            return true; // another program's line
        if (message.startsWith("query["))
            return query(number, text.first(length), message);
        m_lastAnswerName.clear();
        if (message.startsWith("forwarded ")) {
            const qsizetype to = message.indexOf(" to ");
            if (to < 0)
                return m_builder.reject(number, QStringLiteral("forwarded line without 'to SERVER'"));
            QByteArrayView server = message.sliced(to + 4).trimmed();
            const qsizetype hash = server.lastIndexOf('#');
            if (hash > 0)
                server = server.first(hash);
            if (Pending *p = waiting(message.sliced(10, to - 10), Need::Server))
                p->server = server.toByteArray();
            return true;
        }
        const AnswerKind *kind = nullptr;
        for (const AnswerKind &k : kAnswerKinds) {
            if (message.startsWith(k.prefix))
                kind = &k;
        }
        const bool fromFile = message.startsWith('/'); // /etc/hosts, /etc/pihole/local.list, ...
        if (!kind && !fromFile) {
            m_lastAnswerName.clear();
            return true; // not a query or its outcome
        }
        const qsizetype start = kind ? qsizetype(qstrlen(kind->prefix)) : message.indexOf(' ') + 1;
        const qsizetype is = message.indexOf(" is ", start);
        if (start <= 0 || is < 0)
            return m_builder.reject(number, QStringLiteral("answer line without 'NAME is VALUE'"));
        DnsNames::normalizeQname(message.sliced(start, is - start), m_name);
        if (m_name == m_lastAnswerName)
            return true; // more records of the answer just read
        m_lastAnswerName = m_name;
        if (Pending *p = waiting(m_name, Need::Outcome)) {
            p->rcode = kind && kind->rcode ? QByteArray(kind->rcode)
                                           : rcodeOfValue(message.sliced(is + 4).trimmed()).toByteArray();
            p->answered = true;
        }
        return true;
    }

    bool query(qint64 number, QByteArrayView stamp, QByteArrayView message)
    {
        m_lastAnswerName.clear();
        const qsizetype close = message.indexOf(']');
        const qsizetype from = message.indexOf(" from ");
        if (close < 7 || from < close + 2)
            return m_builder.reject(number, QStringLiteral("query line without [TYPE] NAME from CLIENT"));
        const QByteArrayView name = message.sliced(close + 1, from - close - 1).trimmed();
        const QByteArrayView client = message.sliced(from + 6).trimmed();
        if (name.isEmpty() || client.isEmpty())
            return m_builder.reject(number, QStringLiteral("query line without [TYPE] NAME from CLIENT"));
        Pending p;
        p.line = number;
        if (stamp.size() == SyslogClock::kStampLength && SyslogClock::startsWithStamp(stamp)) {
            SyslogClock::IsoText iso;
            if (!m_clock.toIso(stamp, iso))
                return m_builder.reject(number, QStringLiteral("bad timestamp '%1'").arg(QString::fromUtf8(stamp)));
            p.ts = QByteArray(iso.data(), qsizetype(iso.size()));
        } else {
            p.ts = stamp.toByteArray();
        }
        p.client = client.toByteArray();
        DnsNames::normalizeQname(name, p.qname);
        p.qtype = message.sliced(6, close - 6).toByteArray();
        m_pending.push_back(std::move(p));
        return true;
    }

    enum class Need { Outcome, Server };

    // The oldest query for name still without an outcome (and, for Need::Server, a server).
    Pending *waiting(QByteArrayView name, Need need)
    {
        DnsNames::normalizeQname(name, m_match);
        for (Pending &p : m_pending) {
            if (!p.answered && p.qname == m_match && (need == Need::Outcome || p.server.isEmpty()))
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
    QByteArray m_name, m_match;
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
    return report;
}
