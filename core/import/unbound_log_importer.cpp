// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unbound_log_importer.h"

#include "dns_names.h"
#include "line_reader.h"
#include "log_line_time.h"
#include "lookup_builder.h"

#include <deque>

namespace {

constexpr size_t kMaxPending = 512;
constexpr qint64 kMaxWaitLines = 5000;

// The message after Unbound's tag, "unbound[PID:TID] " or (syslog) "unbound: [PID:TID] ",
// without its level: the text after "info: ". level is set to what stood before ": ".
// Empty when the line is not Unbound's.
QByteArrayView unboundMessage(QByteArrayView afterTime, QByteArrayView *level)
{
    const qsizetype tag = afterTime.indexOf("unbound");
    if (tag < 0)
        return {};
    const qsizetype close = afterTime.indexOf("] ", tag);
    if (close < 0)
        return {};
    QByteArrayView rest = afterTime.sliced(close + 2);
    const qsizetype colon = rest.indexOf(": ");
    if (colon <= 0 || colon > 10)
        return {};
    *level = rest.first(colon);
    return rest.sliced(colon + 2);
}

// Splits text at spaces into at most N fields; returns how many there were (N + 1 if more).
template<size_t N>
int splitFields(QByteArrayView text, std::array<QByteArrayView, N> &fields)
{
    int n = 0;
    text = text.trimmed();
    while (!text.isEmpty()) {
        if (n == int(N))
            return n + 1;
        const qsizetype space = text.indexOf(' ');
        fields[size_t(n++)] = space < 0 ? text : text.first(space);
        text = space < 0 ? QByteArrayView() : text.sliced(space + 1).trimmed();
    }
    return n;
}

bool looksLikeAddress(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == ':' ||
              c == '@'))
            return false;
    }
    return v.contains('.') || v.contains(':');
}

// The per-import state of UnboundLogImporter::read: the queries waiting for their reply.
class UnboundRead {
public:
    UnboundRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_time(options)
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

    int firstYear() const { return m_time.firstYear(); }

    void finish(ImportReport &report)
    {
        while (!m_pending.empty() && emitFront()) {}
        if (const QString note = m_time.yearNote(); !note.isEmpty())
            report.notes.append(note);
    }

private:
    struct Pending {
        qint64 line = 0;
        QByteArray ts, client, qname, qtype, qclass, rcode;
        bool answered = false;
    };

    bool message(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        const qsizetype timeLength = LogLineTime::length(text);
        QByteArrayView level;
        const QByteArrayView msg = unboundMessage(text.sliced(timeLength), &level);
        if (msg.isEmpty() || level != "info")
            return true; // another program's line, or not a query or reply
        std::array<QByteArrayView, 8> f;
        const int n = splitFields(msg, f);
        if (!looksLikeAddress(f[0]) || n < 2 || !f[1].endsWith('.'))
            return true; // another info message (start of service, statistics, …)
        if (n != 4 && n != 8)
            return m_builder.reject(number,
                                    QStringLiteral("a query or reply line with %1 fields (4 or 8 expected)").arg(n));
        if (timeLength == 0)
            return m_builder.reject(number, QStringLiteral("no time at the start of the line"));
        QByteArrayView ts;
        if (!m_time.read(text.first(timeLength), ts))
            return m_builder.reject(number,
                                    QStringLiteral("bad time '%1'").arg(QString::fromUtf8(text.first(timeLength))));
        QByteArrayView client = f[0];
        if (const qsizetype at = client.indexOf('@'); at > 0)
            client = client.first(at);
        DnsNames::normalizeQname(f[1], m_name);
        if (n == 8) {
            for (Pending &p : m_pending) {
                if (!p.answered && p.client == client && p.qname == m_name && p.qtype == f[2] && p.qclass == f[3]) {
                    p.rcode = f[4].toByteArray();
                    p.answered = true;
                    return true;
                }
            }
        }
        Pending p;
        p.line = number;
        p.ts = ts.toByteArray();
        p.client = client.toByteArray();
        p.qname = m_name;
        p.qtype = f[2].toByteArray();
        p.qclass = f[3].toByteArray();
        if (n == 8) { // a reply without its query
            p.rcode = f[4].toByteArray();
            p.answered = true;
        }
        m_pending.push_back(std::move(p));
        return true;
    }

    bool emitFront()
    {
        const Pending &p = m_pending.front();
        LookupBuilder::Values v;
        v.ts = p.ts;
        v.client = p.client;
        v.query = p.qname;
        v.qtype = p.qtype;
        v.rcode = p.rcode;
        const bool go = m_builder.add(p.line, v);
        m_pending.pop_front();
        return go;
    }

    LookupBuilder m_builder;
    LogLineTime m_time;
    std::deque<Pending> m_pending;
    QByteArray m_name;
};

} // namespace

QString UnboundLogImporter::description() const
{
    return QStringLiteral("Unbound log-queries / log-replies lines");
}

bool UnboundLogImporter::sniff(QByteArrayView head) const
{
    return anyHeadLine(head, [](QByteArrayView text) {
        QByteArrayView level;
        const QByteArrayView msg = unboundMessage(text.sliced(LogLineTime::length(text)), &level);
        return !msg.isEmpty() && (text.startsWith('[') || LogLineTime::length(text) > 0);
    });
}

ImportReport UnboundLogImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress) const
{
    ImportReport report;
    UnboundRead state(options, sink, report);
    feedLines(in, progress, report, state);
    if (!report.cancelled && !report.error)
        state.finish(report);
    report.firstYear = state.firstYear();
    return report;
}
