// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flat_cof_importer.h"

#include "flat_json_scanner.h"
#include "line_reader.h"
#include "observation_builder.h"

#include <array>

namespace {

using Kind = FlatJsonScanner::Kind;

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

int slotOf(QByteArrayView key)
{
    for (int i = 0; i < SlotCount; ++i) {
        if (key == QByteArrayView(kKeys[size_t(i)]))
            return i;
    }
    return -1;
}

QString excerpt(QByteArrayView v)
{
    return QString::fromUtf8(v.first(std::min<qsizetype>(64, v.size())));
}

// The per-import state of FlatCofImporter::read (the former CofRead).
class FlatCofRead {
public:
    FlatCofRead(const ImportOptions &options, RecordSink &sink, ImportReport &report) : m_builder(options, sink, report)
    {}

    // Returns false to stop (strict mode hit a bad record).
    bool line(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        if (!m_outer.scan(text))
            return reject(number, QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(m_outer.error())));
        const Slots outer = keyed(m_outer);
        if (const auto *obj = outer[Obj]) {
            if (obj->kind != Kind::Object || !m_record.scan(obj->raw))
                return reject(number, QStringLiteral("\"obj\" is not a JSON object"));
            return record(number, keyed(m_record));
        }
        if (const auto *cond = outer[Cond]) {
            if (cond->raw == QByteArrayView("failed"))
                return reject(number,
                              QStringLiteral("the export says its query failed: %1")
                                  .arg(outer[Msg] ? excerpt(outer[Msg]->raw) : QStringLiteral("no message")));
            return true; // begin, ongoing, succeeded, limited: framing
        }
        return record(number, outer);
    }

    bool reject(qint64 number, const QString &message) { return m_builder.reject(number, message); }

private:
    using Slots = std::array<const FlatJsonScanner::Member *, SlotCount>;

    static Slots keyed(const FlatJsonScanner &scanner)
    {
        Slots out{};
        for (const FlatJsonScanner::Member &m : scanner.members()) {
            const int slot = slotOf(m.key);
            if (slot >= 0 && m.kind != Kind::Null)
                out[size_t(slot)] = &m;
        }
        return out;
    }

    // A member's text: a string's decoded (into scratch if it has escapes), any other value as
    // written (so that a time of `true` is reported as bad, not as absent); empty if absent.
    static QByteArrayView text(const FlatJsonScanner::Member *m, QByteArray &scratch)
    {
        if (!m)
            return {};
        if (m->kind == Kind::True || m->kind == Kind::False) // the scanner keeps no text for literals
            return m->kind == Kind::True ? QByteArrayView("true") : QByteArrayView("false");
        if (m->kind != Kind::String)
            return m->raw;
        return m->escaped ? FlatJsonScanner::decodeString(m->raw, scratch) : m->raw;
    }

    bool record(qint64 number, const Slots &s)
    {
        ObservationBuilder::Texts t;
        t.rrname = s[RrName] && s[RrName]->kind == Kind::String ? text(s[RrName], m_scratch[RrName]) : QByteArrayView();
        t.rrtype = text(s[RrType], m_scratch[RrType]);
        t.bailiwick = text(s[Bailiwick], m_scratch[Bailiwick]);
        t.timeFirst = text(s[TimeFirst], m_scratch[TimeFirst]);
        t.timeLast = text(s[TimeLast], m_scratch[TimeLast]);
        t.zoneFirst = text(s[ZoneFirst], m_scratch[ZoneFirst]);
        t.zoneLast = text(s[ZoneLast], m_scratch[ZoneLast]);
        t.count = s[Count] && s[Count]->kind == Kind::Number ? s[Count]->raw : text(s[Count], m_scratch[Count]);
        RawObservation o;
        if (!m_builder.build(number, t, &o))
            return !m_builder.stopped();
        return addRdata(number, s[Rdata], o);
    }

    bool addRdata(qint64 number, const FlatJsonScanner::Member *rdata, RawObservation &o)
    {
        if (rdata && rdata->kind == Kind::String) {
            o.rdata = text(rdata, m_scratch[Rdata]);
            m_builder.add(o);
            return true;
        }
        if (!rdata || rdata->kind != Kind::Array || !m_rdata.scanArray(rdata->raw) || m_rdata.members().empty())
            return reject(number, QStringLiteral("no rdata (a string or an array of strings)"));
        for (const FlatJsonScanner::Member &m : m_rdata.members()) {
            if (m.kind != Kind::String)
                return reject(number, QStringLiteral("an rdata element is not a string"));
        }
        for (const FlatJsonScanner::Member &m : m_rdata.members()) {
            o.rdata = text(&m, m_scratch[Rdata]);
            m_builder.add(o);
        }
        return true;
    }

    ObservationBuilder m_builder;
    FlatJsonScanner m_outer, m_record, m_rdata;
    std::array<QByteArray, SlotCount> m_scratch;
};

} // namespace

ImportReport FlatCofImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                   const ProgressFn &progress) const
{
    ImportReport report;
    FlatCofRead state(options, sink, report);
    feedLines(in, progress, report, state);
    return report;
}
