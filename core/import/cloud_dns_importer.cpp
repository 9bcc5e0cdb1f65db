// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cloud_dns_importer.h"

#include "answer_list.h"
#include "json_document_parser.h"
#include "json_record_reader.h"
#include "parsed_lookups.h"

namespace {

using Json = JsonDocumentParser;

// Cloud DNS's rdata: records in presentation format, one per line ("name\tTTL\tIN\ttype\tdata").
void addRdata(AnswerList &answers, QByteArrayView rdata)
{
    while (!rdata.isEmpty()) {
        const qsizetype eol = rdata.indexOf('\n');
        QByteArrayView line = (eol < 0 ? rdata : rdata.first(eol)).trimmed();
        rdata = eol < 0 ? QByteArrayView() : rdata.sliced(eol + 1);
        QByteArrayView fields[4];
        int n = 0;
        for (; n < 4 && !line.isEmpty(); ++n) {
            qsizetype end = 0;
            while (end < line.size() && line[end] != ' ' && line[end] != '\t')
                ++end;
            fields[n] = line.first(end);
            line = line.sliced(end).trimmed();
        }
        bool ttlOk = false;
        const qint64 ttl = n == 4 ? fields[1].toLongLong(&ttlOk) : -1;
        if (n == 4 && ttlOk && !line.isEmpty()) // a record cut by the 260-byte limit is left out
            answers.add(fields[3], line, ttl);
    }
}

// Reads Cloud Logging entries into lookups; one per parse thread (feedParsedLookups).
// record() returns what ParsedLookups does (true).
class CloudDnsRecords {
public:
    bool record(qint64 line, QByteArrayView text, ParsedLookups &out)
    {
        const std::optional<Json::Object> o = m_parser.parseObjectInPlace(text);
        if (!o)
            return out.reject(line, m_parser.error());
        simdjson::dom::element payloadValue;
        simdjson::dom::object payload;
        if ((*o)["jsonPayload"].get(payloadValue))
            return skip(line, *o, out);
        if (payloadValue.get_object().get(payload))
            return out.reject(line, Json::wrongType("jsonPayload", "an object", payloadValue));
        LookupBuilder::Values v;
        struct Member {
            const char *key, *path;
            QByteArrayView *out;
        };
        for (const Member &m : {Member{"queryName", "jsonPayload.queryName", &v.query},
                                Member{"queryType", "jsonPayload.queryType", &v.qtype},
                                Member{"responseCode", "jsonPayload.responseCode", &v.rcode},
                                Member{"sourceIP", "jsonPayload.sourceIP", &v.client},
                                Member{"destinationIP", "jsonPayload.destinationIP", &v.server}}) {
            if (const std::optional<QString> bad = Json::stringMember(payload, m.key, *m.out, m.path))
                return out.reject(line, *bad);
        }
        if (v.query.isEmpty())
            return skip(line, *o, out);
        QByteArrayView received, rdata;
        for (auto [key, field] : {std::pair{"timestamp", &v.ts}, {"receiveTimestamp", &received}}) {
            if (const std::optional<QString> bad = Json::stringMember(*o, key, *field))
                return out.reject(line, *bad);
        }
        if (v.ts.isEmpty())
            v.ts = received;
        if (v.ts.isEmpty())
            return out.reject(line, QStringLiteral("no \"timestamp\" or \"receiveTimestamp\""));
        if (const std::optional<QString> bad = Json::stringMember(payload, "rdata", rdata, "jsonPayload.rdata"))
            return out.reject(line, *bad);
        m_answers.clear();
        addRdata(m_answers, rdata);
        v.answers = m_answers.answers();
        return out.add(line, v);
    }

private:
    // A log entry of another kind is skipped; an object that is no log entry at all is not.
    static bool skip(qint64 line, Json::Object o, ParsedLookups &out)
    {
        if (Json::textOf(o, "logName").isEmpty() && Json::textOf(o, "insertId").isEmpty())
            return out.reject(line, QStringLiteral("not a Cloud Logging entry (no \"logName\", no \"jsonPayload\")"));
        return out.skip();
    }

    JsonDocumentParser m_parser;
    AnswerList m_answers;
};

} // namespace

QString CloudDnsImporter::description() const
{
    return QStringLiteral("Google Cloud DNS query logs (Cloud Logging JSON)");
}

bool CloudDnsImporter::sniff(QByteArrayView head) const
{
    return JsonRecordReader::headHas(head, {"jsonPayload", "queryName"});
}

ImportReport CloudDnsImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                    const ProgressFn &progress) const
{
    ImportReport report;
    LookupBuilder builder(options, sink, report);
    JsonRecordReader records(in, progress);
    feedParsedLookups<CloudDnsRecords>(records, options, m_parseThreads, builder, report);
    if (!report.cancelled && !report.error && report.skipped > 0)
        report.notes.append(QStringLiteral("%1 log entries that are not DNS queries were skipped").arg(report.skipped));
    return report;
}
