// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passive_dns_importer.h"

#include "dns_names.h"
#include "flat_json_scanner.h"
#include "line_reader.h"
#include "timestamp_parser.h"

#include <array>

namespace {

using Kind = FlatJsonScanner::Kind;

enum Slot { RrName, RrType, Rdata, Bailiwick, TimeFirst, TimeLast, ZoneFirst, ZoneLast, Count, Cond, Obj, Msg, SlotCount };

constexpr std::array<const char *, SlotCount> kKeys = {"rrname",          "rrtype",         "rdata", "bailiwick",
                                                       "time_first",      "time_last",      "zone_time_first",
                                                       "zone_time_last",  "count",          "cond",  "obj", "msg"};

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

// The per-import state of PassiveDnsImporter::read.
class CofRead {
public:
    CofRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_options(options), m_sink(sink), m_report(report), m_times(options.zone, options.epochUnit) {}

    // Returns false to stop (strict mode hit a bad record).
    bool line(qint64 number, QByteArrayView text)
    {
        if (text.trimmed().isEmpty())
            return true;
        if (!m_outer.scan(text))
            return reject(number, QStringLiteral("invalid JSON: %1").arg(QString::fromUtf8(m_outer.error())));
        const std::array<const FlatJsonScanner::Member *, SlotCount> outer = keyed(m_outer);
        if (const auto *obj = outer[Obj]) {
            if (obj->kind != Kind::Object || !m_record.scan(obj->raw))
                return reject(number, QStringLiteral("\"obj\" is not a JSON object"));
            return record(number, keyed(m_record));
        }
        if (const auto *cond = outer[Cond]) {
            if (cond->raw == QByteArrayView("failed"))
                return reject(number, QStringLiteral("the export says its query failed: %1")
                                          .arg(outer[Msg] ? excerpt(outer[Msg]->raw) : QStringLiteral("no message")));
            return true; // begin, ongoing, succeeded, limited: framing
        }
        return record(number, outer);
    }

    bool reject(qint64 number, const QString &message)
    {
        ++m_report.rejected;
        if (m_report.firstIssues.size() < ImportReport::kMaxIssues)
            m_report.firstIssues.append({number, message});
        if (!m_options.strict)
            return true;
        m_report.error = QStringLiteral("line %1: %2 (--strict)").arg(number).arg(message);
        return false;
    }

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

    // The text of a string member (decoded into scratch if it has escapes); empty if absent.
    static QByteArrayView text(const FlatJsonScanner::Member *m, QByteArray &scratch)
    {
        if (!m || m->kind != Kind::String)
            return {};
        return m->escaped ? FlatJsonScanner::decodeString(m->raw, scratch) : m->raw;
    }

    // A time member (number or string) in µs; nullopt if absent or unreadable (*bad: present).
    std::optional<qint64> time(const FlatJsonScanner::Member *m, bool *bad)
    {
        *bad = false;
        if (!m)
            return std::nullopt;
        const QByteArrayView raw = m->kind == Kind::Number ? m->raw : text(m, m_scratchTime);
        const std::optional<qint64> us = m->kind == Kind::Number || m->kind == Kind::String ? m_times.parse(raw) : std::nullopt;
        *bad = !us;
        return us;
    }

    bool record(qint64 number, const Slots &s)
    {
        RawObservation o;
        DnsNames::normalizeQname(text(s[RrName], m_scratch[0]), m_rrname);
        if (m_rrname.isEmpty())
            return reject(number, QStringLiteral("no rrname"));
        o.rrname = m_rrname;
        DnsNames::normalizeQtype(text(s[RrType], m_scratch[1]), m_rrtype);
        o.rrtype = m_rrtype;
        DnsNames::normalizeQname(text(s[Bailiwick], m_scratch[2]), m_bailiwick);
        o.bailiwick = m_bailiwick;

        o.zoneTimes = !s[TimeFirst] && !s[TimeLast] && (s[ZoneFirst] || s[ZoneLast]);
        const auto *firstKey = o.zoneTimes ? s[ZoneFirst] : s[TimeFirst];
        const auto *lastKey = o.zoneTimes ? s[ZoneLast] : s[TimeLast];
        bool bad = false;
        const std::optional<qint64> first = time(firstKey ? firstKey : lastKey, &bad);
        if (!first)
            return reject(number, bad ? QStringLiteral("bad time_first '%1'").arg(excerpt((firstKey ? firstKey : lastKey)->raw))
                                      : QStringLiteral("no time_first/time_last or zone_time_first/zone_time_last"));
        const std::optional<qint64> last = lastKey ? time(lastKey, &bad) : first;
        if (!last)
            return reject(number, QStringLiteral("bad time_last '%1'").arg(excerpt(lastKey->raw)));
        if (*last < *first)
            return reject(number, QStringLiteral("time_last is before time_first"));
        o.timeFirstUs = *first;
        o.timeLastUs = *last;

        if (const auto *count = s[Count]) {
            bool ok = count->kind == Kind::Number;
            o.count = ok ? count->raw.toLongLong(&ok) : -1;
            if (!ok || o.count < 0)
                return reject(number, QStringLiteral("bad count '%1'").arg(excerpt(count->raw)));
        }
        return addRdata(number, s[Rdata], o);
    }

    bool addRdata(qint64 number, const FlatJsonScanner::Member *rdata, RawObservation &o)
    {
        if (rdata && rdata->kind == Kind::String) {
            o.rdata = text(rdata, m_scratch[3]);
            return add(o);
        }
        if (!rdata || rdata->kind != Kind::Array || !m_rdata.scanArray(rdata->raw) || m_rdata.members().empty())
            return reject(number, QStringLiteral("no rdata (a string or an array of strings)"));
        for (const FlatJsonScanner::Member &m : m_rdata.members()) {
            if (m.kind != Kind::String)
                return reject(number, QStringLiteral("an rdata element is not a string"));
        }
        for (const FlatJsonScanner::Member &m : m_rdata.members()) {
            o.rdata = text(&m, m_scratch[3]);
            add(o);
        }
        return true;
    }

    bool add(const RawObservation &o)
    {
        m_sink.addObservation(o);
        ++m_report.records;
        return true;
    }

    const ImportOptions &m_options;
    RecordSink &m_sink;
    ImportReport &m_report;
    TimestampParser m_times;
    FlatJsonScanner m_outer, m_record, m_rdata;
    std::array<QByteArray, 4> m_scratch;
    QByteArray m_scratchTime, m_rrname, m_rrtype, m_bailiwick;
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
        const bool record = line.contains("\"rrname\"") && (line.contains("\"time_first\"") || line.contains("\"time_last\"")
                                                            || line.contains("\"zone_time_first\"")
                                                            || line.contains("\"zone_time_last\""));
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
