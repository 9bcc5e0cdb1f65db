// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adguard_query_log_importer.h"

#include "dns_answer_section.h"
#include "dns_message.h"
#include "dns_names.h"
#include "json_document_parser.h"
#include "json_record_reader.h"
#include "parsed_lookups.h"

namespace {

using Json = JsonDocumentParser;

// AdGuard Home's filtering reasons (filtering.Reason) that block the query.
const char *blockedRcode(qint64 reason)
{
    switch (reason) {
    case 3:
        return "BLOCKED-BLOCKLIST";
    case 4:
        return "BLOCKED-SAFEBROWSING";
    case 5:
        return "BLOCKED-PARENTAL";
    case 6:
        return "BLOCKED-INVALID";
    case 8:
        return "BLOCKED-SERVICE";
    default:
        return nullptr;
    }
}

// Reads AdGuard Home query log records into lookups; one per parse thread
// (feedParsedLookups). record() returns what ParsedLookups does (true).
class AdguardRecords {
public:
    bool record(qint64 line, QByteArrayView text, ParsedLookups &out)
    {
        const std::optional<Json::Object> o = m_parser.parseObjectInPlace(text);
        if (!o)
            return out.reject(line, m_parser.error());
        LookupBuilder::Values v;
        QByteArrayView answer;
        for (auto [key, field] : {std::pair{"T", &v.ts},
                                  {"IP", &v.client},
                                  {"QH", &v.query},
                                  {"QT", &v.qtype},
                                  {"Upstream", &v.server},
                                  {"Answer", &answer}}) {
            if (const std::optional<QString> bad = Json::stringMember(*o, key, *field))
                return out.reject(line, *bad);
        }
        if (v.ts.isEmpty())
            return out.reject(line, QStringLiteral("no \"T\" (time)"));
        if (!answer.isEmpty()) {
            auto decoded =
                QByteArray::fromBase64Encoding(answer.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return out.reject(line, QStringLiteral("\"Answer\" is not base64"));
            m_wire = std::move(*decoded);
            const DnsMessage::Problem problem = m_message.parse(m_wire);
            if (problem != DnsMessage::Problem::None || !m_message.response)
                return out.reject(
                    line,
                    QStringLiteral("\"Answer\" is not a DNS response: %1")
                        .arg(QLatin1String(problem != DnsMessage::Problem::None ? DnsMessage::problemText(problem)
                                                                                : "the QR bit is not set")));
            v.rcode = DnsNames::rcodeName(m_message.rcode);
            m_answers.decode(m_wire);
            v.answers = m_answers.answers();
        }
        simdjson::dom::element result;
        if (!(*o)["Result"].get(result) && !result.is_null()) {
            simdjson::dom::object r;
            if (result.get_object().get(r))
                return out.reject(line, Json::wrongType("Result", "an object", result));
            bool filtered = false;
            if (!r["IsFiltered"].get_bool().get(filtered) && filtered) {
                if (const char *blocked = blockedRcode(Json::integerOf(r, "Reason").value_or(-1)))
                    v.rcode = blocked;
            }
        }
        return out.add(line, v);
    }

private:
    JsonDocumentParser m_parser;
    QByteArray m_wire;
    DnsMessage m_message;
    DnsAnswerSection m_answers;
};

} // namespace

QString AdguardQueryLogImporter::description() const
{
    return QStringLiteral("AdGuard Home query log (querylog.json)");
}

bool AdguardQueryLogImporter::sniff(QByteArrayView head) const
{
    return JsonRecordReader::headHas(head, {"QH", "QT"});
}

ImportReport AdguardQueryLogImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                           const ProgressFn &progress) const
{
    ImportReport report;
    LookupBuilder builder(options, sink, report);
    JsonRecordReader records(in, progress);
    feedParsedLookups<AdguardRecords>(records, options, m_parseThreads, builder, report);
    return report;
}
