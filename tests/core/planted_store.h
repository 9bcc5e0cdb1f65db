// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The store the SQLite store's engines are held to their in-memory counterparts on
// (tst_store_views, tst_store_analyses): the random lookups of tst_timeline_engine (three
// datasets over a year, crowded on bin edges and DST changes, some mDNS) and a fourth dataset
// of 140,000 lookups in three blocks whose first day has a new query name per lookup, so that
// its rollup of names is left out and read from the lookups instead. Three lookups in four
// have answers (answersOf), several values each.
#pragma once

#include "sqlite_store.h"
#include "timeline_test_support.h"

#include <QRandomGenerator>

namespace planted_store {

using namespace timeline_test;

// Filters that the rollups serve and do not: on one field, two, the answers, proto.
inline const QList<QList<FieldFilter>> kFilterSets = {
    {},
    {{LookupField::Qname, QStringLiteral("*.example.*")}},
    {{LookupField::Client, QStringLiteral("10.0.0.1?")}},
    {{LookupField::Qname, QStringLiteral("*trump*")}, {LookupField::Rcode, QStringLiteral("NOERROR")}},
    {{LookupField::Proto, QStringLiteral("mdns")}},
    {{LookupField::Rcode, QStringLiteral("N*")}, {LookupField::Rcode, QStringLiteral("*R")}},
    {{LookupField::Answer, QStringLiteral("192.0.2.[1-4]")}},
    {{LookupField::Answer, QStringLiteral("cdn*")}, {LookupField::Qtype, QStringLiteral("A")}},
};

// The answers of the n-th lookup imported: none for one in four, else one to four records whose
// values repeat across lookups (a CNAME chain, an address given twice, two addresses), so that a
// split by answer counts a lookup under several series, and in "other" once.
inline std::vector<RawAnswer> answersOf(int n)
{
    static const QByteArrayView addresses[] = {"192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5",
                                               "192.0.2.6", "192.0.2.7", "192.0.2.8", "192.0.2.9"};
    static const QByteArrayView targets[] = {"cdn1.example.net", "cdn2.example.net"};
    const auto a = [&](int k) { return RawAnswer{"A", addresses[k % 9], 60}; };
    switch (n % 4) {
    case 1:
        return {a(n / 4)};
    case 2:
        return {RawAnswer{"CNAME", targets[(n / 4) % 2], 300}, a(n / 8), a(n / 8)};
    case 3:
        return {a(n), a(n + 3), RawAnswer{"CNAME", targets[n % 2], 300}, a(n + 5)};
    default:
        return {};
    }
}

// Writes the store at path from the fixture's lookups; returns the dense day of the fourth
// dataset (days since the epoch, UTC).
inline qint64 write(const QString &path, const RandomLookupsFixture &f)
{
    SqliteStore store(path, StoreOpenMode::Create);
    const auto text = [&](quint32 id) { return id == 0 ? QByteArray() : f.m_input.names->at(id).toUtf8(); };
    int n = 0;
    for (qint64 ds : {101, 202, 303}) {
        DatasetInfo meta;
        meta.name = f.m_input.datasetNames.value(ds);
        auto sink = store.beginImport(meta);
        for (const Lookup &r : f.m_rows) {
            if (r.datasetId != ds)
                continue;
            const QByteArray c = text(r.names[0]), q = text(r.names[1]), t = text(r.names[2]), rc = text(r.names[3]),
                             s = text(r.names[4]);
            const std::vector<RawAnswer> answers = answersOf(n);
            sink->add(RawLookup{r.ts, c, q, t, rc, s, quint8(++n % 19 == 0 ? LookupFlags::kMdns : 0), answers});
        }
        sink->commit(QStringLiteral("sha-%1").arg(ds), 0);
    }
    // 140,000 lookups over two days from a burst: the first day a new name each.
    DatasetInfo meta;
    meta.name = QStringLiteral("delta");
    auto sink = store.beginImport(meta);
    const qint64 start = f.m_bursts[2] - 3 * kHour + 417'321;
    const qint64 denseDay = floorDiv(start, kDay);
    QRandomGenerator rng(17);
    for (int i = 0; i < 140'000; ++i) {
        const qint64 ts = start + qint64(i) * (2 * kDay / 140'000) + randomBelow(rng, 1000);
        const bool firstDay = floorDiv(ts, kDay) == denseDay;
        const QByteArray qname =
            firstDay ? "n" + QByteArray::number(i) + ".dense.test" : QByteArrayLiteral("a.example.com");
        const std::vector<RawAnswer> answers = answersOf(i);
        sink->add(RawLookup{ts, "10.0.0." + QByteArray::number(i % 7), qname, i % 3 ? "A" : "AAAA",
                            i % 5 ? "NOERROR" : "NXDOMAIN", "8.8.8.8", quint8(i % 11 == 0 ? LookupFlags::kMdns : 0),
                            answers});
    }
    sink->commit(QStringLiteral("sha-delta"), 0);
    return denseDay;
}

} // namespace planted_store
