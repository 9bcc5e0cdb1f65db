// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flat_zeek_json_importer.h"

#include "flat_json_scanner.h"
#include "line_reader.h"
#include "lookup_builder.h"
#include "zeek_answers.h"
#include "zeek_fields.h"

#include <array>

namespace {

using namespace ZeekFields;

// The per-import state of FlatZeekJsonImporter::read (the former ZeekJsonRead).
class FlatZeekJsonRead {
public:
    FlatZeekJsonRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report)
    {}

    // Returns false to stop (strict mode hit a bad record).
    bool line(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        if (!m_scanner.scan(text))
            return m_builder.reject(number,
                                    QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(m_scanner.error())));
        Record values{};
        for (const FlatJsonScanner::Member &m : m_scanner.members()) {
            const int slot = jsonSlot(m.key);
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
        LookupBuilder::Values v = lookupValues(values);
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

ImportReport FlatZeekJsonImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                        const ProgressFn &progress) const
{
    ImportReport report;
    FlatZeekJsonRead state(options, sink, report);
    feedLines(in, progress, report, state);
    return report;
}
