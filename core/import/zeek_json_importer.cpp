// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zeek_json_importer.h"

#include "flat_json_scanner.h"
#include "line_reader.h"
#include "lookup_builder.h"
#include "zeek_answers.h"
#include "zeek_fields.h"

#include <array>
#include <cstring>

namespace {

using namespace ZeekFields;

template<size_t N>
bool is(QByteArrayView key, const char (&name)[N])
{
    return std::memcmp(key.data(), name, N - 1) == 0; // constant size: compiled to a few loads
}

// The slot a member name fills, or -1; chosen by length first, as most names are not ours.
int slotOf(QByteArrayView key)
{
    switch (key.size()) {
    case 2:
        return is(key, "ts") ? Ts : -1;
    case 4:
        return is(key, "TTLs") ? Ttls : -1;
    case 5:
        return is(key, "query") ? Query : is(key, "qtype") ? Qtype : is(key, "rcode") ? Rcode : -1;
    case 7:
        return is(key, "answers") ? Answers : -1;
    case 9:
        return is(key, "id.orig_h") ? Client
            : is(key, "id.resp_h")  ? Server
            : is(key, "id.orig_p")  ? ClientPort
            : is(key, "id.resp_p")  ? ServerPort
                                    : -1;
    case 10:
        return is(key, "qtype_name") ? QtypeName : is(key, "rcode_name") ? RcodeName : -1;
    default:
        return -1;
    }
}

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
    ZeekJsonRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report)
    {}

    // Returns false to stop (strict mode hit a bad record).
    bool line(qint64 number, QByteArrayView text)
    {
        if (isBlank(text))
            return true;
        if (!m_scanner.scan(text))
            return m_builder.reject(number,
                                    QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(m_scanner.error())));
        std::array<QByteArrayView, Count> values{};
        for (const FlatJsonScanner::Member &m : m_scanner.members()) {
            const int slot = slotOf(m.key);
            if (slot < 0)
                continue;
            if (slot == Answers || slot == Ttls) { // arrays, kept as written
                if (m.kind == FlatJsonScanner::Kind::Array)
                    values[size_t(slot)] = m.raw;
                continue;
            }
            if (m.kind == FlatJsonScanner::Kind::String)
                values[size_t(slot)] =
                    m.escaped ? FlatJsonScanner::decodeString(m.raw, m_scratch[size_t(slot)]) : m.raw;
            else if (m.kind == FlatJsonScanner::Kind::Number)
                values[size_t(slot)] = m.raw;
            else if (slot == Ts && m.kind != FlatJsonScanner::Kind::Null)
                return m_builder.reject(number, QStringLiteral("ts is neither a number nor a string"));
        }
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
        // The arrays were validated by scan(); elements of another kind (null) are skipped.
        if (!values[Answers].isEmpty() && m_elements.scanArray(values[Answers])) {
            for (const FlatJsonScanner::Member &e : m_elements.members()) {
                if (e.kind == FlatJsonScanner::Kind::String)
                    m_answers.addAnswer(e.escaped ? FlatJsonScanner::decodeString(e.raw, m_element) : e.raw);
            }
        }
        if (!values[Ttls].isEmpty() && m_elements.scanArray(values[Ttls])) {
            for (const FlatJsonScanner::Member &e : m_elements.members())
                m_answers.addTtl(e.kind == FlatJsonScanner::Kind::Number ? e.raw : QByteArrayView("-"));
        }
        v.answers = m_answers.answers(v.qtype);
        return m_builder.add(number, v);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

private:
    LookupBuilder m_builder;
    FlatJsonScanner m_scanner;
    FlatJsonScanner m_elements; // of the answers and TTLs arrays
    std::array<QByteArray, Count> m_scratch;
    QByteArray m_element;
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
