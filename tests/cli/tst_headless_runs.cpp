// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Headless runs tell the truth quietly (issue #15): bins, render and stats print their output
// and real errors only, with no display and no XDG_RUNTIME_DIR; a view with more bins than a
// table holds fails naming both counts instead of printing an empty table with exit 0.
#include "cli_run.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// As from cron or ssh: no display, no runtime folder.
cli_test::Run headless(const QStringList &args)
{
    return cli_test::dnstimeline(args,
                                 {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                  QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("XDG_RUNTIME_DIR")});
}

} // namespace

class TestHeadlessRuns : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        // 200 days between the first and the last of three lookups.
        const QString csv = m_dir.filePath(QStringLiteral("far.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,client,qname\n2016-06-01T00:00:00Z,10.0.0.1,a.example\n"
                "2016-06-01T00:00:30Z,10.0.0.1,a.example\n2016-12-18T00:00:00Z,10.0.0.2,b.example\n");
        f.close();
        m_store = m_dir.filePath(QStringLiteral("far.dnstl"));
        QCOMPARE(headless({QStringLiteral("import"), m_store, csv}).exitCode, 0);
    }

    void headlessRunsPrintOnlyTheirOutput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bins") << QStringList{QStringLiteral("bins"), QStringLiteral("--bin"), QStringLiteral("1d")};
        QTest::newRow("render") << QStringList{QStringLiteral("render"), QStringLiteral("-o"),
                                               m_dir.filePath(QStringLiteral("chart.png"))};
        QTest::newRow("stats") << QStringList{QStringLiteral("stats"), QStringLiteral("heatmap")};
        QTest::newRow("datasets") << QStringList{QStringLiteral("datasets")};
    }

    void headlessRunsPrintOnlyTheirOutput()
    {
        QFETCH(QStringList, args);
        args.insert(1, m_store);
        const cli_test::Run r = headless(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    // 200 days of 1 s bins (and one for the last lookup): the command says so and fails.
    void moreBinsThanATableHoldsFailsNamingBothCounts_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("bins") << QStringLiteral("bins");
        QTest::newRow("render") << QStringLiteral("render");
        QTest::newRow("stats") << QStringLiteral("stats");
    }

    void moreBinsThanATableHoldsFailsNamingBothCounts()
    {
        QFETCH(QString, command);
        QStringList args{command, m_store, QStringLiteral("--bin"), QStringLiteral("1s")};
        if (command == QLatin1String("render"))
            args << QStringLiteral("-o") << m_dir.filePath(QStringLiteral("never.png"));
        if (command == QLatin1String("stats"))
            args.insert(2, QStringLiteral("bursts"));
        const cli_test::Run r = headless(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("17,280,001 bins of 1s from 2016-06-01T00:00:00Z to 2016-12-18T00:00:00Z are more "
                                "than the limit of 5,000,000; use --bin 5s or wider"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void everyBinOfAFineViewThatFitsIsPrinted()
    {
        const cli_test::Run r =
            headless({QStringLiteral("bins"), m_store, QStringLiteral("--bin"), QStringLiteral("1m")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out.count('\n'), 1 + 200 * 1440 + 1); // the header, then every minute to the last lookup's
        QVERIFY(r.out.endsWith("2016-12-18T00:00:00+00:00,,1\n"));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessRuns)
#include "tst_headless_runs.moc"
