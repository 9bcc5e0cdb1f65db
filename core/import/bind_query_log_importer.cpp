// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bind_query_log_importer.h"

#include "line_reader.h"
#include "lookup_builder.h"
#include "syslog_clock.h"

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(QByteArrayView v)
{
    for (char c : v) {
        if (!isDigit(c))
            return false;
    }
    return !v.isEmpty();
}

enum class Stamp { None, Bind, Iso, Syslog };

// The kind of time at the start of a line and its length in bytes.
Stamp stampAt(QByteArrayView t, qsizetype &length)
{
    auto endOfToken = [&](qsizetype from) {
        const qsizetype space = t.indexOf(' ', from);
        return space < 0 ? t.size() : space;
    };
    if (t.size() >= 20 && isDigit(t[0]) && isDigit(t[1]) && t[2] == '-' && SyslogClock::monthNumber(t.sliced(3, 3)) &&
        t[6] == '-' && allDigits(t.sliced(7, 4)) && t[11] == ' ') {
        length = endOfToken(12); // dd-Mon-yyyy HH:MM:SS.mmm
        return Stamp::Bind;
    }
    if (t.size() >= 10 && allDigits(t.first(4)) && t[4] == '-') {
        length = endOfToken(0); // ISO 8601 in one token
        return Stamp::Iso;
    }
    if (SyslogClock::startsWithStamp(t)) {
        length = SyslogClock::kStampLength;
        return Stamp::Syslog;
    }
    return Stamp::None;
}

bool looksLikeClass(QByteArrayView v)
{
    return v == "IN" || v == "CH" || v == "HS" || v == "ANY" || v == "NONE" ||
        (v.startsWith("CLASS") && allDigits(v.sliced(5)));
}

struct QueryLine {
    QByteArrayView client, qname, qtype, server;
};

enum class Parse { Ok, NotQuery, Malformed };

// Reads "client [@0x..] ADDR#PORT [(name)]: [view V: ]query: NAME CLASS TYPE FLAGS [(SERVER)]
// [[ECS ...]]" out of the text after the time.
Parse parseQuery(QByteArrayView rest, QueryLine &out, QString &why)
{
    qsizetype client = rest.indexOf("client ");
    while (client > 0 && rest[client - 1] != ' ')
        client = rest.indexOf("client ", client + 1);
    const qsizetype query = client < 0 ? -1 : rest.indexOf(": query: ", client);
    if (query < 0)
        return Parse::NotQuery;

    QByteArrayView who = rest.sliced(client + 7, query - client - 7).trimmed();
    if (who.startsWith('@')) { // the client object's address, BIND 9.11+
        const qsizetype space = who.indexOf(' ');
        who = space < 0 ? QByteArrayView() : who.sliced(space + 1).trimmed();
    }
    const qsizetype space = who.indexOf(' ');
    const QByteArrayView address = space < 0 ? who : who.first(space);
    const qsizetype hash = address.lastIndexOf('#');
    if (hash <= 0) {
        why = QStringLiteral("client without ADDRESS#PORT");
        return Parse::Malformed;
    }
    out.client = address.first(hash);

    QByteArrayView fields[5];
    int count = 0;
    for (QByteArrayView tail = rest.sliced(query + 9); count < 5;) {
        tail = tail.trimmed();
        if (tail.isEmpty())
            break;
        const qsizetype cut = tail.indexOf(' ');
        fields[count++] = cut < 0 ? tail : tail.first(cut);
        tail = cut < 0 ? QByteArrayView() : tail.sliced(cut);
    }
    if (count < 3 || !looksLikeClass(fields[1])) {
        why = QStringLiteral("query without NAME CLASS TYPE");
        return Parse::Malformed;
    }
    out.qname = fields[0];
    out.qtype = fields[2];
    out.server = {};
    for (int i = 3; i < count; ++i) {
        const QByteArrayView f = fields[i];
        if (f.size() > 2 && f.front() == '(' && f.back() == ')') {
            out.server = f.sliced(1, f.size() - 2);
            break;
        }
    }
    return Parse::Ok;
}

QString excerpt(QByteArrayView v)
{
    return QString::fromUtf8(v.first(std::min<qsizetype>(64, v.size())));
}

// The per-import state of BindQueryLogImporter::read.
class BindRead {
public:
    BindRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_clock(options)
    {}

    int firstYear() const { return m_clock.firstYear(); }

    bool line(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        qsizetype length = 0;
        const Stamp stamp = stampAt(text, length);
        if (stamp == Stamp::None)
            return m_builder.reject(number, QStringLiteral("no time at the start of the line"));
        QueryLine q;
        QString why;
        switch (parseQuery(text.sliced(length), q, why)) {
        case Parse::NotQuery:
            return true; // another category: not a lookup
        case Parse::Malformed:
            return m_builder.reject(number, why);
        case Parse::Ok:
            break;
        }
        LookupBuilder::Values v;
        if (stamp == Stamp::Iso) {
            v.ts = text.first(length);
        } else if (stamp == Stamp::Syslog) {
            SyslogClock::IsoText iso;
            if (!m_clock.toIso(text, iso))
                return m_builder.reject(number, QStringLiteral("bad timestamp '%1'").arg(excerpt(text.first(length))));
            m_ts = QByteArrayView(iso.data(), qsizetype(iso.size())).toByteArray();
            v.ts = m_ts;
        } else {
            // dd-Mon-yyyy HH:MM:SS.mmm -> yyyy-mm-ddTHH:MM:SS.mmm
            const int month = SyslogClock::monthNumber(text.sliced(3, 3));
            m_ts.resize(0);
            m_ts.append(text.sliced(7, 4)).append('-').append(char('0' + month / 10)).append(char('0' + month % 10));
            m_ts.append('-').append(text.first(2)).append('T').append(text.sliced(12, length - 12));
            v.ts = m_ts;
        }
        v.client = q.client;
        v.query = q.qname;
        v.qtype = q.qtype;
        v.server = q.server;
        return m_builder.add(number, v);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

private:
    LookupBuilder m_builder;
    SyslogClock m_clock;
    QByteArray m_ts;
};

} // namespace

QString BindQueryLogImporter::description() const
{
    return QStringLiteral("BIND 9 query log (named querylog)");
}

bool BindQueryLogImporter::sniff(QByteArrayView head) const
{
    return anyHeadLine(head, [](QByteArrayView text) {
        qsizetype length = 0;
        QueryLine q;
        QString why;
        return stampAt(text, length) != Stamp::None && parseQuery(text.sliced(length), q, why) == Parse::Ok;
    });
}

ImportReport BindQueryLogImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                        const ProgressFn &progress) const
{
    ImportReport report;
    BindRead state(options, sink, report);
    feedLines(in, progress, report, state);
    report.firstYear = state.firstYear();
    return report;
}
