// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_chunk.h"

#include "json_document_parser.h"
#include "json_record_reader.h"
#include "line_reader.h"

#include <cstring>

static_assert(RecordChunk::kPadding >= JsonDocumentParser::kPadding, "simdjson reads records in place");

void RecordChunk::clear()
{
    m_used = 0;
    m_entries.clear();
    m_problems.clear();
    m_readError.clear();
}

void RecordChunk::addRecord(qint64 line, QByteArrayView text)
{
    const qsizetype need = m_used + text.size() + kPadding;
    if (m_text.size() < need)
        m_text.resize(std::max(need, std::min(2 * m_text.size(), kTargetBytes * 2 + kPadding)));
    if (!text.isEmpty())
        std::memcpy(m_text.data() + m_used, text.data(), size_t(text.size()));
    m_entries.push_back({line, m_used, text.size()});
    m_used += text.size();
}

void RecordChunk::addProblem(qint64 line, const QString &message)
{
    m_entries.push_back({line, m_problems.size(), -1});
    m_problems.append(message);
}

RecordChunk::End RecordChunk::finish(End end)
{
    // The padding after the last record: readable and, for memory checkers, initialised.
    if (m_text.size() < m_used + kPadding)
        m_text.resize(m_used + kPadding);
    std::memset(m_text.data() + m_used, ' ', size_t(kPadding));
    return end;
}

RecordChunk::End RecordChunk::fill(JsonRecordReader &records)
{
    QByteArrayView text;
    while (!isFull()) {
        switch (records.next(text)) {
        case JsonRecordReader::Status::Record:
            addRecord(records.lineNumber(), text);
            break;
        case JsonRecordReader::Status::Broken:
            addProblem(records.lineNumber(), records.problem());
            break;
        case JsonRecordReader::Status::TooLong:
            addProblem(records.lineNumber(), QStringLiteral("record longer than 1 MiB"));
            break;
        case JsonRecordReader::Status::Cancelled:
            return finish(End::Cancelled);
        case JsonRecordReader::Status::ReadError:
            m_readError = records.errorString();
            return finish(End::ReadError);
        case JsonRecordReader::Status::End:
            return finish(End::Input);
        }
    }
    return finish(End::Full);
}

RecordChunk::End RecordChunk::fill(LineReader &lines)
{
    QByteArrayView text;
    while (!isFull()) {
        switch (lines.next(text)) {
        case LineReader::Status::Line:
            addRecord(lines.lineNumber(), text);
            break;
        case LineReader::Status::TooLong:
            addProblem(lines.lineNumber(), QStringLiteral("line longer than 1 MiB"));
            break;
        case LineReader::Status::Cancelled:
            return finish(End::Cancelled);
        case LineReader::Status::ReadError:
            m_readError = lines.errorString();
            return finish(End::ReadError);
        case LineReader::Status::End:
            return finish(End::Input);
        }
    }
    return finish(End::Full);
}
