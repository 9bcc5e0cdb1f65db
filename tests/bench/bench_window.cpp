// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_window: the main window over a large store, offscreen. Builds (or reuses) a store of
// --rows synthetic lookups (36 clients, 46 names, 30 days), opens it in MainWindow and
// measures: opening until the full timeline is shown; a pan or zoom step (re-bin on the worker
// + QCustomPlot replot at 1600 px, split by client into 10 series + other), median and max;
// the window's RSS; and the longest stall of the GUI thread (a 5 ms QTimer's largest gap).
// Usage: bench_window [--rows N] [--store PATH]
#include "main_window.h"
#include "storage/lookup_store.h"
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
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

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

void buildStore(const QString &path, qint64 rows)
{
    QElapsedTimer timer;
    timer.start();
    auto store = openStore(path, StoreOpenMode::Create);
    DatasetInfo meta;
    meta.name = QStringLiteral("synthetic");
    auto sink = store->beginImport(meta);
    const qint64 start = 1'468'800'000'000'000, span = 30LL * 86'400'000'000;
    QList<QByteArray> clients, names;
    for (int i = 0; i < 36; ++i)
        clients.append("10.1.0." + QByteArray::number(i));
    for (int i = 0; i < 46; ++i)
        names.append("svc" + QByteArray::number(i) + ".example.com");
    quint64 state = 88172645463325252ULL;
    for (qint64 i = 0; i < rows; ++i) {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        const qint64 ts = start + i * (span / rows);
        // Skewed clients so a split has a clear top 10.
        const int client = int((state % 1000) * (state % 1000) / 27778) % 36;
        sink->add(RawLookup{ts, clients[client], names[int((state >> 20) % 46)], "A", "NOERROR", {}});
    }
    sink->commit(QStringLiteral("bench-%1").arg(rows), 0);
    std::printf("built %lld lookups in %.1f s\n", static_cast<long long>(rows), double(timer.elapsed()) / 1000);
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

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-bench"));
    const QStringList args = app.arguments();
    const qsizetype rowsAt = args.indexOf(QStringLiteral("--rows")), storeAt = args.indexOf(QStringLiteral("--store"));
    const qint64 rows = rowsAt > 0 ? args.value(rowsAt + 1).toLongLong() : 10'000'000;
    const QString path = storeAt > 0 ? args.value(storeAt + 1) : QStringLiteral("/tmp/dnstl_bench_window_%1.dnstl").arg(rows);
    if (!QFileInfo::exists(path))
        buildStore(path, rows);
    QSettings().clear();

    MainWindow window;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        dock->hide();
    window.resize(1700, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const qint64 rssBefore = rssKb("VmRSS:");

    QElapsedTimer tick;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, tick.restart());
    });
    tick.start();
    ticker.start();

    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!window.openStore(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!QTest::qWaitFor([&] { return window.plot()->table().binCount() > 0; }, 60'000))
        return 1;
    waitIdle(window);
    window.plot()->replot();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;

    QComboBox *split = window.optionsBar()->splitBox();
    split->setCurrentIndex(split->findText(QStringLiteral("client")));
    timer.restart();
    waitIdle(window);
    window.plot()->replot();
    const double splitMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 openGap = maxGap;
    maxGap = 0; // the stall that matters is during use, after the first split's one-off pass

    TimelinePlot *plot = window.plot();
    QList<double> steps;
    for (int i = 0; i < 40; ++i) {
        timer.restart();
        if (i % 4 == 0)
            plot->zoomBy(0.8);
        else if (i % 4 == 1)
            plot->panBy(0.1);
        else if (i % 4 == 2)
            plot->zoomBy(1.2);
        else
            plot->panBy(-0.08);
        waitIdle(window);
        plot->replot();
        steps.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(steps.begin(), steps.end());
    const qint64 rss = rssKb("VmRSS:");
    std::printf("plot width %d px, %lld series, %lld bins\n", plot->axisRect()->width(),
                static_cast<long long>(plot->table().series.size()), static_cast<long long>(plot->table().binCount()));
    std::printf("open + full timeline: %.0f ms (budget 1000)\n", openMs);
    std::printf("first split by client: %.0f ms\n", splitMs);
    std::printf("pan/zoom step (re-bin + replot): median %.1f ms, max %.1f ms (budget median 16)\n",
                steps[steps.size() / 2], steps.last());
    std::printf("last replot: %.1f ms\n", plot->replotTime(false));
    std::printf("RSS: %lld MB (window alone before opening %lld MB; peak %lld MB) (budget 400)\n",
                static_cast<long long>(rss / 1024), static_cast<long long>(rssBefore / 1024),
                static_cast<long long>(rssKb("VmHWM:") / 1024));
    std::printf("longest GUI-thread stall: %lld ms panning and zooming, %lld ms opening and splitting (budget 50)\n",
                static_cast<long long>(maxGap), static_cast<long long>(openGap));
    return 0;
}
