// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "lookup_builder.h"
#include "ordered_chunk_parse.h"
#include "text_arena.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

// ParsedLookups: what a parse thread made of a chunk of records (OrderedChunkParse), kept until
// the importing thread hands it on in file order: the lookups' values (copied), the rejected
// records with their line and message, and the records skipped, in the order they were read.
// replay() gives them to a LookupBuilder as the single-threaded importer did, so the sink,
// the counts and the first issues are the same whichever thread parsed a record.
//
// Ownership: owns copies of the values; nothing points into the record text after add().
// Thread-safety: none; filled by one thread, replayed by another after the hand-over.
// Cost: one memcpy of each value and answer; no allocation once the buffers have grown.
class ParsedLookups {
public:
    void clear();
    // The time parser of the thread filling the batch: add() then reads values.ts at once
    // (LookupBuilder::parseTime), off the importing thread. Without one, replay() does.
    void readTimesWith(TimestampParser *times) { m_times = times; }
    // The calls a record parser makes, named as LookupBuilder's; they always return true (a
    // stop in strict mode happens in replay()).
    bool add(qint64 line, const LookupBuilder::Values &values);
    // A lookup whose time the parser has read (µs UTC); values.ts is not kept.
    bool addAt(qint64 line, qint64 tsUs, const LookupBuilder::Values &values);
    bool reject(qint64 line, const QString &message);
    bool skip();

    qsizetype size() const { return qsizetype(m_items.size()); }
    // Hands everything on in order: lookups to builder.add / addAt, rejects to builder.reject,
    // skips to report.skipped. Returns false when the builder says stop.
    bool replay(LookupBuilder &builder, ImportReport &report);

private:
    enum class Kind : quint8 { Lookup, LookupAt, Reject, Skip };
    using Text = TextArena::Span;
    static constexpr int kFields = 8; // ts, client, server, query, qtype, rcode, clientPort, serverPort
    struct Item {
        Kind kind = Kind::Lookup;
        qint64 line = 0;
        qint64 tsUs = 0;
        Text fields[kFields];
        quint32 answersFrom = 0, answersTo = 0; // m_answers; for a reject: the message's index
    };

    Text keep(QByteArrayView text) { return m_text.keep(text); }
    QByteArrayView view(Text t) const { return m_text.view(t); }
    void addValues(Item &item, const LookupBuilder::Values &values);

    TextArena m_text;
    std::vector<Item> m_items;
    KeptAnswers m_answers;
    QStringList m_messages;
    TimestampParser *m_times = nullptr;
};

// Feeds the records reader gives (a JsonRecordReader or LineReader) to
// RecordParser::record(line, text, ParsedLookups &) on OrderedChunkParse's threads
// (threadsFor(threads)), one RecordParser and one time parser (options) per thread, and replays the
// parsed lookups into builder in file order. The reader's problems are rejected records with
// their line.
template<typename RecordParser, typename Reader>
void feedParsedLookups(Reader &reader, const ImportOptions &options, int threads, LookupBuilder &builder,
                       ImportReport &report)
{
    RecordParser parsers[2];
    TimestampParser times[2] = {LookupBuilder::timesFor(options), LookupBuilder::timesFor(options)};
    const typename OrderedChunkParse<ParsedLookups>::Parse parse = [&](const RecordChunk &chunk, ParsedLookups &out,
                                                                       int thread) {
        RecordParser &parser = parsers[thread];
        out.readTimesWith(&times[thread]);
        chunk.forEach([&](qint64 line, QByteArrayView text) { parser.record(line, text, out); },
                      [&](qint64 line, const QString &problem) { out.reject(line, problem); });
    };
    const typename OrderedChunkParse<ParsedLookups>::Consume consume = [&](ParsedLookups &batch) {
        return batch.replay(builder, report);
    };
    OrderedChunkParse<ParsedLookups>::run(reader, threads, report, parse, consume);
}
