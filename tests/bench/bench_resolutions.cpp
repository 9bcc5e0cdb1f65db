// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The resolution history's cost (issue 18): a SQLite store of N lookups (default 6 M over 60
// days) where one name, mail.example.com, has 5 of every 6 (its two A records move every 10
// days, TTLs counting down; SERVFAIL, then NXDOMAIN in the last 6 days) and the rest go to 100
// other names. Times `stats resolutions --where qname=mail.example.com` as ResolutionHistory
// computes it (the store's aggregate, AggregateQueries::answerGroups) against the path it
// replaced (the peer, kept here: every matching record read through LookupViews::records in
// pages of 20,000), checks that both give the same rows, and prints the medians of 3 runs of
// each, their ratio and the load average.
// Usage: bench_resolutions [--rows N] [--dir DIR]
#include "bench_child.h"
#include "failure.h"
#include "lookup_store.h"
#include "resolution_history.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr qint64 kDay = 86'400'000'000LL;
constexpr qint64 kT0 = 1'477'785'600'000'000LL; // 2016-10-30T00:00Z
constexpr qint64 kDays = 60;

void fill(LookupStore &store, qint64 rows)
{
    DatasetInfo meta;
    meta.name = QStringLiteral("bench");
    auto sink = store.beginImport(meta);
    const qint64 step = kDays * kDay / rows;
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 ts = kT0 + i * step;
        const qint64 day = (ts - kT0) / kDay;
        const qint64 ttl = 300 - i % 300;
        RawLookup lookup{ts, "10.1.0." + QByteArray::number(i % 200), "", "A", "NOERROR", "192.0.2.53"};
        QByteArray qname = "mail.example.com";
        std::vector<QByteArray> rdata;
        if (i % 6 == 5) {
            qname = "host" + QByteArray::number(i % 100) + ".example.com";
            rdata = {"198.51.100." + QByteArray::number(i % 100)};
        } else if (day < kDays - 6) {
            rdata = {"192.0.2." + QByteArray::number(day / 10 * 2), "192.0.2." + QByteArray::number(day / 10 * 2 + 1)};
        } else {
            lookup.rcode = day < kDays - 3 ? "SERVFAIL" : "NXDOMAIN";
        }
        lookup.qname = qname;
        std::vector<RawAnswer> answers;
        for (const QByteArray &r : rdata)
            answers.push_back({"A", r, ttl});
        lookup.answers = answers;
        sink->add(lookup);
    }
    sink->commit(QStringLiteral("bench"), 0);
}

// The peer: ResolutionHistory::compute as it was before the store's aggregate, reading every
// matching record (names by rowid, answers from their blocks) a page at a time.
ResolutionHistory::Result historyFromRecords(LookupViews &views, const BinQuery &view)
{
    RecordQuery query;
    query.datasets = view.datasets;
    query.range = view.range.value_or(views.extent(view.datasets));
    query.filters = view.filters;
    ResolutionHistory::Result result;
    QHash<QString, qsizetype> index;
    const auto add = [&](const LookupRecord &r, const QString &type, const QString &answer, const QString &rcode) {
        const QString key = r.qname + QChar(0x1f) + type + QChar(0x1f) + answer + QChar(0x1f) + rcode;
        auto found = index.constFind(key);
        if (found == index.constEnd()) {
            found = index.insert(key, result.rows.size());
            result.rows.append({r.qname, type, answer, rcode, r.tsUs, r.tsUs});
        }
        ResolutionHistory::Row &row = result.rows[*found];
        row.firstUs = std::min(row.firstUs, r.tsUs);
        row.lastUs = std::max(row.lastUs, r.tsUs);
        ++row.lookups;
        if (ResolutionHistory::isError(r.rcode)) {
            ++row.errorLookups;
            if (row.errorTimesUs.size() < ResolutionHistory::kMaxErrorTimes)
                row.errorTimesUs.append(r.tsUs);
        }
    };
    for (qint64 offset = 0;;) {
        const RecordPage page = views.records(query, offset, 20'000);
        for (const LookupRecord &r : page.records) {
            if (r.answers.isEmpty())
                add(r, {}, {}, r.rcode);
            for (const LookupAnswer &a : r.answers)
                add(r, a.type, a.rdata, {});
        }
        offset += page.records.size();
        result.lookups = offset;
        if (page.records.isEmpty() || offset >= page.total)
            break;
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.name, a.firstUs, a.type, a.answer, a.rcode) <
            std::tie(b.name, b.firstUs, b.type, b.answer, b.rcode);
    });
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 rows = option(args, "--rows", QStringLiteral("6000000")).toLongLong();
    const QString path = option(args, "--dir", QDir::tempPath()) + QStringLiteral("/bench_resolutions.dnstl");
    try {
        QFile::remove(path);
        QElapsedTimer t;
        t.start();
        {
            auto store = openStore(path, StoreOpenMode::Create);
            fill(*store, rows);
        }
        printf("store of %lld lookups written in %.1f s (load %.2f)\n", rows, double(t.elapsed()) / 1000,
               loadAverage());
        auto store = openStore(path, StoreOpenMode::ReadOnly);
        BinQuery view;
        view.filters = {{LookupField::Qname, QStringLiteral("mail.example.com")}};
        std::vector<double> aggregate, records;
        ResolutionHistory::Result fromAggregate, fromRecords;
        for (int run = 0; run < 3; ++run) {
            t.restart();
            fromAggregate = *ResolutionHistory::compute(*store, view);
            aggregate.push_back(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            fromRecords = historyFromRecords(*store, view);
            records.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        if (fromAggregate.rows != fromRecords.rows || fromAggregate.lookups != fromRecords.lookups)
            qFatal("the aggregate and the records give different histories");
        const double a = median(aggregate), r = median(records);
        printf("\n| resolutions of mail.example.com (%lld of %lld lookups, %lld rows, load %.2f) | ms (median of 3) "
               "|\n|---|---|\n",
               fromAggregate.lookups, rows, qint64(fromAggregate.rows.size()), loadAverage());
        printf("| the store's aggregate (answerGroups) | %.0f |\n", a);
        printf("| every record through records() (the peer) | %.0f |\n", r);
        printf("| ratio (peer / aggregate) | %.1f |\n", r / a);
        QFile::remove(path);
    } catch (const Failure &f) {
        fprintf(stderr, "bench_resolutions: %s\n", qPrintable(f.message()));
        return 1;
    }
    return 0;
}
