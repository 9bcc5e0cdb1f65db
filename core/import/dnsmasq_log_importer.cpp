// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmasq_log_importer.h"

#include "dns_character_string.h"
#include "dns_names.h"
#include "dnsmasq_line_batch.h"
#include "dnsmasq_message.h"
#include "line_reader.h"
#include "lookup_builder.h"
#include "ordered_chunk_parse.h"
#include "record_chunk.h"
#include "syslog_clock.h"

#include <algorithm>
#include <deque>
#include <vector>

namespace {

constexpr size_t kMaxPending = 512;
constexpr qint64 kMaxWaitLines = 5000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether an outcome's value is a record of the answer (an address, "<TYPE>" for a record
// dnsmasq does not print, other text) rather than an outcome without one (NXDOMAIN, NODATA…).
// A Pi-hole block's value (0.0.0.0) is a record too, whatever rcode the block maps to.
bool isRecord(QByteArrayView value)
{
    return !value.isEmpty() && DnsmasqMessage::rcodeOf(value) == "NOERROR" && !value.startsWith("NODATA");
}

// The type of an outcome's value: an address says A or AAAA; "<MX>" names its type; empty
// for other text.
QByteArrayView typeOfValue(QByteArrayView value)
{
    if (value.startsWith('<') && value.endsWith('>'))
        return value.sliced(1, value.size() - 2);
    if (value.contains(':'))
        return "AAAA";
    const bool dotted = std::all_of(value.begin(), value.end(), [](char c) { return c == '.' || isDigit(c); });
    return dotted && value.count('.') == 3 ? QByteArrayView("A") : QByteArrayView();
}

// The per-import state of DnsmasqLogImporter::read: the queries waiting for their outcome.
class DnsmasqRead {
public:
    DnsmasqRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_clock(options)
    {}

    // One line of the log, taken apart by a parse thread. Returns false to stop.
    bool line(const DnsmasqLineBatch &batch, const DnsmasqLineBatch::Line &l)
    {
        using Kind = DnsmasqLineBatch::Kind;
        switch (l.kind) {
        case Kind::Problem: // a line too long
            return m_builder.reject(l.number, batch.problem(l));
        case Kind::Unstamped:
            if (!m_builder.reject(l.number, QStringLiteral("no time at the start of the line")))
                return false;
            break;
        case Kind::Skipped:
            break;
        case Kind::Message:
            if (!message(l, batch.name(l)))
                return false;
            break;
        }
        // A query leaves once answered and its reply's lines are over (or when too old).
        while (!m_pending.empty() &&
               ((m_pending.front().answered && &m_pending.front() != m_reply) || m_pending.size() > kMaxPending ||
                m_pending.front().line < l.number - kMaxWaitLines)) {
            if (!emitFront())
                return false;
        }
        return true;
    }

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
        QByteArrayList answerTypes, answerData; // the records of its reply, in order
    };

    bool message(const DnsmasqLineBatch::Line &l, QByteArrayView name)
    {
        const DnsmasqMessage &m = l.message;
        if (m.kind != DnsmasqMessage::Kind::Outcome)
            endReply(m.kind == DnsmasqMessage::Kind::Forwarded ? name : QByteArrayView());
        switch (m.kind) {
        case DnsmasqMessage::Kind::Other:
            return true;
        case DnsmasqMessage::Kind::Malformed:
            return m_builder.reject(l.number, QString::fromLatin1(m.malformed));
        case DnsmasqMessage::Kind::Query:
            return query(l.number, l.stamp, m, name);
        case DnsmasqMessage::Kind::Forwarded:
            if (Pending *p = forwardedQuery(m, name))
                p->server = m.server.toByteArray();
            return true;
        case DnsmasqMessage::Kind::Outcome:
            outcome(m, name);
            return true;
        }
        return true;
    }

    bool query(qint64 number, QByteArrayView stamp, const DnsmasqMessage &m, QByteArrayView name)
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
        p.qname = name.toByteArray();
        // "type=65" for a type dnsmasq has no mnemonic for
        p.qtype = (m.qtype.startsWith("type=") ? m.qtype.sliced(5) : m.qtype).toByteArray();
        m_pending.push_back(std::move(p));
        return true;
    }

    // The query a forwarded line belongs to: by serial, else the oldest of that name not yet
    // forwarded.
    Pending *forwardedQuery(const DnsmasqMessage &m, QByteArrayView name)
    {
        if (Pending *p = bySerial(m.serial))
            return p->server.isEmpty() ? p : nullptr;
        setName(name);
        return waiting(m_name, Need::Server);
    }

    // dnsmasq logs a reply's records one per line: more records of the name just read, or after
    // "NAME is <CNAME>" the records of the CNAME's target under the target's name. With
    // log-queries=extra the serial says which lines belong to the reply being read.
    void outcome(const DnsmasqMessage &m, QByteArrayView name)
    {
        setName(name);
        const bool more = m.serial >= 0 ? m_reply && m_reply->serial == m.serial
                                        : m_name == m_lastAnswerName || (m_reply && m_afterCname);
        if (more) {
            if (m_afterCname)
                addRecord("CNAME", m_name);
        } else {
            endReply();
            m_reply = m.serial >= 0 ? bySerial(m.serial) : byOutcomeName(m);
            if (m_reply) {
                m_reply->rcode = m.rcode.toByteArray();
                m_reply->answered = true;
            }
        }
        m_lastAnswerName = m_name;
        m_afterCname = m.value == "<CNAME>";
        if (m_afterCname || !isRecord(m.value))
            return;
        if (!more && m_reply && m_reply->qname != m_name && m_reply->qtype != "PTR" &&
            DnsNames::reverseName(m.name, m_reverse) && m_reverse != m_reply->qname) {
            // A forward answer written the other way round ("config 198.51.100.80 is www.example").
            addRecord(typeOfValue(m.name), m.name);
            return;
        }
        addRecord(typeOfValue(m.value), m.value.startsWith('<') ? QByteArrayView() : m.value);
    }

    void addRecord(QByteArrayView type, QByteArrayView data)
    {
        if (!m_reply)
            return;
        QByteArray text = data.toByteArray();
        if (type.isEmpty() && m_reply->qtype == "TXT") { // dnsmasq prints TXT data bare
            type = "TXT";
            text.clear();
            DnsCharacterString::append(text, data);
        } else if (type.isEmpty() && m_reply->qtype == "PTR") { // "reply 192.0.2.1 is host.example"
            type = "PTR";
        }
        m_reply->answerTypes.append(type.toByteArray());
        m_reply->answerData.append(text);
    }

    // The reply being read is complete. One that ends in "NAME is <CNAME>" is a partial cache
    // hit when dnsmasq forwards the same query next (forwarded: the normalised name of a
    // "forwarded" line):
    // the forwarded reply is the answer; otherwise the CNAME keeps an empty target.
    void endReply(QByteArrayView forwarded = {})
    {
        if (m_reply && m_afterCname && !forwarded.isEmpty() && forwarded == m_reply->qname) {
            m_reply->answered = false;
            m_reply->rcode.clear();
            m_reply->answerTypes.clear();
            m_reply->answerData.clear();
        } else if (m_afterCname) {
            addRecord("CNAME", {});
        }
        m_reply = nullptr;
        m_afterCname = false;
        m_lastAnswerName.clear();
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

    void setName(QByteArrayView name)
    {
        m_name.resize(0);
        m_name.append(name);
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
        if (&p == m_reply)
            endReply();
        LookupBuilder::Values v;
        v.ts = p.ts;
        v.client = p.client;
        v.query = p.qname;
        v.qtype = p.qtype;
        v.rcode = p.rcode;
        v.server = p.server;
        m_answers.clear();
        for (qsizetype i = 0; i < p.answerTypes.size(); ++i)
            m_answers.push_back({p.answerTypes[i], p.answerData[i], -1}); // dnsmasq logs no TTLs
        v.answers = m_answers;
        const bool go = m_builder.add(p.line, v);
        m_pending.pop_front();
        return go;
    }

    LookupBuilder m_builder;
    SyslogClock m_clock;
    std::deque<Pending> m_pending;
    QByteArray m_name, m_reverse;
    QByteArray m_lastAnswerName; // the name of the outcome line just read, if the last line was one
    Pending *m_reply = nullptr;  // the query whose reply the last lines were (deque: stays put)
    bool m_afterCname = false;   // the last line was "NAME is <CNAME>"
    std::vector<RawAnswer> m_answers;
};

} // namespace

QString DnsmasqLogImporter::description() const
{
    return QStringLiteral("dnsmasq or Pi-hole query log (log-queries, pihole.log)");
}

bool DnsmasqLogImporter::sniff(QByteArrayView head) const
{
    return anyHeadLine(head, [](QByteArrayView text) {
        const qsizetype length = DnsmasqLineBatch::stampLength(text);
        return length > 0 && !DnsmasqLineBatch::messageOf(text.sliced(length)).isEmpty();
    });
}

ImportReport DnsmasqLogImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress) const
{
    ImportReport report;
    DnsmasqRead state(options, sink, report);
    const OrderedChunkParse<DnsmasqLineBatch>::Parse parse = [](const RecordChunk &chunk, DnsmasqLineBatch &batch,
                                                                int) { batch.read(chunk); };
    const OrderedChunkParse<DnsmasqLineBatch>::Consume consume = [&state](DnsmasqLineBatch &batch) {
        for (const DnsmasqLineBatch::Line &line : batch.lines()) {
            if (!state.line(batch, line))
                return false;
        }
        return true;
    };
    LineReader lines(in, progress);
    OrderedChunkParse<DnsmasqLineBatch>::run(lines, m_parseThreads, report, parse, consume);
    if (!report.cancelled && !report.error)
        state.finish(report);
    report.firstYear = state.firstYear();
    return report;
}
