// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Hide automated traffic" as evidence (issue #15 item 12): with it on, the window's chart
// exports and evidence bundle leave out the pairs the window leaves out, name the rule and the
// pairs with their scores (footer, provenance.json), and reproduce.sh passes
// --hide-automated --threshold X and gets the same bins; bins, render and stats take it too.
#include "cli_run.h"

#include "analysis_dock.h"
#include "chart_export.h"
#include "evidence_bundle.h"
#include "export_actions.h"
#include "lookup_store.h"
#include "main_window.h"
#include "periodicity_panel.h"
#include "render_command.h"
#include "status_notice.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using cli_test::dnstimeline;
using cli_test::readAll;
using cli_test::Run;

namespace {
constexpr qint64 kStartUs = 1'468'800'000'000'000; // 2016-07-18T00:00:00Z
constexpr qint64 kSec = 1'000'000;

qint64 csvTotal(const QByteArray &bins)
{
    qint64 n = 0;
    for (const QByteArray &line : bins.split('\n').mid(1)) {
        if (!line.isEmpty())
            n += line.mid(line.lastIndexOf(',') + 1).toLongLong();
    }
    return n;
}
} // namespace

class TstHideAutomated : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sources, m_store;
    qint64 m_human = 0, m_poll = 0, m_updates = 0;

private slots:
    // One day: a UniFi-like poll (99 s gaps, every fourth 135 s), an updater every 300 s ± 10 s,
    // and four people looking names up at random.
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
        qputenv("SOURCE_DATE_EPOCH", "1700000000");
        m_sources = m_dir.filePath(QStringLiteral("sources"));
        QVERIFY(QDir().mkpath(m_sources));
        QList<std::pair<qint64, QString>> rows;
        const qint64 end = kStartUs + 86'400 * kSec;
        for (qint64 t = kStartUs, i = 0; t < end; t += (++i % 4 == 0 ? 135 : 99) * kSec, ++m_poll)
            rows.append({t, QStringLiteral("10.0.0.9,unifi.example")});
        QRandomGenerator rng(3);
        for (qint64 t = kStartUs + 7 * kSec; t < end; t += 290 * kSec + qint64(rng.bounded(20 * kSec)), ++m_updates)
            rows.append({t, QStringLiteral("10.0.0.8,updates.example")});
        for (int person = 1; person <= 4; ++person) {
            for (qint64 t = kStartUs + person * kSec; t < end;
                 t += qint64(-std::log(1.0 - rng.generateDouble()) * 1200 * kSec) + kSec, ++m_human)
                rows.append({t, QStringLiteral("10.0.0.%1,www%2.example").arg(person).arg(rng.bounded(3))});
        }
        std::sort(rows.begin(), rows.end());
        QFile csv(m_sources + QStringLiteral("/mixed.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("timestamp,client,qname\n");
        for (const auto &[t, rest] : rows)
            csv.write(QDateTime::fromMSecsSinceEpoch(t / 1000, QTimeZone::utc()).toString(Qt::ISODateWithMs).toUtf8() +
                      ',' + rest.toUtf8() + '\n');
        csv.close();
        m_store = m_dir.filePath(QStringLiteral("mixed.dnstl"));
        const Run r = dnstimeline({QStringLiteral("import"), m_store, csv.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void commandLineLeavesOutThePairsThatLookAutomated()
    {
        const QStringList view{QStringLiteral("--bin"), QStringLiteral("1h")};
        const Run all = dnstimeline(QStringList{QStringLiteral("bins"), m_store} + view);
        QCOMPARE(csvTotal(all.out), m_human + m_poll + m_updates);
        const Run hidden =
            dnstimeline(QStringList{QStringLiteral("bins"), m_store, QStringLiteral("--hide-automated")} + view);
        QVERIFY2(hidden.exitCode == 0, hidden.err.constData());
        QCOMPARE(csvTotal(hidden.out), m_human);
        const Run stats = dnstimeline(
            {QStringLiteral("stats"), m_store, QStringLiteral("heatmap"), QStringLiteral("--hide-automated")});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        const QJsonArray pairs =
            o.value(QStringLiteral("hidden_automated")).toObject().value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 2);
        QCOMPARE(pairs[0].toObject().value(QStringLiteral("client")).toString(), QStringLiteral("10.0.0.8"));
        QCOMPARE(pairs[1].toObject().value(QStringLiteral("qname")).toString(), QStringLiteral("unifi.example"));
        QVERIFY(pairs[1].toObject().value(QStringLiteral("score")).toDouble() >= 0.8);
        // The threshold is a floor: 1 hides only a perfect score, the strict poll, not the
        // jittered updater.
        const Run strict = dnstimeline(QStringList{QStringLiteral("bins"), m_store, QStringLiteral("--hide-automated"),
                                                   QStringLiteral("--threshold"), QStringLiteral("1")} +
                                       view);
        QCOMPARE(csvTotal(strict.out), m_human + m_updates);
        const Run bad = dnstimeline({QStringLiteral("bins"), m_store, QStringLiteral("--hide-automated"),
                                     QStringLiteral("--threshold"), QStringLiteral("2")});
        QCOMPARE(bad.exitCode, 2);
    }

    // The window hides them; its bundle leaves them out, names them, and reproduces.
    void windowExportsLeaveOutWhatHideAutomatedHides()
    {
        MainWindow window;
        window.resize(1366, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(window.controller(), &TimelineController::tableReady);
        window.openStore(m_store);
        QVERIFY(ready.wait(10'000));
        AnalysisDock *dock = window.analysisDock();
        dock->show();
        dock->tabs()->setCurrentWidget(dock->periodicityPanel());
        QTRY_VERIFY_WITH_TIMEOUT(dock->isFresh(AnalysisDock::Kind::Periodicity), 30'000);
        dock->periodicityPanel()->setHideAutomated(true);
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->excludedPairs().size(), 2, 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 10'000);
        QCOMPARE(window.controller()->lookupsIn(window.plot()->visibleRange()), m_human);

        const ExportView view = window.exportActions()->currentView();
        QCOMPARE(view.query.excludedPairs, window.controller()->excludedPairs());
        QCOMPARE(view.hideAutomatedAt, std::optional<double>(0.8));
        QCOMPARE(view.automatedPairs.size(), 2);
        const PreparedChart chart = ChartExport::prepare(*window.controller()->store(), view, QDateTime());
        const QString footer = chart.spec.footer.join(QLatin1Char('\n'));
        QVERIFY2(footer.contains(QStringLiteral("Automated traffic hidden: client → name pairs with a beacon score ≥ "
                                                "0.80 (2): 10.0.0.8 → updates.example (")) &&
                     footer.contains(QStringLiteral("10.0.0.9 → unifi.example (")),
                 qPrintable(footer));

        const QString bundle = m_dir.filePath(QStringLiteral("bundle"));
        QVERIFY(window.exportActions()->exportBundleTo(bundle));
        QVERIFY(window.notice()->text().contains(QDir::toNativeSeparators(bundle)));
        QCOMPARE(csvTotal(readAll(bundle + QStringLiteral("/bins.csv"))), m_human);
        const QJsonObject hide = QJsonDocument::fromJson(readAll(bundle + QStringLiteral("/provenance.json")))
                                     .object()
                                     .value(QStringLiteral("view"))
                                     .toObject()
                                     .value(QStringLiteral("hide_automated"))
                                     .toObject();
        QCOMPARE(hide.value(QStringLiteral("threshold")).toDouble(), 0.8);
        QCOMPARE(hide.value(QStringLiteral("pairs")).toArray().size(), 2);
        QVERIFY(readAll(bundle + QStringLiteral("/reproduce.sh")).contains("--hide-automated --threshold 0.8"));
        QTemporaryDir work;
        const Run script = cli_test::reproduce(bundle, m_sources, work.path(), QStringLiteral("out"));
        QVERIFY2(script.exitCode == 0, script.err.constData());
        QVERIFY(script.out.contains("identical"));

        // `render` with the view's options: the same footer, in the SVG's text.
        const QString svg = m_dir.filePath(QStringLiteral("hidden.svg"));
        const Run render = dnstimeline(QStringList{QStringLiteral("render"), m_store, QStringLiteral("-o"), svg} +
                                       RenderCommand::viewArguments(view, true));
        QVERIFY2(render.exitCode == 0, render.err.constData());
        bool ok = false;
        QVERIFY(cli_test::svgText(readAll(svg), &ok).contains(QLatin1String("Automated traffic hidden")));
    }
};

QTEST_MAIN(TstHideAutomated)
#include "tst_hide_automated.moc"
