// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_view_check: the SQLite store's views (ViewEngine: rollups, grids, blocks) against the
// engine they replaced (TimelineEngine over every column decoded into memory) on a large
// store, table for table: every bin width × five zones (UTC, New York and Moscow and Lord
// Howe across their DST changes, Kolkata's half hours) × every split, without and with a
// filter, ranked on the range and on the whole extent. tst_store_views does the same on a
// small store in CI; this is the check at scale (10 M lookups by default), run by hand and
// reported. Builds the store if missing: three datasets over 60 days from 2016-03-01, 2,000
// clients, 5,000 names, four types and rcodes, three servers (or none), 2 % mDNS.
// Usage: bench_view_check [--rows N] [--store PATH]   exit status 1 on any difference
#include "bench_child.h"
#include "bin_width.h"
#include "sqlite_store.h"
#include "store_columns.h"
#include "timeline_engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 kSecond = 1'000'000;
constexpr qint64 kDay = 86'400 * kSecond;

void buildStore(const QString &path, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    auto store = openStore(path, StoreOpenMode::Create);
    const qint64 start = QDateTime(QDate(2016, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    const qint64 span = 60 * kDay;
    const char *types[] = {"A", "AAAA", "MX", "TXT"};
    const char *rcodes[] = {"NOERROR", "NOERROR", "NXDOMAIN", "SERVFAIL"};
    const char *servers[] = {"", "8.8.8.8", "1.1.1.1", "192.168.1.1"};
    quint64 state = 88172645463325252ULL;
    const auto next = [&] {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return state;
    };
    for (int ds = 0; ds < 3; ++ds) {
        DatasetInfo meta;
        meta.name = QStringLiteral("set%1").arg(ds);
        auto sink = store->beginImport(meta);
        const qint64 n = rows * (5 - 2 * ds) / 9; // 5/9, 3/9, 1/9 of the rows
        for (qint64 i = 0; i < n; ++i) {
            const quint64 r = next();
            const qint64 ts = start + ds * 3 * kDay + i * ((span - 6 * kDay) / n) + qint64(r % 997'331);
            const quint64 c = (r >> 10) % 2000, q = (r >> 21) % 5000;
            const QByteArray client = "10." + QByteArray::number(c / 250) + ".0." + QByteArray::number(c % 250);
            const QByteArray qname =
                "h" + QByteArray::number(q * q % 5000) + ".zone" + QByteArray::number(q % 7) + ".example.com";
            sink->add(RawLookup{ts, client, qname, types[(r >> 40) % 4], rcodes[(r >> 44) % 4], servers[(r >> 48) % 4],
                                quint8((r >> 52) % 50 == 0 ? LookupFlags::kMdns : 0)});
        }
        sink->commit(QStringLiteral("check-%1-%2").arg(rows).arg(ds), 0);
    }
    std::printf("built %lld lookups in %.1f s\n", static_cast<long long>(rows), double(timer.elapsed()) / 1000);
}

bool sameTable(const BinTable &a, const BinTable &b)
{
    if (a.edges != b.edges || !(a.width == b.width) || a.series.size() != b.series.size())
        return false;
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        const BinSeries &x = a.series[i], &y = b.series[i];
        if (x.name != y.name || x.isOther != y.isOther || x.counts != y.counts || x.total != y.total)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = option(args, "--rows", QStringLiteral("10000000")).toLongLong();
    const QString path = option(args, "--store", QStringLiteral("/tmp/dnstl_view_check_%1.dnstl").arg(rows));
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average at the start: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    if (!QFileInfo::exists(path))
        buildStore(path, rows);
    SqliteStore store(path, StoreOpenMode::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const TimelineEngine::Input all = store_columns::decodeAll(path); // the old engine's memory
    std::printf("decoded every column of %lld datasets in %.1f s (the old engine's memory)\n",
                static_cast<long long>(all.datasets.size()), double(timer.elapsed()) / 1000);
    const TimeRange extent = store.extent({});
    const QList<QTimeZone> zones = {QTimeZone::utc(), QTimeZone("America/New_York"), QTimeZone("Europe/Moscow"),
                                    QTimeZone("Asia/Kolkata"), QTimeZone("Australia/Lord_Howe")};
    const QList<std::optional<LookupField>> splits = {std::nullopt,        LookupField::Dataset, LookupField::Client,
                                                      LookupField::Qname,  LookupField::Qtype,   LookupField::Rcode,
                                                      LookupField::Server, LookupField::Proto};
    // New York's spring DST change and the week around it: bins under an hour see it too.
    const qint64 dst = QDateTime(QDate(2016, 3, 13), QTime(7, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    qint64 compared = 0, differing = 0;
    double newMs = 0, oldMs = 0;
    TimelineEngine engine;
    for (const std::optional<LookupField> &split : splits) {
        for (int variant = 0; variant < 4; ++variant) {
            for (const QTimeZone &zone : zones) {
                for (const BinWidth &width : BinWidth::niceWidths()) {
                    BinQuery q;
                    q.zone = zone;
                    q.width = width;
                    q.split = split;
                    if (variant & 1)
                        q.filters = {{LookupField::Qname, QStringLiteral("*.zone3.*")}};
                    if (variant & 2)
                        q.rankRange = extent;
                    const qint64 longest = 4'000 * width.nominalUs();
                    if (extent.length() > longest) {
                        const qint64 from = std::max(extent.fromUs, dst - longest / 2);
                        q.range = TimeRange{from + 123'457, std::min(extent.toUs, from + longest)};
                    }
                    QElapsedTimer t;
                    t.start();
                    const BinTable got = store.bins(q);
                    newMs += double(t.nsecsElapsed()) / 1e6;
                    t.restart();
                    const BinTable expected = engine.bin(q, all);
                    oldMs += double(t.nsecsElapsed()) / 1e6;
                    ++compared;
                    if (!sameTable(got, expected)) {
                        ++differing;
                        if (differing <= 10)
                            std::printf("DIFFERENT: zone %s width %s split %s variant %d\n", zone.id().constData(),
                                        qPrintable(width.name()), split ? qPrintable(lookupFieldName(*split)) : "none",
                                        variant);
                    }
                }
            }
        }
        std::printf("  split %-7s: %lld tables compared so far, %lld different\n",
                    split ? qPrintable(lookupFieldName(*split)) : "none", static_cast<long long>(compared),
                    static_cast<long long>(differing));
        std::fflush(stdout);
    }
    std::printf("%lld lookups: %lld tables compared (16 widths x 5 zones x 8 splits x filter/none x ranked on "
                "range/extent), %lld different\n",
                static_cast<long long>(rows), static_cast<long long>(compared), static_cast<long long>(differing));
    std::printf("time in the store's engine %.1f s, in the in-memory engine %.1f s\n", newMs / 1000, oldMs / 1000);
    if (getloadavg(load, 3) == 3)
        std::printf("load average at the end: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    return differing == 0 ? 0 : 1;
}
