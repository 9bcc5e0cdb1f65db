// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `dnstimeline stats` end to end: the view's --where filters reach every analysis, including
// the two that read lookups one by one (periodicity, the name counts of derived).
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using cli_test::dnstimeline;
using cli_test::Run;

QJsonObject stats(const QStringList &args)
{
    const Run r = dnstimeline(QStringList{QStringLiteral("stats")} + args);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestStatsCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Two clients each looking up a beacon name every 10 minutes for a day, and a third
        // ten other names once an hour at scattered minutes.
        const QString csvPath = m_dir.filePath(QStringLiteral("pairs.csv"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("timestamp,client,qname\n");
        const qint64 start = 1'467'331'200; // 2016-07-01T00:00:00Z, s
        for (int i = 0; i < 144; ++i) {
            for (int c = 1; c <= 2; ++c)
                csv.write(QStringLiteral("%1,10.0.0.%2,beacon%2.example\n").arg(start + i * 600 + c).arg(c).toUtf8());
        }
        for (int h = 0; h < 24; ++h) {
            for (int n = 0; n < 10; ++n)
                csv.write(QStringLiteral("%1,10.0.0.3,name%2.example\n")
                              .arg(start + h * 3600 + (n * 7919 + h * 104729 + n * h * 31) % 3600)
                              .arg(n)
                              .toUtf8());
        }
        csv.close();
        m_store = m_dir.filePath(QStringLiteral("pairs.dnstl"));
        const Run import = dnstimeline({QStringLiteral("import"), m_store, csvPath});
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    void whereReachesPeriodicity()
    {
        const QJsonObject all = stats({m_store, QStringLiteral("periodicity")});
        QCOMPARE(all.value(QStringLiteral("pairs")).toInt(), 12);
        QVERIFY(all.value(QStringLiteral("automated_pairs")).toInt() >= 2);
        const QJsonObject one = stats(
            {m_store, QStringLiteral("periodicity"), QStringLiteral("--where"), QStringLiteral("qname=beacon1.*")});
        QCOMPARE(one.value(QStringLiteral("pairs")).toInt(), 1);
        QCOMPARE(one.value(QStringLiteral("automated_pairs")).toInt(), 1);
        QCOMPARE(one.value(QStringLiteral("top")).toArray().at(0).toObject().value(QStringLiteral("client")).toString(),
                 QStringLiteral("10.0.0.1"));
    }

    void whereReachesDerivedNameCounts()
    {
        const auto sum = [](const QJsonObject &o, const char *key) {
            qint64 n = 0;
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
                n += v.toInteger();
            return n;
        };
        const QStringList daily = {m_store, QStringLiteral("derived"), QStringLiteral("--bin"), QStringLiteral("1d")};
        const QJsonObject all = stats(daily);
        QCOMPARE(sum(all, "unique_qnames"), 12);
        QCOMPARE(sum(all, "first_seen_qnames"), 12);
        const QJsonObject some =
            stats(daily + QStringList{QStringLiteral("--where"), QStringLiteral("client=10.0.0.3")});
        QCOMPARE(sum(some, "lookups"), 240);
        QCOMPARE(sum(some, "unique_qnames"), 10);
        QCOMPARE(sum(some, "first_seen_qnames"), 10);
    }

private:
    QTemporaryDir m_dir;
    QString m_store;
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_stats_command.moc"
