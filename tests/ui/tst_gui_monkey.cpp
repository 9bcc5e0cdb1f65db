// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI monkey: a seeded run of random but valid actions on the real MainWindow over a store
// with three datasets (GuiMonkey). It passes when the window survived them all without a
// crash (and, in the ASan+UBSan build, without a sanitizer report), without a Qt warning,
// without a dialog nobody expected, and the store afterwards passes PRAGMA integrity_check and
// holds exactly the events and datasets the monkey's model says it must.
//   DNSTL_MONKEY_ACTIONS   how many actions (default 1,000; ./dev fuzz runs 10,000)
//   DNSTL_MONKEY_SEED      the seed to replay (default: a new one, printed first)
#include "gui_monkey.h"

#include "event_editor.h"
#include "import_job.h"
#include "lookup_store.h"
#include "main_window.h"
#include "sqlite_db.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

QMutex warningsMutex;
QStringList warnings;
QtMessageHandler previousHandler = nullptr;

// Every warning Qt (or the application) prints is a failure of the run, except the offscreen
// platform plugin's own ("This plugin does not support raise()", "… grabbing the keyboard",
// "… propagateSizeHints()"): what it cannot do, not what the window did.
void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && !message.startsWith(QLatin1String("This plugin does not support"))) {
        QMutexLocker lock(&warningsMutex);
        warnings.append(message);
    }
    previousHandler(type, context, message);
}

struct Dataset {
    const char *file;
    int lookups;
    qint64 offsetS; // from 2016-07-18T00:00:00Z
    const char *clients;
};

constexpr qint64 kStartS = 1'468'800'000;

bool writeCsv(const QString &path, const Dataset &d)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write("timestamp,client,qname,qtype,rcode\n");
    static const char *const types[] = {"A", "AAAA", "MX", "TXT"};
    static const char *const rcodes[] = {"NOERROR", "NOERROR", "NOERROR", "NXDOMAIN", "SERVFAIL"};
    for (int i = 0; i < d.lookups; ++i) {
        const qint64 t = kStartS + d.offsetS + qint64(i) * 10 * 86'400 / d.lookups + (i * 7919) % 600;
        csv.write(QStringLiteral("%1,%2.%3,host%4.example.com,%5,%6\n")
                      .arg(t)
                      .arg(QLatin1String(d.clients))
                      .arg(i % 9)
                      .arg((i * 31) % 12)
                      .arg(QLatin1String(types[i % 4]), QLatin1String(rcodes[i % 5]))
                      .toUtf8());
    }
    return true;
}

} // namespace

class TstGuiMonkey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void randomUseLosesNothing();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    QStringList m_datasetNames;
};

void TstGuiMonkey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-monkey"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("monkey.dnstl"));
    auto store = openStore(m_storePath, StoreOpenMode::Create);
    const Dataset datasets[] = {{"resolver-a.csv", 3000, 0, "10.0.1"},
                                {"resolver-b.csv", 2000, 2 * 86'400, "10.0.2"},
                                {"laptop.csv", 800, 5 * 86'400 + 3600, "192.168.7"}};
    for (const Dataset &d : datasets) {
        ImportRequest request;
        request.filePath = m_dir.filePath(QLatin1String(d.file));
        QVERIFY(writeCsv(request.filePath, d));
        const ImportResult result = runImport(*store, request, {});
        QVERIFY2(!result.report.error, qPrintable(result.report.error ? result.report.error->message() : QString()));
        m_datasetNames.append(result.dataset.name);
    }
    // Events of each shape the window draws: points, short and long ranges, none all-day
    // (the monkey's model of a drag knows no day snapping).
    const struct {
        qint64 startS, lengthS;
        const char *title;
    } events[] = {{86'400, 0, "Point one"},
                  {3 * 86'400 + 7200, 0, "Point two"},
                  {4 * 86'400, 86'400, "Range one"},
                  {6 * 86'400 + 1800, 3600, "Short range"},
                  {8 * 86'400, 2 * 86'400, "Long range"}};
    for (const auto &e : events) {
        TimelineEvent event;
        event.startUs = (kStartS + e.startS) * 1'000'000;
        if (e.lengthS)
            event.endUs = event.startUs + e.lengthS * 1'000'000;
        event.title = QLatin1String(e.title);
        store->addEvent(event);
    }
    previousHandler = qInstallMessageHandler(collectWarnings);
}

void TstGuiMonkey::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TstGuiMonkey::randomUseLosesNothing()
{
    const int actions =
        qEnvironmentVariableIsSet("DNSTL_MONKEY_ACTIONS") ? qEnvironmentVariableIntValue("DNSTL_MONKEY_ACTIONS") : 1000;
    bool seedGiven = false;
    quint64 seed = qEnvironmentVariable("DNSTL_MONKEY_SEED").toULongLong(&seedGiven);
    if (!seedGiven)
        seed = QRandomGenerator::system()->generate64();
    // Printed before anything runs, so that a crash still leaves the seed behind.
    std::fprintf(stderr, "GUI monkey: %d actions, seed %llu (replay: DNSTL_MONKEY_SEED=%llu)\n", actions,
                 static_cast<unsigned long long>(seed), static_cast<unsigned long long>(seed));
    std::fflush(stderr);

    QStringList finalNames;
    EventModel::State expected;
    {
        MainWindow window;
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *controller = window.findChild<TimelineController *>();
        QSignalSpy ready(controller, &TimelineController::tableReady);
        try {
            window.openStore(m_storePath);
        } catch (const Failure &failure) {
            QFAIL(qPrintable(failure.message()));
        }
        QVERIFY(ready.wait(20'000));
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isBusy(), 20'000);
        QTRY_COMPARE(window.findChild<EventEditor *>()->events().size(), 5);

        GuiMonkey::Setup setup;
        setup.window = &window;
        setup.exportDir = m_dir.filePath(QStringLiteral("exports"));
        setup.importDir = m_dir.path();
        setup.seed = seed;
        setup.datasetNames = m_datasetNames;
        QVERIFY(QDir().mkpath(setup.exportDir));
        GuiMonkey monkey(setup);
        QElapsedTimer timer;
        timer.start();
        const bool ok = monkey.run(actions);
        std::fprintf(stderr, "GUI monkey: %d actions in %.1f s (%s)\n", actions, double(timer.elapsed()) / 1000,
                     qPrintable(monkey.tally()));
        if (!ok) // in full: QTest cuts long messages short
            std::fprintf(stderr, "GUI monkey failed, seed %llu: %s\n", static_cast<unsigned long long>(seed),
                         qPrintable(monkey.failure()));
        QVERIFY2(ok, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(monkey.failure())));
        expected = monkey.events().current();
        finalNames = monkey.datasetNames();
        window.close();
    }
    {
        QMutexLocker lock(&warningsMutex);
        QVERIFY2(
            warnings.isEmpty(),
            qPrintable(QStringLiteral("seed %1: Qt warned: %2").arg(seed).arg(warnings.join(QStringLiteral("\n")))));
    }

    // The store, read afresh: sound, with the model's events and datasets.
    {
        SqliteDb db(m_storePath, SqliteDb::Mode::ReadOnly);
        Statement check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }
    auto store = openStore(m_storePath, StoreOpenMode::ReadOnly);
    const EventModel::State stored = GuiMonkey::stateOf(store->events());
    QVERIFY2(stored == expected,
             qPrintable(QStringLiteral("seed %1: the store's events differ from the model's "
                                       "(%2 stored, %3 expected)")
                            .arg(seed)
                            .arg(stored.size())
                            .arg(expected.size())));
    QStringList names;
    for (const DatasetInfo &d : store->datasets())
        names.append(d.name);
    names.sort();
    finalNames.sort();
    QCOMPARE(names, finalNames);
}

QTEST_MAIN(TstGuiMonkey)
#include "tst_gui_monkey.moc"
