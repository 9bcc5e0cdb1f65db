// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passive_dns_importer.h"

#include "json_document_parser.h"
#include "line_reader.h"
#include "observation_builder.h"

#include <array>

namespace {

using Element = simdjson::dom::element;
using Object = simdjson::dom::object;

static_assert(LineReader::kPadding >= JsonDocumentParser::kPadding, "simdjson reads lines in place");

enum Slot {
    RrName,
    RrType,
    Rdata,
    Bailiwick,
    TimeFirst,
    TimeLast,
    ZoneFirst,
    ZoneLast,
    Count,
    Cond,
    Obj,
    Msg,
    SlotCount
};

constexpr std::array<const char *, SlotCount> kKeys = {
    "rrname",          "rrtype",         "rdata", "bailiwick", "time_first", "time_last",
    "zone_time_first", "zone_time_last", "count", "cond",      "obj",        "msg"};

int slotOf(std::string_view key)
{
    for (int i = 0; i < SlotCount; ++i) {
        if (key == kKeys[size_t(i)])
            return i;
    }
    return -1;
}

QString excerpt(QByteArrayView v)
{
    return QString::fromUtf8(v.first(std::min<qsizetype>(64, v.size())));
}

// The per-import state of PassiveDnsImporter::read.
class CofRead {
public:
    CofRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_parser(kMaxDepth)
    {}

    // Returns false to stop (strict mode hit a bad record). text is a LineReader line, so the
    // padding simdjson reads past its end is there and the line is parsed where it is.
    bool line(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        const std::optional<Object> outerObject = m_parser.parseObjectInPlace(text);
        if (!outerObject)
            return reject(number, m_parser.error());
        const Slots outer = keyed(*outerObject);
        if (outer[Obj]) {
            Object record;
            if (outer[Obj]->get_object().get(record))
                return reject(number, QStringLiteral("\"obj\" is not a JSON object"));
            return this->record(number, keyed(record));
        }
        if (outer[Cond]) {
            if (JsonDocumentParser::text(*outer[Cond]) == QByteArrayView("failed"))
                return reject(
                    number,
                    QStringLiteral("the export says its query failed: %1")
                        .arg(outer[Msg] ? excerpt(valueText(*outer[Msg], Msg)) : QStringLiteral("no message")));
            return true; // begin, ongoing, succeeded, limited: framing
        }
        return record(number, outer);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

private:
    using Slots = std::array<std::optional<Element>, SlotCount>;

    // The members this importer reads, by slot: the last one of a name that is not null wins
    // (null counts as absent), as it did with the flat scanner.
    static Slots keyed(Object object)
    {
        Slots out{};
        for (auto [key, value] : object) {
            const int slot = slotOf(key);
            if (slot >= 0 && !value.is_null())
                out[size_t(slot)] = value;
        }
        return out;
    }

    // A member's text: a string's (escapes decoded), a number's digits, any other value as
    // JSON text (so that a time of `true` is reported as bad, not as absent); empty if absent.
    // A number with a fraction or exponent keeps its JSON form for the count (3.0 is no count).
    QByteArrayView valueText(Element value, Slot slot)
    {
        if (value.is_string())
            return JsonDocumentParser::text(value);
        if (value.is_int64() || value.is_uint64() || (value.is_double() && slot != Count))
            return JsonDocumentParser::numberText(value, m_numbers[size_t(slot)]);
        m_scratch[size_t(slot)] = QByteArray::fromStdString(simdjson::minify(value));
        return m_scratch[size_t(slot)];
    }
    QByteArrayView textOf(const Slots &s, Slot slot)
    {
        return s[size_t(slot)] ? valueText(*s[size_t(slot)], slot) : QByteArrayView();
    }

    bool record(qint64 number, const Slots &s)
    {
        ObservationBuilder::Texts t;
        t.rrname = s[RrName] && s[RrName]->is_string() ? JsonDocumentParser::text(*s[RrName]) : QByteArrayView();
        t.rrtype = textOf(s, RrType);
        t.bailiwick = textOf(s, Bailiwick);
        t.timeFirst = textOf(s, TimeFirst);
        t.timeLast = textOf(s, TimeLast);
        t.zoneFirst = textOf(s, ZoneFirst);
        t.zoneLast = textOf(s, ZoneLast);
        t.count = textOf(s, Count);
        RawObservation o;
        if (!m_builder.build(number, t, &o))
            return !m_builder.stopped();
        return addRdata(number, s[Rdata], o);
    }

    bool addRdata(qint64 number, const std::optional<Element> &rdata, RawObservation &o)
    {
        if (rdata && rdata->is_string()) {
            o.rdata = JsonDocumentParser::text(*rdata);
            m_builder.add(o);
            return true;
        }
        simdjson::dom::array elements;
        if (!rdata || rdata->get_array().get(elements) || elements.size() == 0)
            return reject(number, QStringLiteral("no rdata (a string or an array of strings)"));
        for (Element e : elements) {
            if (!e.is_string())
                return reject(number, QStringLiteral("an rdata element is not a string"));
        }
        for (Element e : elements) {
            o.rdata = JsonDocumentParser::text(e);
            m_builder.add(o);
        }
        return true;
    }

    static constexpr size_t kMaxDepth = 64; // as the flat scanner had it
    ObservationBuilder m_builder;
    JsonDocumentParser m_parser; // one simdjson parser for the whole import
    std::array<std::array<char, 32>, SlotCount> m_numbers;
    std::array<QByteArray, SlotCount> m_scratch;
};

} // namespace

QString PassiveDnsImporter::description() const
{
    return QStringLiteral("passive DNS, Common Output Format JSON lines (also Farsight's framing)");
}

bool PassiveDnsImporter::sniff(QByteArrayView head) const
{
    // The first non-blank line: a COF record (an rrname and a time, bare or in "obj") or
    // Farsight's "cond" framing. Zeek's JSON has neither rrname nor cond; binary is not text.
    if (head.contains('\0'))
        return false;
    while (!head.isEmpty()) {
        const qsizetype eol = head.indexOf('\n');
        const QByteArrayView line = (eol < 0 ? head : head.first(eol)).trimmed();
        head = eol < 0 ? QByteArrayView() : head.sliced(eol + 1);
        if (line.isEmpty())
            continue;
        const bool record = line.contains("\"rrname\"") &&
            (line.contains("\"time_first\"") || line.contains("\"time_last\"") ||
             line.contains("\"zone_time_first\"") || line.contains("\"zone_time_last\""));
        return line.startsWith('{') && (record || line.contains("\"cond\""));
    }
    return false;
}

ImportReport PassiveDnsImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress) const
{
    ImportReport report;
    CofRead state(options, sink, report);
    feedLines(in, progress, report, state);
    return report;
}
