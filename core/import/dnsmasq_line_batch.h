// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnsmasq_message.h"
#include "text_arena.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

class RecordChunk;

// DnsmasqLineBatch: the lines of a RecordChunk of a dnsmasq log taken apart by a parse thread
// (OrderedChunkParse) for DnsmasqLogImporter, whose pairing of queries with their outcome then
// reads them in file order on the importing thread: each line's time text and DnsmasqMessage,
// and its name normalised (DnsNames::normalizeQname), the line's only costly part that needs
// nothing of the lines before it. Every line has its entry, in order: lines of other programs
// and blank lines (Skipped), lines without a time at the start (Unstamped) and the reader's
// problems (a line too long) too, so that the importer sees each line where it was.
//
// Ownership: the views point into the chunk's text, which OrderedChunkParse keeps until the
//   batch is consumed; owns the normalised names and the problems.
// Thread-safety: none; filled by one thread, read by another after the hand-over.
// Cost: DnsmasqMessage::parse and one normalisation per line; no allocation once the buffers
//   have grown.
class DnsmasqLineBatch {
public:
    enum class Kind { Message, Skipped, Unstamped, Problem };
    struct Line {
        Kind kind = Kind::Message;
        qint64 number = 0;
        QByteArrayView stamp;   // Message: the time at the start
        DnsmasqMessage message; // Message
        TextArena::Span name;   // Message: the normalised name (name())
        qsizetype problem = 0;  // Problem: the index of problem()
    };

    // Length of the time at the start of a line: a syslog stamp, or one ISO 8601 token; 0 if none.
    static qsizetype stampLength(QByteArrayView line);
    // The message after "[host] dnsmasq[PID]: ", or an empty view when the line is not dnsmasq's.
    static QByteArrayView messageOf(QByteArrayView afterStamp);

    void clear();
    void read(const RecordChunk &chunk);

    const std::vector<Line> &lines() const { return m_lines; }
    // The normalised name of line's message (of a query, forwarded or outcome line).
    QByteArrayView name(const Line &line) const { return m_names.view(line.name); }
    // A Problem line's message.
    const QString &problem(const Line &line) const { return m_problems[line.problem]; }

private:
    Line &add(Kind kind, qint64 number);

    std::vector<Line> m_lines;
    TextArena m_names;
    QByteArray m_name; // one normalisation
    QStringList m_problems;
};
