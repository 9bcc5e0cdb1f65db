// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The owner fields' cost (issue 18): a store of N lookups (default 10 M over 70 days, 5,000
// client addresses in 50 networks) with a 60-row address book, re-binned 1,000 bins at a time
// as the window does, split by client (the stored field: the peer in the same run) and by
// client_owner (derived from the book at query time). Prints the first view of each, the
// median of 51 re-bins after the first, and the first view after a change to the book, in ms,
// with the load average. --whole-minutes bins 100 minutes wide (1,008 bins, on the minute grid
// that the window's widths of a minute or more use) instead of the span / 1,000 (100.8 minutes,
// which the SQLite store counts from its lookups at every re-bin).
// Usage: bench_owners [--rows N] [--dir DIR] [--whole-minutes]
#include "bench_child.h"
#include "failure.h"
#include "lookup_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr qint64 kT0 = 1'462'060'800'000'000LL; // 2016-05-01T00:00Z
constexpr qint64 kSpanUs = 70LL * 24 * 3'600'000'000LL;

QByteArray clientOf(quint32 n)
{
    // 50 /24 networks of 100 hosts each.
    return "198.18." + QByteArray::number(n / 100) + '.' + QByteArray::number(n % 100 + 1);
}

void fill(LookupStore &store, qint64 rows)
{
    DatasetInfo meta;
    meta.name = QStringLiteral("bench");
    auto sink = store.beginImport(meta);
    quint64 state = 42;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    const qint64 step = kSpanUs / rows;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray client = clientOf(next() % 5000);
        const QByteArray qname = "host" + QByteArray::number(next() % 40) + ".example.com";
        sink->add(RawLookup{kT0 + i * step, client, qname, "A", "NOERROR", "192.0.2.53"});
    }
    sink->commit(QStringLiteral("bench"), 0);
    QList<AddressBookEntry> book;
    for (int net = 0; net < 50; ++net)
        book.append({0, QStringLiteral("198.18.%1.0/24").arg(net), QStringLiteral("Owner %1").arg(net % 12), {}, {}});
    for (int host = 0; host < 10; ++host)
        book.append({0, QStringLiteral("198.18.%1.7").arg(host * 3), QStringLiteral("Resolver %1").arg(host), {}, {}});
    store.importAddressBook(book, true);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 rows = option("--rows", QStringLiteral("10000000")).toLongLong();
    const QString dir = option("--dir", QDir::tempPath());
    const QString path = dir + QStringLiteral("/bench_owners.dnstl");
    try {
        QFile::remove(path);
        QElapsedTimer t;
        t.start();
        {
            auto store = openStore(path, StoreOpenMode::Create);
            fill(*store, rows);
        }
        printf("store of %lld lookups written in %.1f s (load %.2f)\n", rows, ms(t) / 1000, loadAverage());
        auto store = openStore(path, StoreOpenMode::ReadWrite);
        BinQuery q;
        q.range = TimeRange{kT0, kT0 + kSpanUs};
        const bool wholeMinutes = args.contains(QStringLiteral("--whole-minutes"));
        q.width = BinWidth::fixed(wholeMinutes ? 100 * 60'000'000LL : kSpanUs / 1000);
        q.rankRange = q.range;
        const auto firstAndRebins = [&](const BinQuery &query) {
            QElapsedTimer first;
            first.start();
            store->bins(query);
            const double firstMs = ms(first);
            std::vector<double> times;
            for (int i = 0; i < 51; ++i) {
                QElapsedTimer r;
                r.start();
                const BinTable table = store->bins(query);
                times.push_back(ms(r));
                if (table.binCount() < 1000)
                    qFatal("expected 1,000 bins, got %lld", qint64(table.binCount()));
            }
            return std::pair{firstMs, median(times)};
        };
        const auto [plainFirst, plainRebin] = firstAndRebins(q);
        BinQuery byClient = q;
        byClient.split = LookupField::Client;
        const auto [clientFirst, clientRebin] = firstAndRebins(byClient);
        BinQuery byOwner = q;
        byOwner.split = LookupField::ClientOwner;
        const auto [ownerFirst, ownerRebin] = firstAndRebins(byOwner);
        store->addAddressEntry({0, QStringLiteral("198.18.49.0/25"), QStringLiteral("Changed"), {}, {}});
        const auto [changedFirst, changedRebin] = firstAndRebins(byOwner);
        printf("\n| figure (%lld lookups, %s, load %.2f) | ms |\n|---|---|\n", rows,
               wholeMinutes ? "100-minute bins" : "bins of span / 1,000", loadAverage());
        printf("| re-bin 1,000 bins, no split (median of 51) | %.3f |\n", plainRebin);
        printf("| split by client: first view | %.0f |\n", clientFirst);
        printf("| split by client: re-bin (median of 51) | %.3f |\n", clientRebin);
        printf("| split by client_owner: first view | %.0f |\n", ownerFirst);
        printf("| split by client_owner: re-bin (median of 51) | %.3f |\n", ownerRebin);
        printf("| client_owner re-bin minus unsplit re-bin (target <= 100) | %.3f |\n", ownerRebin - plainRebin);
        printf("| split by client_owner after a book change: first view | %.0f |\n", changedFirst);
        printf("| ... and re-bin (median of 51) | %.3f |\n", changedRebin);
        (void)plainFirst;
        QFile::remove(path);
    } catch (const Failure &f) {
        fprintf(stderr, "bench_owners: %s\n", qPrintable(f.message()));
        return 1;
    }
    return 0;
}
