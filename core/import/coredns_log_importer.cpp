// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coredns_log_importer.h"

#include "line_reader.h"
#include "log_line_time.h"
#include "lookup_builder.h"

namespace {

// The text after the "[INFO] " (or any "[LEVEL] ") tag, or empty when the line has none.
QByteArrayView afterLevel(QByteArrayView line, qsizetype *tagAt)
{
    for (const char *tag : {"[INFO] ", "[DEBUG] ", "[WARNING] ", "[ERROR] "}) {
        const qsizetype at = line.indexOf(tag);
        if (at >= 0) {
            *tagAt = at;
            return line.sliced(at + qsizetype(qstrlen(tag)));
        }
    }
    return {};
}

// "10.0.0.1:53786 - " or "[2001:db8::1]:53786 - " at the start of text: the address (without
// brackets and port) in *remote and the rest after " - " in *rest; false if text does not start so.
bool splitRemote(QByteArrayView text, QByteArrayView *remote, QByteArrayView *rest)
{
    const qsizetype dash = text.indexOf(" - ");
    if (dash <= 0 || text.first(dash).contains(' '))
        return false;
    QByteArrayView hostPort = text.first(dash);
    const qsizetype colon = hostPort.lastIndexOf(':');
    if (colon <= 0)
        return false;
    QByteArrayView host = hostPort.first(colon);
    if (host.startsWith('[') && host.endsWith(']'))
        host = host.sliced(1, host.size() - 2);
    for (char c : hostPort.sliced(colon + 1)) {
        if (c < '0' || c > '9')
            return false;
    }
    *remote = host;
    *rest = text.sliced(dash + 3);
    return !host.isEmpty();
}

// The per-import state of CorednsLogImporter::read.
class CorednsRead {
public:
    CorednsRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_time(options)
    {}

    bool line(qint64 number, QByteArrayView text)
    {
        qsizetype tagAt = 0;
        const QByteArrayView body = afterLevel(text, &tagAt);
        QByteArrayView remote, rest;
        if (body.isEmpty() || !splitRemote(body, &remote, &rest))
            return true; // not a log plugin line
        const qsizetype open = rest.indexOf('"');
        const qsizetype close = open < 0 ? -1 : rest.indexOf('"', open + 1);
        if (close < 0)
            return m_builder.reject(number, QStringLiteral("a query line without its quoted question"));
        std::array<QByteArrayView, 3> question;
        QByteArrayView q = rest.sliced(open + 1, close - open - 1);
        for (QByteArrayView &field : question) {
            const qsizetype space = q.indexOf(' ');
            field = space < 0 ? q : q.first(space);
            q = space < 0 ? QByteArrayView() : q.sliced(space + 1);
        }
        if (question[2].isEmpty())
            return m_builder.reject(number, QStringLiteral("a question with fewer than 3 fields (type class name)"));
        QByteArrayView after = rest.sliced(close + 1).trimmed();
        const qsizetype space = after.indexOf(' ');
        const QByteArrayView rcode = space < 0 ? after : after.first(space);
        if (rcode.isEmpty())
            return m_builder.reject(number, QStringLiteral("a query line without its rcode"));
        const QByteArrayView prefix = text.first(tagAt).trimmed();
        const qsizetype timeLength = LogLineTime::length(prefix);
        if (timeLength == 0)
            return m_builder.reject(number,
                                    QStringLiteral("no time on the line: CoreDNS writes none; collect the log with its "
                                                   "time (kubectl logs --timestamps, docker logs -t, journald)"));
        LookupBuilder::Values v;
        if (!m_time.read(prefix.first(timeLength), v.ts))
            return m_builder.reject(number,
                                    QStringLiteral("bad time '%1'").arg(QString::fromUtf8(prefix.first(timeLength))));
        v.client = remote;
        v.qtype = question[0];
        v.query = question[2];
        v.rcode = rcode;
        return m_builder.add(number, v);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

    int firstYear() const { return m_time.firstYear(); }

    void finish(ImportReport &report)
    {
        if (const QString note = m_time.yearNote(); !note.isEmpty())
            report.notes.append(note);
    }

private:
    LookupBuilder m_builder;
    LogLineTime m_time;
};

} // namespace

QString CorednsLogImporter::description() const
{
    return QStringLiteral("CoreDNS log plugin lines");
}

bool CorednsLogImporter::sniff(QByteArrayView head) const
{
    return anyHeadLine(head, [](QByteArrayView text) {
        qsizetype tagAt = 0;
        QByteArrayView remote, rest;
        const QByteArrayView body = afterLevel(text, &tagAt);
        if (body.isEmpty() || !splitRemote(body, &remote, &rest))
            return false;
        const qsizetype quote = rest.indexOf(" \"");
        return quote > 0 && rest.first(quote).toLongLong() >= 0 && rest.indexOf('"', quote + 2) > quote;
    });
}

ImportReport CorednsLogImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress) const
{
    ImportReport report;
    CorednsRead state(options, sink, report);
    feedLines(in, progress, report, state);
    if (!report.cancelled && !report.error)
        state.finish(report);
    report.firstYear = state.firstYear();
    return report;
}
