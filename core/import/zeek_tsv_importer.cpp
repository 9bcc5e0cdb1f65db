// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zeek_tsv_importer.h"

#include "line_reader.h"
#include "lookup_builder.h"
#include "zeek_answers.h"
#include "zeek_fields.h"

#include <array>
#include <bit>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using namespace ZeekFields;
using Column = Field;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Zeek's escapes: \xHH for a byte, \\ for a backslash; anything else is kept as written.
QByteArrayView unescape(QByteArrayView v, QByteArray &out)
{
    if (!v.contains('\\'))
        return v;
    out.resize(0);
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 3 < v.size() && v[i + 1] == 'x' && hexDigit(v[i + 2]) >= 0 && hexDigit(v[i + 3]) >= 0) {
            out.append(char(hexDigit(v[i + 2]) * 16 + hexDigit(v[i + 3])));
            i += 3;
        } else if (v[i] == '\\' && i + 1 < v.size() && v[i + 1] == '\\') {
            out.append('\\');
            ++i;
        } else {
            out.append(v[i]);
        }
    }
    return out;
}

// Splits line at every sep into out (fields beyond out's size are counted, not kept) and
// returns the number of fields. Lines are short and fields shorter, so instead of a memchr
// call per field this finds the separators 16 bytes at a time.
qsizetype splitFields(QByteArrayView line, char sep, std::vector<QByteArrayView> &out)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    const char *field = p;
    const qsizetype capacity = qsizetype(out.size());
    qsizetype n = 0;
    auto cut = [&](const char *at) {
        if (n < capacity)
            out[size_t(n)] = QByteArrayView(field, at - field);
        ++n;
        field = at + 1;
    };
#if defined(__SSE2__)
    const __m128i separators = _mm_set1_epi8(sep);
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        for (unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, separators))); mask; mask &= mask - 1)
            cut(p + std::countr_zero(mask));
    }
#endif
    for (; p < end; ++p) {
        if (*p == sep)
            cut(p);
    }
    cut(end);
    return n;
}

// The per-import state of ZeekTsvImporter::read: the current header block and the scratch.
class ZeekTsvRead {
public:
    ZeekTsvRead(const ImportOptions &options, RecordSink &sink, ImportReport &report) : m_builder(options, sink, report)
    {}

    // Returns false to stop (strict mode hit a bad record, or the header is unusable).
    bool line(qint64 number, QByteArrayView text)
    {
        if (text.isEmpty())
            return true;
        if (text.front() == '#')
            return header(number, text);
        if (m_fieldCount == 0)
            return m_builder.reject(number, QStringLiteral("record before any #fields header line"));
        return record(number, text);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

private:
    bool header(qint64 number, QByteArrayView text)
    {
        if (text.startsWith("#separator ")) { // a new log begins
            QByteArray sep;
            const QByteArrayView value = unescape(text.sliced(11), sep);
            if (value.size() != 1)
                return m_builder.fail(number,
                                      QStringLiteral("unsupported #separator '%1' (one byte expected)")
                                          .arg(QString::fromUtf8(text.sliced(11))));
            m_sep = value[0];
            m_fieldCount = 0;
            return true;
        }
        const qsizetype cut = text.indexOf(m_sep);
        if (cut < 0)
            return true; // a comment, or a directive without a value: nothing we need
        const QByteArrayView name = text.first(cut);
        const QByteArrayView value = text.sliced(cut + 1);
        if (name == "#unset_field")
            m_unset = unescape(value, m_scratch[0]).toByteArray();
        else if (name == "#set_separator" && unescape(value, m_scratch[0]).size() == 1)
            m_setSep = unescape(value, m_scratch[0])[0];
        else if (name == "#empty_field")
            m_empty = unescape(value, m_scratch[0]).toByteArray();
        else if (name == "#fields")
            return fields(number, value);
        return true;
    }

    bool fields(qint64 number, QByteArrayView list)
    {
        static constexpr std::array<const char *, Count> names = {"ts",         "id.orig_h", "id.resp_h",  "query",
                                                                  "qtype_name", "qtype",     "rcode_name", "rcode",
                                                                  "id.orig_p",  "id.resp_p", "answers",    "TTLs"};
        m_column.fill(-1);
        int count = 0;
        for (QByteArrayView rest = list;; ++count) {
            const qsizetype cut = rest.indexOf(m_sep);
            const QByteArrayView name = cut < 0 ? rest : rest.first(cut);
            for (size_t c = 0; c < names.size(); ++c) {
                if (name == QByteArrayView(names[c]) && m_column[c] < 0)
                    m_column[c] = count;
            }
            if (cut < 0)
                break;
            rest = rest.sliced(cut + 1);
        }
        if (m_column[Ts] < 0) {
            m_fieldCount = 0;
            return m_builder.fail(number, QStringLiteral("#fields has no 'ts' column; is this a Zeek dns.log?"));
        }
        m_fieldCount = count + 1;
        m_values.resize(size_t(m_fieldCount));
        return true;
    }

    bool record(qint64 number, QByteArrayView text)
    {
        const qsizetype n = splitFields(text, m_sep, m_values);
        if (n != m_fieldCount)
            return m_builder.reject(number, QStringLiteral("%1 fields, #fields lists %2").arg(n).arg(m_fieldCount));
        LookupBuilder::Values v;
        v.ts = value(Ts);
        v.client = value(Client);
        v.server = value(Server);
        v.clientPort = value(ClientPort);
        v.serverPort = value(ServerPort);
        v.query = value(Query);
        v.qtype = value(QtypeName);
        if (v.qtype.isEmpty())
            v.qtype = value(Qtype);
        v.rcode = value(RcodeName);
        if (v.rcode.isEmpty())
            v.rcode = value(Rcode);
        m_answers.clear();
        forEachElement(Answers, [&](QByteArrayView element) { m_answers.addAnswer(element); });
        forEachElement(Ttls, [&](QByteArrayView element) { m_answers.addTtl(element); });
        v.answers = m_answers.answers(v.qtype);
        return m_builder.add(number, v);
    }

    // The elements of a set or vector column, split at #set_separator, each unescaped (Zeek
    // escapes a separator inside an element as \xHH).
    template<typename Fn>
    void forEachElement(Column c, Fn fn)
    {
        const int index = m_column[size_t(c)];
        if (index < 0)
            return;
        QByteArrayView v = m_values[size_t(index)];
        if (v.isEmpty() || v == m_unset || v == m_empty)
            return;
        for (;;) {
            const qsizetype cut = v.indexOf(m_setSep);
            fn(unescape(cut < 0 ? v : v.first(cut), m_element));
            if (cut < 0)
                break;
            v = v.sliced(cut + 1);
        }
    }

    QByteArrayView value(Column c)
    {
        const int index = m_column[size_t(c)];
        if (index < 0)
            return {};
        const QByteArrayView v = m_values[size_t(index)];
        if (v == m_unset || v == m_empty)
            return {};
        return unescape(v, m_scratch[size_t(c)]);
    }

    LookupBuilder m_builder;
    char m_sep = '\t';
    char m_setSep = ',';
    QByteArray m_unset = QByteArrayLiteral("-");
    QByteArray m_empty = QByteArrayLiteral("(empty)");
    int m_fieldCount = 0; // 0: no #fields line yet in this log
    std::array<int, Count> m_column{};
    std::vector<QByteArrayView> m_values;
    std::array<QByteArray, Count> m_scratch;
    QByteArray m_element;
    ZeekAnswers m_answers;
};

} // namespace

QString ZeekTsvImporter::description() const
{
    return QStringLiteral("Zeek dns.log (TSV with #fields header)");
}

bool ZeekTsvImporter::sniff(QByteArrayView head) const
{
    return head.startsWith("#separator ");
}

ImportReport ZeekTsvImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                   const ProgressFn &progress) const
{
    ImportReport report;
    ZeekTsvRead state(options, sink, report);
    feedLines(in, progress, report, state);
    return report;
}
