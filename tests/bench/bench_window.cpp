// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_window: the main window over a large store, offscreen. Builds (or reuses) a store of
// --rows synthetic lookups (36 clients, 46 names, 30 days), opens it in MainWindow and
// measures: opening until the full timeline is shown; a pan or zoom step (re-bin on the worker
// + the plot's own replot at 1600 px, split by client into 10 series + other), median
// and max;
// the window's RSS; and the longest stall of the GUI thread (GuiStallProbe: a 5 ms timer's
// largest gap, split into CPU, run-queue wait and blocked time), with the longest event
// deliveries and direct calls on the GUI thread to say where it went. The benchmark itself
// never sleeps on the GUI thread: it waits in an event loop, as the application does. Then a drill-down
// into the whole extent and into one series of it: time to the first page, RSS after it, and
// jumps through the Records table (one page each). Between the two, a zoom ladder: the view
// centred on the data at spans from the whole range down to 20 seconds, at each a dozen pan
// and zoom steps (the bins the window picks for the span, so every level of the store's engine
// is crossed: minutes, seconds). A store written before rollups is indexed first, timed apart
// (the window would do it in the background). The load average is printed at both ends.
// Usage: bench_window [--rows N] [--datasets K] [--store PATH] (K imports of consecutive slices)
#include "gui_stall_probe.h"
#include "lookup_store.h"
#include "main_window.h"
#include "overview_strip.h"
#include "records_dock.h"
#include "records_model.h"
#include "sqlite_store.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "view_options_bar.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Times every event the GUI thread delivers (outermost deliveries only) and keeps, per kind of
// event and receiver, the longest (wall clock, and the GUI thread's own CPU time in it: on a
// busy machine the difference is time the thread waited for a core) and the count.
class TimingApp : public QApplication {
public:
    using QApplication::QApplication;
    struct Slowest {
        double ms = 0;
        double cpuMs = 0;
        double maxCpuMs = 0;
        int count = 0;
    };
    std::map<QString, Slowest> slowest;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !m_recording) {
            ++m_depth;
            const bool done = QApplication::notify(receiver, event);
            --m_depth;
            return done;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const int type = int(event->type());
        const QString receiverClass = QString::fromLatin1(receiver->metaObject()->className());
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        note(QStringLiteral("%1 -> %2").arg(type).arg(receiverClass), double(timer.nsecsElapsed()) / 1e6,
             threadCpuMs() - cpuStart);
        return done;
    }
    void note(const QString &what, double ms, double cpuMs)
    {
        if (ms < 2)
            return;
        Slowest &s = slowest[what];
        if (ms > s.ms)
            s.ms = ms, s.cpuMs = cpuMs;
        s.maxCpuMs = std::max(s.maxCpuMs, cpuMs);
        ++s.count;
    }
    void record(bool on) { m_recording = on; }
    // A call the benchmark makes directly on the GUI thread (what a click or a key would run),
    // timed like an event delivery, under "direct: label".
    template<typename Fn>
    void direct(const char *label, Fn &&fn)
    {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        ++m_depth;
        fn();
        --m_depth;
        note(QStringLiteral("direct: ") + QLatin1String(label), double(timer.nsecsElapsed()) / 1e6,
             threadCpuMs() - cpuStart);
    }
    void report(const char *phase, GuiStallProbe &probe)
    {
        const GuiStallProbe::Gap wall = probe.longestWall(), own = probe.longestOwn();
        std::printf("  GUI-thread stall %s: longest gap %.1f ms (CPU %.1f, run queue %.1f, blocked %.1f); "
                    "longest without run-queue wait %.1f ms (CPU %.1f, blocked %.1f)\n",
                    phase, wall.wallMs, wall.cpuMs, wall.queuedMs, wall.blockedMs(), own.ownMs(), own.cpuMs,
                    own.blockedMs());
        probe.reset();
        std::vector<std::pair<QString, Slowest>> all(slowest.begin(), slowest.end());
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.second.ms > b.second.ms; });
        std::printf("  slowest GUI-thread deliveries %s (event type -> receiver: longest wall ms (its CPU ms), "
                    "most CPU ms, count >= 2 ms):\n",
                    phase);
        for (size_t i = 0; i < std::min<size_t>(all.size(), 6); ++i) {
            const Slowest &s = all[i].second;
            std::printf("    %s: %.1f (%.1f), %.1f, %d\n", qPrintable(all[i].first), s.ms, s.cpuMs, s.maxCpuMs,
                        s.count);
        }
        slowest.clear();
    }

private:
    int m_depth = 0;
    bool m_recording = false;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Runs the event loop until ready() holds, checking it every millisecond. Unlike
// QTest::qWaitFor it never sleeps on the GUI thread, which the stall probe would count.
template<typename Ready>
bool waitUntil(Ready &&ready, int timeoutMs = 60'000)
{
    if (ready())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (ready())
            loop.quit();
    });
    check.start();
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ready();
}

// Runs the event loop until the Records model has its first page (listed before the count).
double waitFirstPage(RecordsModel *model)
{
    QElapsedTimer timer;
    timer.start();
    if (!waitUntil([&] { return model->hasFirstPage(); }))
        std::fprintf(stderr, "no first page after a minute\n");
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until the Records model has read (and counted) what was asked of it.
double waitRecords(RecordsModel *model)
{
    QElapsedTimer timer;
    timer.start();
    if (!waitUntil([&] { return !model->isLoading(); }))
        std::fprintf(stderr, "records still loading after a minute\n");
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 rssKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void printLoad(const char *when)
{
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average %s: %.2f %.2f %.2f\n", when, load[0], load[1], load[2]);
    std::fflush(stdout);
}

// A store of an earlier release has no rollups: write them now, timed, as the window would in
// the background, so that the figures below are those of an indexed store.
void indexIfNeeded(const QString &path)
{
    auto store = openStore(path, StoreOpenMode::ReadWrite);
    if (store->datasetsWithoutRollups().isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    store->buildRollups({});
    std::printf("indexed the older datasets (rollups) in %.1f s\n", double(timer.elapsed()) / 1000);
}

const char *levelName(const MainWindow &window)
{
    const auto *sqlite = dynamic_cast<const SqliteStore *>(window.controller()->store().get());
    if (!sqlite)
        return "?";
    switch (sqlite->lastBinLevel()) {
    case ViewEngine::Level::Minutes:
        return "minutes";
    case ViewEngine::Level::Seconds:
        return "seconds";
    case ViewEngine::Level::Lookups:
        return "lookups";
    }
    return "?";
}

// Writes `rows` lookups as `datasets` imports of consecutive time slices (as a week of daily
// resolver logs would be imported), each committed on its own: an import is one transaction,
// whose write-ahead log grows to the size it adds until it commits.
void buildStore(const QString &path, qint64 rows, int datasets)
{
    QElapsedTimer timer;
    timer.start();
    auto store = openStore(path, StoreOpenMode::Create);
    const qint64 start = 1'468'800'000'000'000, span = 30LL * 86'400'000'000;
    QList<QByteArray> clients, names;
    for (int i = 0; i < 36; ++i)
        clients.append("10.1.0." + QByteArray::number(i));
    for (int i = 0; i < 46; ++i)
        names.append("svc" + QByteArray::number(i) + ".example.com");
    quint64 state = 88172645463325252ULL;
    qint64 i = 0;
    for (int d = 0; d < datasets; ++d) {
        DatasetInfo meta;
        meta.name = datasets == 1 ? QStringLiteral("synthetic") : QStringLiteral("synthetic %1").arg(d + 1);
        auto sink = store->beginImport(meta);
        for (const qint64 end = rows * (d + 1) / datasets; i < end; ++i) {
            state ^= state << 13, state ^= state >> 7, state ^= state << 17;
            const qint64 ts = start + i * (span / rows);
            // Skewed clients so a split has a clear top 10.
            const int client = int((state % 1000) * (state % 1000) / 27778) % 36;
            sink->add(RawLookup{ts, clients[client], names[int((state >> 20) % 46)], "A", "NOERROR", {}});
        }
        sink->commit(QStringLiteral("bench-%1-%2").arg(rows).arg(d), 0);
    }
    std::printf("built %lld lookups in %d dataset(s) in %.1f s\n", static_cast<long long>(rows), datasets,
                double(timer.elapsed()) / 1000);
}

// Runs the event loop until the controller has delivered its last table (no polling delay).
bool waitIdle(MainWindow &window, int timeoutMs = 60'000)
{
    TimelineController *controller = window.controller();
    if (!controller->isBusy())
        return true;
    QEventLoop loop;
    QObject::connect(controller, &TimelineController::busyChanged, &loop, [&](bool busy) {
        if (!busy)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !controller->isBusy();
}

// Runs the event loop until the controller is idle and the plot has replotted the table it
// delivered last: the end of a step as the user sees it (re-bin, then the plot's own queued
// replot, which draws every layer; the widget's paint, a copy of those buffers, follows at
// the platform's next frame), without a replot of the benchmark's own.
class ReplotWatch : public QObject {
public:
    explicit ReplotWatch(MainWindow &window) : m_window(window)
    {
        QObject::connect(window.controller(), &TimelineController::tableReady, this, [this] { ++m_tables; });
        QObject::connect(window.plot(), &QCustomPlot::afterReplot, this, [this] { m_replotted = m_tables; });
    }
    void arm() { m_before = m_tables; } // before the step: its table may land while it runs
    bool wait(int timeoutMs = 60'000)
    {
        return waitUntil(
            [&] { return m_tables > m_before && m_replotted == m_tables && !m_window.controller()->isBusy(); },
            timeoutMs);
    }

private:
    MainWindow &m_window;
    int m_tables = 0, m_replotted = 0, m_before = 0;
};

// Runs the event loop for ms without sleeping (a user's pause between two wheel notches).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApp app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-bench"));
    const QStringList args = app.arguments();
    const qsizetype rowsAt = args.indexOf(QStringLiteral("--rows")), storeAt = args.indexOf(QStringLiteral("--store"));
    const qsizetype datasetsAt = args.indexOf(QStringLiteral("--datasets"));
    const qint64 rows = rowsAt > 0 ? args.value(rowsAt + 1).toLongLong() : 10'000'000;
    const int datasets = datasetsAt > 0 ? std::max(1, args.value(datasetsAt + 1).toInt()) : 1;
    const QString path =
        storeAt > 0 ? args.value(storeAt + 1) : QStringLiteral("/tmp/dnstl_bench_window_%1.dnstl").arg(rows);
    printLoad("at the start");
    if (!QFileInfo::exists(path))
        buildStore(path, rows, datasets);
    indexIfNeeded(path);
    QSettings().clear();

    MainWindow window;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->hide();
    window.resize(1700, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const qint64 rssBefore = rssKb("VmRSS:");

    GuiStallProbe probe;
    probe.start();
    app.record(true);

    QElapsedTimer timer;
    timer.start();
    QString error;
    app.direct("openStore", [&] {
        try {
            window.openStore(path);
        } catch (const Failure &failure) {
            error = failure.message();
        }
    });
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!waitUntil([&] { return window.plot()->table().binCount() > 0; }))
        return 1;
    waitIdle(window);
    app.direct("replot", [&] { window.plot()->replot(); });
    const double openMs = double(timer.nsecsElapsed()) / 1e6;

    QComboBox *split = window.optionsBar()->splitBox();
    timer.restart();
    app.direct("split by client", [&] { split->setCurrentIndex(split->findText(QStringLiteral("client"))); });
    waitIdle(window);
    app.direct("replot", [&] { window.plot()->replot(); });
    const double splitMs = double(timer.nsecsElapsed()) / 1e6;
    const GuiStallProbe::Gap openGap = probe.longestOwn();
    // The stall that matters is during use, after the first split's one-off pass.
    app.report("opening and splitting", probe);

    TimelinePlot *plot = window.plot();
    int replots = 0, overviewReplots = 0, tables = 0;
    QObject::connect(plot, &QCustomPlot::afterReplot, [&] { ++replots; });
    QObject::connect(window.overview(), &QCustomPlot::afterReplot, [&] { ++overviewReplots; });
    QObject::connect(window.controller(), &TimelineController::tableReady, [&] { ++tables; });
    ReplotWatch replotted(window);
    pause(50);
    probe.reset();
    QList<double> steps;
    for (int i = 0; i < 40; ++i) {
        pause(25); // let the probe tick between steps: a stall is one step's, not a run of them
        timer.restart();
        replotted.arm();
        app.direct("zoom or pan", [&] {
            if (i % 4 == 0)
                plot->zoomBy(0.8);
            else if (i % 4 == 1)
                plot->panBy(0.1);
            else if (i % 4 == 2)
                plot->zoomBy(1.2);
            else
                plot->panBy(-0.08);
        });
        if (!replotted.wait())
            std::fprintf(stderr, "step %d: no replotted table after a minute\n", i);
        steps.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(steps.begin(), steps.end());
    const QList<double> firstSteps = steps;
    const int stepReplots = replots, stepOverviewReplots = overviewReplots, stepTables = tables;
    const qint64 rss = rssKb("VmRSS:"), peak = rssKb("VmHWM:");
    const GuiStallProbe::Gap useGap = probe.longestOwn();
    app.report("panning and zooming", probe);

    // The GUI thread's share of a step, each part alone on the last table.
    QList<double> setTableMs, replotMs;
    const BinTable last = plot->table();
    for (int i = 0; i < 15; ++i) {
        timer.restart();
        plot->setTable(last);
        setTableMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        plot->replot();
        replotMs.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // The zoom ladder: a dozen steps at each span, from the whole range to seconds.
    const TimeRange whole{last.edges.front(), last.edges.back()};
    const qint64 middle = whole.fromUs + whole.length() / 2;
    struct Rung {
        const char *name;
        qint64 spanUs;
    };
    const qint64 s = 1'000'000;
    std::printf("zoom ladder (%d steps each: zoom in, pan, zoom out, pan), re-bin + replot, ms:\n", 12);
    for (const Rung &rung : {Rung{"whole range", whole.length()}, Rung{"7 days", 7 * 86'400 * s},
                             Rung{"1 day", 86'400 * s}, Rung{"6 hours", 6 * 3600 * s}, Rung{"1 hour", 3600 * s},
                             Rung{"15 minutes", 900 * s}, Rung{"2 minutes", 120 * s}, Rung{"20 seconds", 20 * s}}) {
        replotted.arm();
        plot->moveTo({middle - rung.spanUs / 2, middle + rung.spanUs / 2});
        replotted.wait();
        QList<double> rungSteps;
        for (int i = 0; i < 12; ++i) {
            pause(25);
            timer.restart();
            replotted.arm();
            app.direct("zoom or pan (ladder)", [&] {
                if (i % 4 == 0)
                    plot->zoomBy(0.8);
                else if (i % 4 == 1)
                    plot->panBy(0.1);
                else if (i % 4 == 2)
                    plot->zoomBy(1.25);
                else
                    plot->panBy(-0.1);
            });
            if (!replotted.wait())
                std::fprintf(stderr, "ladder step: no replotted table after a minute\n");
            rungSteps.append(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(rungSteps.begin(), rungSteps.end());
        std::printf("  %-12s %5lld bins of %-4s (%s): median %.1f, max %.1f\n", rung.name,
                    static_cast<long long>(plot->table().binCount()), qPrintable(plot->table().width.name()),
                    levelName(window), median(rungSteps), rungSteps.last());
        steps.append(rungSteps);
    }
    std::sort(steps.begin(), steps.end());
    const qint64 ladderPeak = rssKb("VmHWM:");
    app.report("zoom ladder", probe);

    // Drill-down: everything, then the top series (a filtered match over the whole extent).
    QCoreApplication::processEvents();
    probe.reset();
    RecordsModel *records = window.recordsDock()->model();
    const TimeRange extent{last.edges.front(), last.edges.back()};
    app.direct("drill down (all)", [&] { window.drillDown(extent, -1); });
    const double drillAllMs = waitFirstPage(records);
    const double drillAllCountMs = drillAllMs + waitRecords(records);
    const qint64 drillAllRows = records->total();
    app.direct("drill down (series)", [&] { window.drillDown(extent, 0); });
    const double drillSeriesMs = waitFirstPage(records);
    const double drillSeriesCountMs = drillSeriesMs + waitRecords(records);
    const qint64 drillSeriesRows = records->total();
    QTableView *table = window.recordsDock()->view();
    QList<double> jumps;
    for (int i = 1; i <= 20; ++i) {
        const int row = int(qint64(records->rowCount() - 1) * ((i * 7919) % 20) / 19);
        timer.restart();
        app.direct("scroll and paint", [&] {
            table->scrollTo(records->index(row, 0), QAbstractItemView::PositionAtTop);
            table->viewport()->repaint();
        });
        waitRecords(records);
        app.direct("paint", [&] { table->viewport()->repaint(); });
        jumps.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 drillRss = rssKb("VmRSS:");
    const GuiStallProbe::Gap drillGap = probe.longestOwn();
    app.report("drilling down and scrolling", probe);
    std::printf("plot width %d px, %lld series, %lld bins\n", plot->axisRect()->width(),
                static_cast<long long>(plot->table().series.size()), static_cast<long long>(plot->table().binCount()));
    std::printf("open + full timeline: %.0f ms (budget 1000)\n", openMs);
    std::printf("first split by client: %.0f ms\n", splitMs);
    std::printf("pan/zoom step (re-bin + replot) near the whole range: median %.1f ms, max %.1f ms\n",
                firstSteps[firstSteps.size() / 2], firstSteps.last());
    std::printf("pan/zoom step, all %lld steps (with the ladder): median %.1f ms, max %.1f ms (budget median 16)\n",
                static_cast<long long>(steps.size()), steps[steps.size() / 2], steps.last());
    std::printf("peak RSS after the zoom ladder: %lld MB\n", static_cast<long long>(ladderPeak / 1024));
    std::printf("per step: %.2f timeline replots, %.2f overview replots, %.2f tables delivered\n",
                stepReplots / double(firstSteps.size()), stepOverviewReplots / double(firstSteps.size()),
                stepTables / double(firstSteps.size()));
    std::printf("GUI thread per step: setTable median %.1f ms (max %.1f), replot median %.1f ms (max %.1f)\n",
                median(setTableMs), *std::max_element(setTableMs.begin(), setTableMs.end()), median(replotMs),
                *std::max_element(replotMs.begin(), replotMs.end()));
    std::printf("RSS: %lld MB (window alone before opening %lld MB; peak %lld MB) (budget 400)\n",
                static_cast<long long>(rss / 1024), static_cast<long long>(rssBefore / 1024),
                static_cast<long long>(peak / 1024));
    std::printf("longest GUI-thread stall without run-queue wait: %.0f ms panning and zooming, %.0f ms opening and "
                "splitting, %.0f ms drilling and scrolling (budget 50)\n",
                useGap.ownMs(), openGap.ownMs(), drillGap.ownMs());
    std::printf("drill-down: all %lld lookups first page %.0f ms (counted at %.0f ms); top series (%lld lookups) "
                "first page %.0f ms (counted at %.0f ms); a jump through the table median %.1f ms, max %.1f ms\n",
                static_cast<long long>(drillAllRows), drillAllMs, drillAllCountMs,
                static_cast<long long>(drillSeriesRows), drillSeriesMs, drillSeriesCountMs, median(jumps),
                *std::max_element(jumps.begin(), jumps.end()));
    std::printf("RSS after drill-down: %lld MB (peak %lld MB)\n", static_cast<long long>(drillRss / 1024),
                static_cast<long long>(rssKb("VmHWM:") / 1024));
    printLoad("at the end");
    return 0;
}
