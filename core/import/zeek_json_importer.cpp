// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zeek_json_importer.h"

#include "json_line_walker.h"
#include "line_reader.h"
#include "lookup_builder.h"
#include "zeek_answers.h"
#include "zeek_fields.h"

#include <array>
#include <utility>
#include <vector>

namespace {

using namespace ZeekFields;

static_assert(LineReader::kPadding >= JsonLineWalker::kPadding, "simdjson reads lines in place");

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

// The per-import state of ZeekJsonImporter::read.
class ZeekJsonRead {
public:
    using Kind = JsonLineWalker::Kind;

    ZeekJsonRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report)
    {}

    // Returns false to stop (strict mode hit a bad record). text is a LineReader line: the
    // padding simdjson reads past its end is there.
    bool line(qint64 number, QByteArrayView text)
    {
        if (isBlank(text))
            return true;
        std::array<QByteArrayView, Count> values{};
        bool tsOfOtherKind = false;
        m_elements[0].clear();
        m_elements[1].clear();
        const bool valid = m_walker.walkObject(text, [&](QByteArrayView key, JsonLineWalker::Value &value) {
            const int slot = jsonSlot(key);
            Kind kind = Kind::Null;
            QByteArrayView v;
            if (slot == Answers || slot == Ttls) { // arrays: the last one given counts
                m_items.clear();
                if (!m_walker.forEachElement(value, 2, kind, [&](Kind k, QByteArrayView t) {
                        m_items.push_back({k, t});
                    }))
                    return false;
                if (kind == Kind::Array)
                    m_elements[slot == Answers ? 0 : 1].swap(m_items);
                return true;
            }
            if (!m_walker.read(value, 2, kind, v))
                return false;
            if (slot >= 0 && (kind == Kind::String || kind == Kind::Number))
                values[size_t(slot)] = v; // a later duplicate wins; null leaves an earlier one
            else if (slot == Ts && kind != Kind::Null)
                tsOfOtherKind = true;
            return true;
        });
        if (!valid)
            return m_builder.reject(number,
                                    QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(m_walker.error())));
        if (tsOfOtherKind)
            return m_builder.reject(number, QStringLiteral("ts is neither a number nor a string"));
        if (values[Ts].isEmpty())
            return m_builder.reject(number, QStringLiteral("no \"ts\""));
        LookupBuilder::Values v;
        v.ts = values[Ts];
        v.client = values[Client];
        v.server = values[Server];
        v.clientPort = values[ClientPort];
        v.serverPort = values[ServerPort];
        v.query = values[Query];
        v.qtype = values[QtypeName].isEmpty() ? values[Qtype] : values[QtypeName];
        v.rcode = values[RcodeName].isEmpty() ? values[Rcode] : values[RcodeName];
        m_answers.clear();
        for (const auto &[kind, text] : m_elements[0]) { // elements of another kind (null) are skipped
            if (kind == Kind::String)
                m_answers.addAnswer(text);
        }
        for (const auto &[kind, text] : m_elements[1])
            m_answers.addTtl(kind == Kind::Number ? text : QByteArrayView("-"));
        v.answers = m_answers.answers(v.qtype);
        return m_builder.add(number, v);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

private:
    using Elements = std::vector<std::pair<Kind, QByteArrayView>>;
    LookupBuilder m_builder;
    JsonLineWalker m_walker; // one simdjson parser for the whole import
    Elements m_elements[2];  // of answers and TTLs
    Elements m_items;
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
    ZeekJsonRead state(options, sink, report);
    feedLines(in, progress, report, state);
    return report;
}
