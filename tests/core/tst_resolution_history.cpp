// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ResolutionHistory over a SQLite store of planted lookups (several names whose answers change
// over time, a mail host that returns errors at the end and then vanishes, a name outside the
// filter, two datasets): the rows must equal a brute-force count over the planted lookups, for
// the whole store, a range, one dataset and an excluded pair; rows with more error lookups than
// ResolutionHistory keeps times of, spread over both datasets.
#include "failure.h"
#include "owner_directory.h"
#include "resolution_history.h"
#include "sqlite_store.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

namespace {

constexpr qint64 kSec = 1'000'000;
constexpr qint64 kDay = 86'400 * kSec;
constexpr qint64 kStart = 1'477'785'600 * kSec; // 2016-10-30T00:00:00Z
constexpr int kDays = 40;

struct Planted {
    qint64 dataset = 0; // index 0 or 1 until stored
    qint64 ts = 0;
    QByteArray client, qname, rcode;
    std::vector<std::pair<QByteArray, QByteArray>> answers; // type, rdata
};

// The lookups of day d of the mail host: its address moves on day 12, it fails from day 25
// (SERVFAIL, then NXDOMAIN from day 30) and is not asked for after day 34.
Planted mailLookup(int day, qint64 ts)
{
    Planted p{0, ts, "10.1.0.7", "mail.example.com", "NOERROR", {}};
    if (day < 12)
        p.answers = {{"A", "192.0.2.10"}};
    else if (day < 25)
        p.answers = {{"A", "192.0.2.20"}, {"A", "192.0.2.21"}};
    else
        p.rcode = day < 30 ? "SERVFAIL" : "NXDOMAIN";
    return p;
}

using Key = std::tuple<QString, QString, QString, QString>; // name, type, answer, rcode

QMap<Key, ResolutionHistory::Row> bruteForce(const std::vector<Planted> &lookups, const BinQuery &view,
                                             const QList<qint64> &datasetIds)
{
    QMap<Key, ResolutionHistory::Row> out;
    const auto count = [&](const Planted &p, const QString &type, const QString &answer, const QString &rcode) {
        const Key key{QString::fromUtf8(p.qname), type, answer, rcode};
        ResolutionHistory::Row &row = out[key];
        if (row.lookups == 0) {
            row = {QString::fromUtf8(p.qname), type, answer, rcode, p.ts, p.ts};
        }
        row.firstUs = std::min(row.firstUs, p.ts);
        row.lastUs = std::max(row.lastUs, p.ts);
        ++row.lookups;
        if (p.rcode != "NOERROR") {
            ++row.errorLookups;
            if (row.errorTimesUs.size() < ResolutionHistory::kMaxErrorTimes)
                row.errorTimesUs.append(p.ts);
        }
    };
    for (const Planted &p : lookups) {
        if (!p.qname.endsWith(".example.com"))
            continue; // the filter of every view here: qname=*.example.com
        if (!view.datasets.isEmpty() && !view.datasets.contains(datasetIds[p.dataset]))
            continue;
        if (view.range && (p.ts < view.range->fromUs || p.ts >= view.range->toUs))
            continue;
        if (view.excludedPairs.contains(ClientQnamePair{QString::fromUtf8(p.client), QString::fromUtf8(p.qname)}))
            continue;
        if (p.answers.empty())
            count(p, {}, {}, QString::fromUtf8(p.rcode));
        for (const auto &[type, rdata] : p.answers)
            count(p, QString::fromUtf8(type), QString::fromUtf8(rdata), {});
    }
    return out;
}

} // namespace

class TestResolutionHistory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::vector<Planted> m_lookups;
    QList<qint64> m_datasetIds;

    void check(const BinQuery &view)
    {
        const auto result = ResolutionHistory::compute(*m_store, view);
        QVERIFY(result);
        const auto expected = bruteForce(m_lookups, view, m_datasetIds);
        QCOMPARE(result->rows.size(), expected.size());
        qint64 lookups = 0;
        for (const ResolutionHistory::Row &row : result->rows) {
            const Key key{row.name, row.type, row.answer, row.rcode};
            QVERIFY2(expected.contains(key), qPrintable(row.name + QLatin1Char(' ') + row.answer));
            QCOMPARE(row, expected.value(key));
        }
        for (const Planted &p : m_lookups)
            lookups += p.qname.endsWith(".example.com") ? 1 : 0;
        QVERIFY(result->lookups <= lookups);
        for (qsizetype i = 1; i < result->rows.size(); ++i) { // by name, then first seen
            const auto &a = result->rows[i - 1], &b = result->rows[i];
            QVERIFY(a.name < b.name || (a.name == b.name && a.firstUs <= b.firstUs));
        }
    }

    static BinQuery filtered()
    {
        BinQuery view;
        view.filters = {{LookupField::Qname, QStringLiteral("*.example.com")}};
        return view;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QRandomGenerator rng(18);
        for (int i = 0; i < 46'000; ++i) { // more than 2,000 error lookups in a row (www NXDOMAIN)
            const int day = int(rng.bounded(kDays));
            const qint64 ts = kStart + day * kDay + qint64(rng.bounded(86'400)) * kSec + rng.bounded(1'000'000);
            const int pick = int(rng.bounded(10));
            Planted p;
            if (pick < 3) {
                if (day >= 35)
                    continue; // the mail host vanished
                p = mailLookup(day, ts);
            } else if (pick < 7) {
                const bool early = day < 20; // the CDN moves the name to another edge
                p = {0, ts, "10.1.0." + QByteArray::number(pick), "www.example.com", i % 9 ? "NOERROR" : "NXDOMAIN",
                     {}};
                if (p.rcode == "NOERROR")
                    p.answers = {{"CNAME", early ? "edge1.cdn.example" : "edge2.cdn.example"},
                                 {"A", early ? "198.51.100.1" : "198.51.100.2"}};
            } else if (pick < 9) {
                p = {0, ts, "10.1.0.9", "api.example.com", "NOERROR", {}}; // NOERROR without answers
                if (i % 4)
                    p.answers = {{"AAAA", "2001:db8::" + QByteArray::number(day / 10)}};
            } else {
                p = {0, ts, "10.1.0.9", "other.example.org", "NOERROR", {{"A", "203.0.113.5"}}};
            }
            p.dataset = i % 3 == 0 ? 1 : 0;
            m_lookups.push_back(std::move(p));
        }
        std::stable_sort(m_lookups.begin(), m_lookups.end(),
                         [](const Planted &a, const Planted &b) { return a.ts < b.ts; });
        m_store = std::make_unique<SqliteStore>(m_dir.filePath(QStringLiteral("r.dnstl")), StoreOpenMode::Create);
        for (int ds = 0; ds < 2; ++ds) {
            DatasetInfo meta;
            meta.name = QStringLiteral("resolver-%1").arg(ds);
            auto sink = m_store->beginImport(meta);
            for (const Planted &p : m_lookups) {
                if (p.dataset != ds)
                    continue;
                std::vector<RawAnswer> answers;
                for (const auto &[type, rdata] : p.answers)
                    answers.push_back({type, rdata, 300});
                RawLookup lookup{p.ts, p.client, p.qname, "A", p.rcode, "192.0.2.53", 0};
                lookup.answers = answers;
                sink->add(lookup);
            }
            m_datasetIds.append(sink->commit(QStringLiteral("sha%1").arg(ds), 0).id);
        }
    }

    void rowsEqualABruteForceCount()
    {
        check(filtered());
        const auto result = ResolutionHistory::compute(*m_store, filtered());
        QVERIFY(std::any_of(result->rows.begin(), result->rows.end(), [](const ResolutionHistory::Row &row) {
            return row.errorLookups > ResolutionHistory::kMaxErrorTimes; // its times are cut to the first ones
        }));
    }

    void rangeDatasetAndExcludedPairsNarrowTheRows()
    {
        BinQuery view = filtered();
        view.range = TimeRange{kStart + 10 * kDay + 7, kStart + 28 * kDay};
        check(view);
        view = filtered();
        view.datasets = {m_datasetIds[1]};
        check(view);
        view = filtered();
        view.excludedPairs = {{QStringLiteral("10.1.0.7"), QStringLiteral("mail.example.com")}};
        check(view);
        const auto result = ResolutionHistory::compute(*m_store, view);
        for (const ResolutionHistory::Row &row : result->rows)
            QVERIFY(row.name != QLatin1String("mail.example.com"));
    }

    void theMailHostReturnsErrorsAndThenVanishes()
    {
        BinQuery view;
        view.filters = {{LookupField::Qname, QStringLiteral("mail.example.com")}};
        const auto result = ResolutionHistory::compute(*m_store, view);
        QVERIFY(result);
        QStringList order;
        for (const ResolutionHistory::Row &row : result->rows)
            order.append(row.answer.isEmpty() ? row.rcode : row.answer);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.20"), QStringLiteral("192.0.2.21"),
                              QStringLiteral("SERVFAIL"), QStringLiteral("NXDOMAIN")}));
        const ResolutionHistory::Row &last = result->rows.back();
        QCOMPARE(last.errorLookups, last.lookups);
        QVERIFY(last.lastUs < kStart + 35 * kDay);
        QCOMPARE(result->rows.front().errorLookups, 0);
    }

    void aViewWithoutANameFilterIsRefused()
    {
        BinQuery view;
        view.filters = {{LookupField::Client, QStringLiteral("10.1.0.7")}};
        try {
            ResolutionHistory::compute(*m_store, view);
            QFAIL("no Failure");
        } catch (const Failure &f) {
            QCOMPARE(f.kind(), Failure::Kind::BadInput);
            QVERIFY(f.message().contains(QLatin1String("qname")));
        }
    }

    void answersAreLabelledByTheAddressBookAndPrintedAsJson()
    {
        BinQuery view;
        view.filters = {{LookupField::Qname, QStringLiteral("mail.example.com")}};
        auto result = ResolutionHistory::compute(*m_store, view);
        const OwnerDirectory directory(
            std::make_shared<const AddressBook>(
                QList<AddressBookEntry>{{0, QStringLiteral("192.0.2.16/28"), QStringLiteral("New mail host"), {}, {}}}),
            {});
        ResolutionHistory::labelOwners(*result, directory);
        QCOMPARE(result->rows[0].owner, QString());
        QCOMPARE(result->rows[1].owner, QStringLiteral("New mail host"));
        QCOMPARE(result->rows[3].owner, QString()); // an error row has no answer to label
        const QJsonObject json = ResolutionHistory::toJson(*result);
        const QJsonArray rows = json.value(QStringLiteral("resolutions")).toArray();
        QCOMPARE(rows.size(), 5);
        const QJsonObject second = rows[1].toObject();
        QCOMPARE(second.value(QStringLiteral("answer")).toString(), QStringLiteral("192.0.2.20"));
        QCOMPARE(second.value(QStringLiteral("owner")).toString(), QStringLiteral("New mail host"));
        QCOMPARE(second.value(QStringLiteral("lookups")).toInteger(), result->rows[1].lookups);
        QCOMPARE(rows[4].toObject().value(QStringLiteral("rcode")).toString(), QStringLiteral("NXDOMAIN"));
        QCOMPARE(rows[4].toObject().value(QStringLiteral("error_lookups")).toInteger(), result->rows[4].lookups);
        QCOMPARE(json.value(QStringLiteral("lookups")).toInteger(), result->lookups);
    }
};

QTEST_GUILESS_MAIN(TestResolutionHistory)
#include "tst_resolution_history.moc"
