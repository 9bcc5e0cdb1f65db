// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

class JsonRecordReader;
class LineReader;

// RecordChunk: a run of consecutive records of a log (JSON records from JsonRecordReader, or
// lines from LineReader), copied out of the reader's buffer with the line each starts
// on, so that one thread can parse them while the reader goes on (OrderedChunkParse). The
// reader's problems (a broken record, a record or line longer than 1 MiB) stay in their place
// among the records, with their line.
//
// Ownership: owns a copy of the records' text; the views text() returns are valid until the
//   next fill() or clear(), and each is followed by at least kPadding readable bytes (the next
//   record, or padding), so JsonDocumentParser::parseObjectInPlace() can read them where they
//   are.
// Thread-safety: none; a chunk is filled by one thread and then read by one (another) thread.
// Cost: one memcpy of each record; no allocation once the buffers have grown to a chunk's size
//   (about kTargetBytes plus one record).
class RecordChunk {
public:
    static constexpr qsizetype kTargetBytes = qsizetype(1) << 20; // a chunk ends once it holds this
    static constexpr int kMaxRecords = 8192;
    static constexpr qsizetype kPadding = 64;
    // How fill() ended: the chunk is full (more may follow), or the input ended, was cancelled
    // (the progress callback said so) or could not be read (readError() says why). The chunk
    // holds what was read before the end.
    enum class End { Full, Input, Cancelled, ReadError };
    // One record (size >= 0: text at [from, from + size)) or problem (size < 0: problems()[from]).
    struct Entry {
        qint64 line = 0; // 1-based line on which it starts
        qsizetype from = 0;
        qsizetype size = 0;
    };

    void clear();
    // Appends the reader's next records until the chunk holds kTargetBytes or kMaxRecords.
    End fill(JsonRecordReader &records);
    // The same for lines: each line is a record (without its LF or CR LF), blank ones too.
    End fill(LineReader &lines);

    bool isEmpty() const { return m_entries.empty(); }
    const std::vector<Entry> &entries() const { return m_entries; }
    bool isProblem(const Entry &e) const { return e.size < 0; }
    QByteArrayView text(const Entry &e) const { return QByteArrayView(m_text.constData() + e.from, e.size); }
    const QString &problem(const Entry &e) const { return m_problems[e.from]; }
    const QString &readError() const { return m_readError; }

    // Calls record(line, text) for each record and problem(line, message) for each problem, in order.
    template<typename Record, typename Problem>
    void forEach(Record record, Problem problem) const
    {
        for (const Entry &e : m_entries) {
            if (isProblem(e))
                problem(e.line, this->problem(e));
            else
                record(e.line, text(e));
        }
    }

private:
    void addRecord(qint64 line, QByteArrayView text);
    void addProblem(qint64 line, const QString &message);
    End finish(End end);
    bool isFull() const { return m_used >= kTargetBytes || m_entries.size() >= size_t(kMaxRecords); }

    QByteArray m_text;
    qsizetype m_used = 0;
    std::vector<Entry> m_entries;
    QStringList m_problems;
    QString m_readError;
};
