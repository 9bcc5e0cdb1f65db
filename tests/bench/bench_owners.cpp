// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The owner fields' cost (issue 18): a store of N lookups (default 10 M over 70 days, 5,000
// client addresses in 50 networks; four lookups in five with answers: a CNAME to one of 8 CDN
// names and one or two of 64 addresses) with a 64-row address book, re-binned 1,000 bins at a
// time as the window does, split by client (the stored field: the peer in the same run) and by
// client_owner (derived from the book at query time), and by answer (the stored multi-valued
// field: the peer) and answer_owner (derived from the answers' addresses and CNAME targets).
// Prints the first view of each, the median of 51 re-bins after the first, and the first view
// after a change to the book, in ms, with the load average. --whole-minutes bins 100 minutes wide (1,008 bins, on the minute grid
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
    std::vector<QByteArray> cdn, addresses;
    for (int k = 0; k < 8; ++k)
        cdn.push_back("edge" + QByteArray::number(k) + ".cdn.example");
    for (int k = 0; k < 64; ++k)
        addresses.push_back("203.0.113." + QByteArray::number(k * 4));
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray client = clientOf(next() % 5000);
        const quint32 host = next() % 40;
        const QByteArray qname = "host" + QByteArray::number(host) + ".example.com";
        const quint32 pick = next();
        std::vector<RawAnswer> answers;
        if (pick % 5 != 0) {
            answers.push_back({"CNAME", cdn[host % 8], 300});
            answers.push_back({"A", addresses[(host + pick / 5 % 3) % 64], 60});
            if (pick % 5 == 1)
                answers.push_back({"A", addresses[(host * 7 + 1) % 64], 60});
        }
        sink->add(RawLookup{kT0 + i * step, client, qname, "A", "NOERROR", "192.0.2.53", 0, answers});
    }
    sink->commit(QStringLiteral("bench"), 0);
    QList<AddressBookEntry> book;
    for (int net = 0; net < 50; ++net)
        book.append({0, QStringLiteral("198.18.%1.0/24").arg(net), QStringLiteral("Owner %1").arg(net % 12), {}, {}});
    for (int host = 0; host < 10; ++host)
        book.append({0, QStringLiteral("198.18.%1.7").arg(host * 3), QStringLiteral("Resolver %1").arg(host), {}, {}});
    book.append({0, QStringLiteral("203.0.113.0/26"), QStringLiteral("Hosting A"), {}, {}});
    book.append({0, QStringLiteral("203.0.113.64/26"), QStringLiteral("Hosting B"), {}, {}});
    book.append({0, QStringLiteral("edge[0-3].cdn.example"), QStringLiteral("CDN low"), {}, {}});
    book.append({0, QStringLiteral("*.cdn.example"), QStringLiteral("CDN"), {}, {}});
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
    const qint64 rows = option(args, "--rows", QStringLiteral("10000000")).toLongLong();
    const QString dir = option(args, "--dir", QDir::tempPath());
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
        BinQuery byAnswer = q;
        byAnswer.split = LookupField::Answer;
        const auto [answerFirst, answerRebin] = firstAndRebins(byAnswer);
        BinQuery byAnswerOwner = q;
        byAnswerOwner.split = LookupField::AnswerOwner;
        const auto [answerOwnerFirst, answerOwnerRebin] = firstAndRebins(byAnswerOwner);
        store->addAddressEntry({0, QStringLiteral("198.18.49.0/25"), QStringLiteral("Changed"), {}, {}});
        const auto [changedFirst, changedRebin] = firstAndRebins(byOwner);
        const auto [answerChangedFirst, answerChangedRebin] = firstAndRebins(byAnswerOwner);
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
        printf("| split by answer: first view | %.0f |\n", answerFirst);
        printf("| split by answer: re-bin (median of 51) | %.3f |\n", answerRebin);
        printf("| split by answer_owner: first view | %.0f |\n", answerOwnerFirst);
        printf("| split by answer_owner: re-bin (median of 51) | %.3f |\n", answerOwnerRebin);
        printf("| answer_owner re-bin minus unsplit re-bin (target <= 100) | %.3f |\n", answerOwnerRebin - plainRebin);
        printf("| answer_owner re-bin minus answer re-bin | %.3f |\n", answerOwnerRebin - answerRebin);
        printf("| split by answer_owner after a book change: first view | %.0f |\n", answerChangedFirst);
        printf("| ... and re-bin (median of 51) | %.3f |\n", answerChangedRebin);
        (void)plainFirst;
        QFile::remove(path);
    } catch (const Failure &f) {
        fprintf(stderr, "bench_owners: %s\n", qPrintable(f.message()));
        return 1;
    }
    return 0;
}
