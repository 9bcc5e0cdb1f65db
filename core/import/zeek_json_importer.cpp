// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zeek_json_importer.h"

#include "json_document_parser.h"
#include "line_reader.h"
#include "parsed_lookups.h"
#include "zeek_answers.h"
#include "zeek_fields.h"

#include <array>
#include <optional>

namespace {

using namespace ZeekFields;

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

// Reads Zeek JSON lines into lookups; one per parse thread (feedParsedLookups). record()
// returns what ParsedLookups does (true). text is a RecordChunk's record, so the padding
// simdjson reads past its end is there and the line is parsed where it is.
class ZeekJsonRecords {
public:
    bool record(qint64 number, QByteArrayView text, ParsedLookups &out)
    {
        if (isBlank(text))
            return true;
        const std::optional<JsonDocumentParser::Object> object = m_parser.parseObjectInPlace(text);
        if (!object)
            return out.reject(number, m_parser.error());
        Record values{};
        simdjson::dom::array arrays[2]; // answers, TTLs: the last array given counts
        bool hasArray[2] = {false, false};
        // A converter that copied the TSV columns as they are writes "a,b": split at the commas
        // (Zeek's set separator), as the TSV importer does.
        QByteArrayView joined[2];
        for (auto [key, value] : *object) {
            const int slot = jsonSlot(QByteArrayView(key.data(), qsizetype(key.size())));
            if (slot == Answers || slot == Ttls) {
                const int i = slot == Answers ? 0 : 1;
                hasArray[i] = !value.get_array().get(arrays[i]) || hasArray[i];
                if (value.is_string())
                    joined[i] = JsonDocumentParser::text(value);
                continue;
            }
            if (slot < 0 || value.is_null()) // null: absent, an earlier duplicate stays
                continue;
            if (value.is_string())
                values[size_t(slot)] = JsonDocumentParser::text(value);
            else if (value.is_number())
                values[size_t(slot)] = JsonDocumentParser::numberText(value, m_numbers[size_t(slot)]);
            else if (slot == Ts)
                return out.reject(number, QStringLiteral("ts is neither a number nor a string"));
        }
        if (values[Ts].isEmpty())
            return out.reject(number, QStringLiteral("no \"ts\""));
        LookupBuilder::Values v = lookupValues(values);
        m_answers.clear();
        if (hasArray[0]) {
            for (simdjson::dom::element e : arrays[0]) { // elements of another kind (null) are skipped
                if (e.is_string())
                    m_answers.addAnswer(JsonDocumentParser::text(e));
            }
        }
        if (hasArray[1]) {
            for (simdjson::dom::element e : arrays[1])
                m_answers.addTtl(e.is_number() ? JsonDocumentParser::numberText(e, m_ttl) : QByteArrayView("-"));
        }
        if (!hasArray[0])
            forEachElement(joined[0], [this](QByteArrayView answer) { m_answers.addAnswer(answer); });
        if (!hasArray[1])
            forEachElement(joined[1], [this](QByteArrayView ttl) { m_answers.addTtl(ttl); });
        v.answers = m_answers.answers(v.qtype);
        return out.add(number, v);
    }

private:
    template<typename Fn>
    static void forEachElement(QByteArrayView joined, Fn fn)
    {
        while (!joined.isEmpty()) {
            const qsizetype cut = joined.indexOf(',');
            fn(cut < 0 ? joined : joined.first(cut));
            joined = cut < 0 ? QByteArrayView() : joined.sliced(cut + 1);
        }
    }

    static constexpr size_t kMaxDepth = 64;
    JsonDocumentParser m_parser{kMaxDepth}; // one simdjson parser per thread for the whole import
    std::array<std::array<char, 32>, Count> m_numbers;
    std::array<char, 32> m_ttl;
    ZeekAnswers m_answers;
};

} // namespace

QString ZeekJsonImporter::description() const
{
    return QStringLiteral("Zeek dns.log as JSON lines");
}

bool ZeekJsonImporter::sniff(QByteArrayView head) const
{
    qsizetype start = 0;
    while (start < head.size()) { // the first line that is not blank
        qsizetype eol = head.indexOf('\n', start);
        if (eol < 0)
            eol = head.size();
        const QByteArrayView line = head.sliced(start, eol - start).trimmed();
        if (!line.isEmpty())
            return line.startsWith('{') && line.contains("\"ts\"") &&
                (line.contains("\"query\"") || line.contains("\"id.orig_h\""));
        start = eol + 1;
    }
    return false;
}

ImportReport ZeekJsonImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                    const ProgressFn &progress) const
{
    ImportReport report;
    LookupBuilder builder(options, sink, report);
    LineReader lines(in, progress);
    feedParsedLookups<ZeekJsonRecords>(lines, options, m_parseThreads, builder, report);
    return report;
}
