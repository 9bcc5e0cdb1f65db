// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DerivedSeries against brute-force counts, the rcode tables binned through TimelineEngine.
#include "derived_series.h"
#include "timeline_engine.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

class TestDerivedSeries : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForceCounts_data()
    {
        QTest::addColumn<QString>("qnameGlob");
        QTest::newRow("all lookups") << QString();
        QTest::newRow("--where qname=n1?.example") << QStringLiteral("n1?.example");
    }

    void matchesBruteForceCounts()
    {
        QFETCH(QString, qnameGlob);
        constexpr qint64 kHour = 3'600'000'000LL;
        const size_t qname = size_t(nameFieldIndex(LookupField::Qname)),
                     rcode = size_t(nameFieldIndex(LookupField::Rcode));
        // Names: 1-3 rcodes, 4.. query names. Two datasets sharing names.
        auto names = std::make_shared<std::vector<QString>>(std::vector<QString>{
            QString(), QStringLiteral("NOERROR"), QStringLiteral("NXDOMAIN"), QStringLiteral("SERVFAIL")});
        for (int i = 0; i < 200; ++i)
            names->push_back(QStringLiteral("n%1.example").arg(i));
        QRandomGenerator rng(3);
        QList<DatasetColumnsPtr> datasets;
        for (qint64 id : {1, 2}) {
            auto d = std::make_shared<DatasetColumns>();
            d->datasetId = id;
            for (int i = 0; i < 5000; ++i)
                d->ts.push_back(qint64(rng.bounded(48)) * kHour + qint64(rng.bounded(quint32(kHour / 1000))) * 1000);
            std::sort(d->ts.begin(), d->ts.end());
            for (size_t i = 0; i < d->ts.size(); ++i) {
                d->names[qname].push_back(4 + rng.bounded(id == 1 ? 100 : 200));
                d->names[rcode].push_back(1 + rng.bounded(3));
            }
            datasets.append(d);
        }
        TimelineEngine engine;
        const TimelineEngine::Input input{datasets, {}, names, {}, {}};
        BinQuery view;
        view.range = TimeRange{12 * kHour, 36 * kHour};
        view.width = BinWidth::fixed(kHour);
        if (!qnameGlob.isEmpty())
            view.filters = {{LookupField::Qname, qnameGlob}};
        const auto kept = [&](quint32 name) { // brute force of the glob n1?.example
            return qnameGlob.isEmpty() || (name >= 4 + 10 && name < 4 + 20);
        };
        const auto r = DerivedSeries::compute(
            engine.bin(view, input), engine.bin(DerivedSeries::rcodeQuery(view, QStringLiteral("NXDOMAIN")), input),
            engine.bin(DerivedSeries::rcodeQuery(view, QStringLiteral("servfail")), input), datasets, {},
            LookupFilter::forQuery(view, names.get()));
        QVERIFY(r);
        QCOMPARE(r->edges.size(), 25);
        for (qsizetype b = 0; b < 24; ++b) {
            qint64 lookups = 0, nx = 0, sf = 0, first = 0;
            QSet<quint32> unique;
            QHash<quint32, qint64> firstAt;
            for (const auto &d : datasets) {
                for (size_t i = 0; i < d->ts.size(); ++i) {
                    const quint32 n = d->names[qname][i];
                    if (!kept(n))
                        continue;
                    firstAt[n] = std::min(firstAt.value(n, std::numeric_limits<qint64>::max()), d->ts[i]);
                    if (d->ts[i] < r->edges[b] || d->ts[i] >= r->edges[b + 1])
                        continue;
                    ++lookups;
                    nx += d->names[rcode][i] == 2;
                    sf += d->names[rcode][i] == 3;
                    unique.insert(n);
                }
            }
            for (auto it = firstAt.cbegin(); it != firstAt.cend(); ++it)
                first += it.value() >= r->edges[b] && it.value() < r->edges[b + 1];
            QCOMPARE(r->lookups[b], lookups);
            QCOMPARE(r->nxdomain[b], nx);
            QCOMPARE(r->servfail[b], sf);
            QCOMPARE(r->uniqueNames[b], qint64(unique.size()));
            QCOMPARE(r->firstSeen[b], first);
            QVERIFY(qnameGlob.isEmpty() || unique.size() <= 10);
        }
    }
};

QTEST_GUILESS_MAIN(TestDerivedSeries)
#include "tst_derived_series.moc"
