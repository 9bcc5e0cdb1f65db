// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's exports: the same pixels as `dnstimeline render`, the export dialog's preview,
// and the series and event categories the window hides left out of every export.
#include "export_case.h"

class TstExportWindow : public ExportCaseTest {
    Q_OBJECT

private slots:
    void initTestCase();
    void windowExportEqualsRenderPixels();
    void exportDialogPreviewsAndWrites();
    void windowExportsLeaveOutWhatTheWindowHides();
};

void TstExportWindow::initTestCase()
{
    makeCase();
}

void TstExportWindow::windowExportEqualsRenderPixels()
{
    MainWindow window;
    QVERIFY(showStore(window));
    window.setTimeZone(QTimeZone("America/New_York"));
    window.controller()->setSplit(LookupField::Server);
    window.controller()->setFilters({{LookupField::Qname, QStringLiteral("host[0-2]*")}});
    window.plot()->moveTo({kStartUs + kDayUs / 2, kStartUs + 5 * kDayUs});
    QTest::qWait(50);
    QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 10'000));
    QTest::qWait(50);
    QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 10'000));

    // Stacked bars first, then the window's other look: lines, log counts, a moving average.
    for (int round = 0; round < 2; ++round) {
        if (round == 1) {
            SeriesLook look;
            look.style = SeriesStyle::Lines;
            look.logScale = true;
            look.movingAverage = 3;
            window.plot()->setLook(look);
        }
        const ExportView view = window.exportActions()->currentView();
        QCOMPARE(view.query.split, std::optional<LookupField>(LookupField::Server));
        QCOMPARE(view.query.zone, QTimeZone("America/New_York"));
        QCOMPARE(view.logScale, round == 1);
        ExportDialog dialog(window.controller()->store(), view, &window);
        const QString fromWindow = m_dir.filePath(QStringLiteral("window-%1.png").arg(round));
        QVERIFY_THROWS_NO_EXCEPTION(dialog.exportTo(fromWindow));

        const QString fromCli = m_dir.filePath(QStringLiteral("cli-%1.png").arg(round));
        const Run r = dnstimeline(QStringList{QStringLiteral("render"), m_store, QStringLiteral("-o"), fromCli} +
                                  RenderCommand::viewArguments(view.query, true) + RenderCommand::chartArguments(view));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage a(fromWindow), b(fromCli);
        QCOMPARE(a.size(), QSize(1600, 900));
        QVERIFY(a == b);
    }
    QVERIFY(QImage(m_dir.filePath(QStringLiteral("window-0.png"))) !=
            QImage(m_dir.filePath(QStringLiteral("window-1.png"))));
    // Ctrl+Shift+C puts the same picture on the clipboard.
    QApplication::clipboard()->clear();
    window.exportActions()->copyChart();
    QCOMPARE(QApplication::clipboard()->image().convertToFormat(QImage::Format_RGB32),
             QImage(m_dir.filePath(QStringLiteral("window-1.png"))).convertToFormat(QImage::Format_RGB32));
    const ExportView view = window.exportActions()->currentView();
    // And the picture shows what the window shows: its subtitle is the visible range.
    QVERIFY(view.subtitle.startsWith(QLatin1String("2016-07-18 08:00")));
}

void TstExportWindow::exportDialogPreviewsAndWrites()
{
    auto store = std::shared_ptr<LookupStore>(openStore(m_store, StoreOpenMode::ReadWrite));
    ExportView v = baseView();
    ExportDialog dialog(store, v);
    dialog.refreshPreview();
    QCOMPARE(dialog.preview().size(), v.size);
    v.size = QSize(700, 400);
    v.legend = false;
    dialog.setView(v);
    dialog.refreshPreview();
    QCOMPARE(dialog.preview().size(), QSize(700, 400));
    QCOMPARE(dialog.view().legend, false);
    const QString svg = m_dir.filePath(QStringLiteral("dialog.svg"));
    QVERIFY_THROWS_NO_EXCEPTION(dialog.exportTo(svg));
    bool ok = false;
    const QString text = svgText(readAll(svg), &ok);
    QVERIFY(ok && text.contains(v.title));
    QVERIFY(!text.contains(QLatin1String("192.0.2.17"))); // no legend asked: no series names
}

// A series hidden by a legend click and a hidden event category stay out of every export of
// the window (dialog, Copy chart, bundle), and the bundle's reproduce.sh draws the same chart.
void TstExportWindow::windowExportsLeaveOutWhatTheWindowHides()
{
    MainWindow window;
    QVERIFY(showStore(window));
    QString error;
    window.controller()->setSplit(LookupField::Server);
    window.plot()->moveTo({kStartUs + kDayUs / 2, kStartUs + 7 * kDayUs});
    QTest::qWait(50);
    QVERIFY(QTest::qWaitFor([&] { return !window.controller()->isBusy(); }, 10'000));
    // The export's own table: its series (and so their colours) are ranked over the range shown.
    const QList<BinSeries> series =
        ChartExport::prepare(*window.controller()->store(), window.exportActions()->currentView(), QDateTime())
            .table.series;
    QCOMPARE(series.size(), 2);
    const QString hidden = SeriesDrawer::legendName(series[1]);
    const QRgb hiddenInk = SeriesDrawer::colourOf(series[1], 1).rgb();
    const auto inkPixels = [&](const QImage &image) {
        qint64 n = 0;
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y) {
            for (int x = 0; x < rgb.width(); ++x)
                n += (rgb.pixel(x, y) & 0xFFFFFF) == (hiddenInk & 0xFFFFFF);
        }
        return n;
    };
    const auto exported = [&](const QString &name) {
        ExportDialog dialog(window.controller()->store(), window.exportActions()->currentView(), &window);
        const QString path = m_dir.filePath(name);
        try {
            dialog.exportTo(path);
            return path;
        } catch (const Failure &failure) {
            error = failure.message();
            return QString();
        }
    };
    const QString shownPng = exported(QStringLiteral("shown.png")), shownSvg = exported(QStringLiteral("shown.svg"));
    QVERIFY2(!shownPng.isEmpty() && !shownSvg.isEmpty(), qPrintable(error));
    QVERIFY(inkPixels(QImage(shownPng)) > 1000);

    window.plot()->toggleSeries(hidden); // a legend click
    window.eventsDock()->setCategoryVisible(QStringLiteral("note"), false);
    QCOMPARE(window.plot()->eventLayer()->hiddenCategories(), QSet<QString>{QStringLiteral("note")});
    const ExportView view = window.exportActions()->currentView();
    QCOMPARE(view.hiddenSeries, QStringList{hidden});
    QCOMPARE(view.hiddenCategories, QStringList{QStringLiteral("note")});
    const QString png = exported(QStringLiteral("hidden.png")), svg = exported(QStringLiteral("hidden.svg"));
    QVERIFY2(!png.isEmpty() && !svg.isEmpty(), qPrintable(error));
    if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT_DIR")) { // to look at
        QFile::copy(png, qEnvironmentVariable("DNSTL_SHOT_DIR") + QStringLiteral("/export-hidden.png"));
        QFile::copy(shownPng, qEnvironmentVariable("DNSTL_SHOT_DIR") + QStringLiteral("/export-shown.png"));
    }
    QCOMPARE(inkPixels(QImage(png)), 0); // neither bars nor a legend swatch
    bool ok = false;
    const QString shownText = svgText(readAll(shownSvg), &ok), text = svgText(readAll(svg), &ok);
    QVERIFY(ok);
    QVERIFY(shownText.contains(QLatin1String("Server moved")) && shownText.contains(hidden));
    QVERIFY2(!text.contains(QLatin1String("Server moved")) && !text.contains(QLatin1String("Conference")),
             qPrintable(text));
    QCOMPARE(text.count(hidden), 1); // in the footer, not the legend
    QVERIFY(text.contains(QStringLiteral("Hidden series: ") + hidden));
    QVERIFY(text.contains(QLatin1String("Hidden event categories: note")));
    QVERIFY(text.contains(SeriesDrawer::legendName(series[0])));
    // Copy chart: the same picture.
    window.exportActions()->copyChart();
    QCOMPARE(QApplication::clipboard()->image().convertToFormat(QImage::Format_RGB32),
             QImage(png).convertToFormat(QImage::Format_RGB32));
    // `render` with the view's options draws it too.
    const QString fromCli = m_dir.filePath(QStringLiteral("hidden-cli.png"));
    const Run r = dnstimeline(QStringList{QStringLiteral("render"), m_store, QStringLiteral("-o"), fromCli} +
                              RenderCommand::viewArguments(view.query, true) + RenderCommand::chartArguments(view));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QImage(fromCli) == QImage(png));

    // The bundle: its chart, provenance and reproduce.sh agree.
    const QString bundle = m_dir.filePath(QStringLiteral("hidden-bundle"));
    QVERIFY_THROWS_NO_EXCEPTION(ChartExport::writeBundle(*window.controller()->store(), view, bundle));
    QCOMPARE(inkPixels(QImage(bundle + QStringLiteral("/chart.png"))), 0);
    QVERIFY(!readAll(bundle + QStringLiteral("/events.csv")).contains("Server moved"));
    const QJsonObject provenance =
        QJsonDocument::fromJson(readAll(bundle + QStringLiteral("/provenance.json"))).object();
    const QJsonObject pview = provenance.value(QStringLiteral("view")).toObject();
    QCOMPARE(pview.value(QStringLiteral("hidden_series")).toArray(), QJsonArray{hidden});
    QCOMPARE(pview.value(QStringLiteral("hidden_event_categories")).toArray(), QJsonArray{QStringLiteral("note")});
    QVERIFY(readAll(bundle + QStringLiteral("/reproduce.sh")).contains("--hide-series " + hidden.toUtf8()));
    QTemporaryDir work;
    const Run script = reproduce(bundle, m_sources, work.path(), QStringLiteral("out"));
    QVERIFY2(script.exitCode == 0, script.err.constData());
    QCOMPARE(QImage(work.filePath(QStringLiteral("out/chart.png"))), QImage(bundle + QStringLiteral("/chart.png")));
}

QTEST_MAIN(TstExportWindow)
#include "tst_export_window.moc"
