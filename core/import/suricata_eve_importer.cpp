// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suricata_eve_importer.h"

#include "json_document_parser.h"
#include "json_record_reader.h"
#include "lookup_builder.h"
#include "ordered_chunk_parse.h"
#include "suricata_event_batch.h"
#include "suricata_transactions.h"
#include "timestamp_parser.h"

namespace {

// Reads Suricata EVE records into DNS events with their time; one per parse thread.
class SuricataRecords {
public:
    explicit SuricataRecords(const ImportOptions &options) : m_times(LookupBuilder::timesFor(options)) {}

    void record(qint64 line, QByteArrayView text, SuricataEventBatch &out)
    {
        const std::optional<JsonDocumentParser::Object> object = m_parser.parseObjectInPlace(text);
        if (!object)
            return out.reject(line, m_parser.error());
        if (const std::optional<QString> bad = m_event.read(*object)) {
            if (bad->isEmpty())
                return out.skip();
            return out.reject(line, *bad);
        }
        const std::optional<qint64> ts = m_times.parse(m_event.timestamp);
        if (!ts)
            return out.reject(line,
                              QStringLiteral("bad timestamp '%1'")
                                  .arg(QString::fromUtf8(
                                      m_event.timestamp.first(std::min<qsizetype>(64, m_event.timestamp.size())))));
        out.add(line, *ts, m_event);
    }

private:
    TimestampParser m_times;
    JsonDocumentParser m_parser;
    SuricataDnsEvent m_event;
};

} // namespace

QString SuricataEveImporter::description() const
{
    return QStringLiteral("Suricata EVE JSON (dns events)");
}

bool SuricataEveImporter::sniff(QByteArrayView head) const
{
    return JsonRecordReader::headHas(head, {"event_type", "timestamp"});
}

ImportReport SuricataEveImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                       const ProgressFn &progress) const
{
    ImportReport report;
    LookupBuilder builder(options, sink, report);
    SuricataTransactions transactions(builder);
    SuricataRecords parsers[2] = {SuricataRecords(options), SuricataRecords(options)};
    const OrderedChunkParse<SuricataEventBatch>::Parse parse = [&](const RecordChunk &chunk, SuricataEventBatch &out,
                                                                   int thread) {
        chunk.forEach([&](qint64 line, QByteArrayView text) { parsers[thread].record(line, text, out); },
                      [&](qint64 line, const QString &problem) { out.reject(line, problem); });
    };
    const OrderedChunkParse<SuricataEventBatch>::Consume consume = [&](SuricataEventBatch &batch) {
        return batch.replay(transactions, builder, report);
    };
    JsonRecordReader records(in, progress);
    OrderedChunkParse<SuricataEventBatch>::run(records, m_parseThreads, report, parse, consume);
    if (report.cancelled || report.error)
        return report;
    transactions.finish();
    if (report.skipped > 0)
        report.notes.append(
            QStringLiteral("%1 EVE events of other types than dns (alert, flow, …) were skipped").arg(report.skipped));
    return report;
}
