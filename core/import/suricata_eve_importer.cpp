// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suricata_eve_importer.h"

#include "json_document_parser.h"
#include "json_record_reader.h"
#include "suricata_transactions.h"

namespace {

// The per-import state of SuricataEveImporter::read.
class SuricataRead {
public:
    SuricataRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_report(report), m_builder(options, sink, report), m_transactions(m_builder)
    {}

    bool record(qint64 line, QByteArrayView text)
    {
        const std::optional<JsonDocumentParser::Object> object = m_parser.parseObjectInPlace(text);
        if (!object)
            return m_builder.reject(line, m_parser.error());
        if (const std::optional<QString> bad = m_event.read(*object)) {
            if (bad->isEmpty()) {
                ++m_report.skipped;
                return true;
            }
            return m_builder.reject(line, *bad);
        }
        const std::optional<qint64> ts = m_builder.times().parse(m_event.timestamp);
        if (!ts)
            return m_builder.reject(line,
                                    QStringLiteral("bad timestamp '%1'")
                                        .arg(QString::fromUtf8(m_event.timestamp.first(
                                            std::min<qsizetype>(64, m_event.timestamp.size())))));
        return m_transactions.event(line, *ts, m_event);
    }

    bool reject(qint64 line, const QString &message) { return m_builder.reject(line, message); }
    void finish()
    {
        m_transactions.finish();
        if (m_report.skipped > 0)
            m_report.notes.append(QStringLiteral("%1 EVE events of other types than dns (alert, flow, …) were skipped")
                                      .arg(m_report.skipped));
    }

private:
    ImportReport &m_report;
    LookupBuilder m_builder;
    SuricataTransactions m_transactions;
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
    SuricataRead state(options, sink, report);
    feedJsonRecords(in, progress, report, state);
    if (!report.cancelled && !report.error)
        state.finish();
    return report;
}
