// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "route53_resolver_importer.h"

#include "answer_list.h"
#include "json_document_parser.h"
#include "json_record_reader.h"
#include "parsed_lookups.h"

namespace {

using Json = JsonDocumentParser;

// Reads Route 53 Resolver records into lookups; one per parse thread (feedParsedLookups).
// record() returns what ParsedLookups does (true).
class Route53Records {
public:
    bool record(qint64 line, QByteArrayView text, ParsedLookups &out)
    {
        const std::optional<Json::Object> o = m_parser.parseObjectInPlace(text);
        if (!o)
            return out.reject(line, m_parser.error());
        LookupBuilder::Values v;
        for (auto [key, field] : {std::pair{"query_timestamp", &v.ts},
                                  {"srcaddr", &v.client},
                                  {"query_name", &v.query},
                                  {"query_type", &v.qtype},
                                  {"rcode", &v.rcode}}) {
            if (const std::optional<QString> bad = Json::stringMember(*o, key, *field))
                return out.reject(line, *bad);
        }
        if (v.ts.isEmpty())
            return out.reject(line, QStringLiteral("no \"query_timestamp\""));
        m_answers.clear();
        simdjson::dom::element answers;
        if (!(*o)["answers"].get(answers) && !answers.is_null()) {
            simdjson::dom::array list;
            if (answers.get_array().get(list))
                return out.reject(line, Json::wrongType("answers", "an array", answers));
            for (simdjson::dom::element a : list) {
                simdjson::dom::object answer;
                if (a.get_object().get(answer))
                    return out.reject(line, Json::wrongType("answers[]", "an object", a));
                m_answers.add(Json::textOf(answer, "Type"), Json::textOf(answer, "Rdata"));
            }
        }
        v.answers = m_answers.answers();
        return out.add(line, v);
    }

private:
    JsonDocumentParser m_parser;
    AnswerList m_answers;
};

} // namespace

QString Route53ResolverImporter::description() const
{
    return QStringLiteral("AWS Route 53 Resolver query logs (JSON)");
}

bool Route53ResolverImporter::sniff(QByteArrayView head) const
{
    return JsonRecordReader::headHas(head, {"query_timestamp", "query_name"});
}

ImportReport Route53ResolverImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                           const ProgressFn &progress) const
{
    ImportReport report;
    LookupBuilder builder(options, sink, report);
    JsonRecordReader records(in, progress);
    feedParsedLookups<Route53Records>(records, options, m_parseThreads, builder, report);
    return report;
}
