// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observation_builder.h"

#include "dns_names.h"

namespace {

QString excerpt(QByteArrayView v)
{
    return QString::fromUtf8(v.first(std::min<qsizetype>(64, v.size())));
}

} // namespace

ObservationBuilder::ObservationBuilder(const ImportOptions &options, RecordSink &sink, ImportReport &report)
    : m_options(options), m_sink(sink), m_report(report), m_rejects(report, options.strict, "line"),
      m_times(options.zone, options.epochUnit)
{}

bool ObservationBuilder::build(qint64 line, const Texts &t, RawObservation *o)
{
    DnsNames::normalizeQname(t.rrname, m_rrname);
    if (m_rrname.isEmpty())
        return refuse(line, QStringLiteral("no rrname"));
    o->rrname = m_rrname;
    DnsNames::normalizeQtype(t.rrtype, m_rrtype);
    o->rrtype = m_rrtype;
    DnsNames::normalizeQname(t.bailiwick, m_bailiwick);
    o->bailiwick = m_bailiwick;

    // Sensor times win; a record with only zone-file times is marked as such. A record with only
    // one of its two times was seen once.
    o->zoneTimes = t.timeFirst.isEmpty() && t.timeLast.isEmpty() && !(t.zoneFirst.isEmpty() && t.zoneLast.isEmpty());
    const QByteArrayView firstText = o->zoneTimes ? t.zoneFirst : t.timeFirst;
    const QByteArrayView lastText = o->zoneTimes ? t.zoneLast : t.timeLast;
    const QByteArrayView from = firstText.isEmpty() ? lastText : firstText;
    if (from.isEmpty())
        return refuse(line, QStringLiteral("no time_first/time_last or zone_time_first/zone_time_last"));
    const std::optional<qint64> first = m_times.parse(from);
    if (!first)
        return refuse(line, QStringLiteral("bad time_first '%1'").arg(excerpt(from)));
    const std::optional<qint64> last = lastText.isEmpty() ? first : m_times.parse(lastText);
    if (!last)
        return refuse(line, QStringLiteral("bad time_last '%1'").arg(excerpt(lastText)));
    if (*last < *first)
        return refuse(line, QStringLiteral("time_last is before time_first"));
    o->timeFirstUs = *first;
    o->timeLastUs = *last;

    o->count = -1;
    if (!t.count.isEmpty()) {
        bool ok = false;
        o->count = t.count.trimmed().toLongLong(&ok);
        if (!ok || o->count < 0)
            return refuse(line, QStringLiteral("bad count '%1'").arg(excerpt(t.count)));
    }
    return true;
}

void ObservationBuilder::add(const RawObservation &observation)
{
    m_sink.addObservation(observation);
    ++m_report.records;
}

bool ObservationBuilder::refuse(qint64 line, const QString &message)
{
    reject(line, message);
    return false;
}

bool ObservationBuilder::reject(qint64 line, const QString &message)
{
    return m_rejects.reject(line, message);
}
