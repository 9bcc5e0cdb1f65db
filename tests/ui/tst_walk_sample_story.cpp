// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The story the bundled sample tells (README "Walkthrough on the bundled sample"), in the real
// window: the bank's two resolvers keep Moscow office hours in the heatmap, and the mail host
// they look up resolves to a hosting company's address, then a mail provider's, then returns
// SERVFAIL and NXDOMAIN and vanishes, on the Resolutions lane; and the bank's lookups fall near
// the election calendar's events more than chance puts them there. With DNSTL_SHOT_DIR set, saves
// the README's screenshots there (resources/screenshots/make_sample_screenshots.sh).
#include "walk_support.h"

#include "address_book_dock.h"
#include "analysis_dock.h"
#include "coincidence_panel.h"
#include "filters_dock.h"
#include "heatmap_panel.h"
#include "resolution_lane.h"

#include <QTabWidget>

using namespace walk;

namespace {

const QString kMailHost = QStringLiteral("mail1.campaign-mail.example");

qint64 utcUs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

void saveShot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("DNSTL_SHOT_DIR");
    if (dir.isEmpty())
        return;
    for (auto *plot : widget.window()->findChildren<QCustomPlot *>())
        plot->replot(); // a queued replot may still be pending
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

class TstWalkSampleStory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        firstRun();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(open(*m_window, sampleCopy(m_dir), {1400, 860}));
    }

    // Walkthrough step 2: in Moscow time the bank's lookups sit in weekday office hours.
    void bankResolversKeepMoscowOfficeHours()
    {
        m_window->controller()->setFilters({{LookupField::ClientOwner, QStringLiteral("Example Bank*")}});
        AnalysisDock *dock = m_window->analysisDock();
        dock->setFloating(true); // the README shows the dock alone, wide enough for both panels
        dock->resize(1200, 380);
        dock->show();
        dock->tabs()->setCurrentWidget(dock->heatmapPanel());
        dock->heatmapPanel()->setZones(QTimeZone("Europe/Moscow"), QTimeZone("America/New_York"));
        QVERIFY(QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Heatmap); }, 30'000));
        const ActivityHeatmap::Panel moscow = dock->heatmapPanel()->panels().value(0);
        qint64 total = 0, officeLeast = std::numeric_limits<qint64>::max(), outsideMost = 0;
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                const qint64 n = moscow.at(day, hour);
                total += n;
                if (day < 5 && hour >= 9 && hour < 18)
                    officeLeast = std::min(officeLeast, n);
                else
                    outsideMost = std::max(outsideMost, n);
            }
        }
        QCOMPARE(total, qint64(2508));
        QVERIFY2(officeLeast >= 30 && outsideMost <= 12,
                 qPrintable(
                     QStringLiteral("office hours at least %1, outside at most %2").arg(officeLeast).arg(outsideMost)));
        saveShot(*dock, "sample-bank-heatmap.png");
    }

    // Walkthrough step 4: the bank's lookups fall near the calendar's events more than shifted
    // copies of the calendar catch while the bank looks the name up (1 May to 23 September);
    // over the whole season, whose debates fall in the bank's silence, much less so. The window
    // tests the visible range, as `stats coincidence --from --to` does.
    void bankLookupsCoincideWithTheCalendarWhileTheyLast()
    {
        AnalysisDock *dock = m_window->analysisDock();
        const auto result = [&] {
            if (!QTest::qWaitFor([&] { return dock->isFresh(AnalysisDock::Kind::Coincidence); }, 30'000))
                return std::optional<EventCoincidence::Result>();
            return dock->coincidencePanel()->result();
        };
        dock->tabs()->setCurrentWidget(dock->coincidencePanel());
        const std::optional<EventCoincidence::Result> season = result();
        QVERIFY(season);
        QCOMPARE(season->events, 9);
        QCOMPARE(season->inWindows, qint64(986));
        QVERIFY2(season->pValue && *season->pValue > 0.01, qPrintable(season->sentence));

        m_window->controller()->setVisibleRange({utcUs(2016, 5, 1), utcUs(2016, 9, 24)});
        QVERIFY(QTest::qWaitFor([&] { return !dock->isFresh(AnalysisDock::Kind::Coincidence); }, 10'000) ||
                dock->coincidencePanel()->result()->extent.toUs == utcUs(2016, 9, 24));
        const std::optional<EventCoincidence::Result> active = result();
        QVERIFY(active);
        QCOMPARE(active->extent.toUs, utcUs(2016, 9, 24));
        QCOMPARE(active->lookups, qint64(2508));
        QCOMPARE(active->inWindows, qint64(986));
        QVERIFY2(active->pValue && *active->pValue < 0.001, qPrintable(active->sentence));
        saveShot(*dock, "sample-bank-coincidence.png");
        dock->hide();
        m_window->controller()->showAll();
    }

    // Walkthrough step 3: the mail host's resolutions, from the lookups' own answers, end in
    // errors and then stop.
    void mailHostResolvesMovesFailsAndVanishes()
    {
        m_window->controller()->setFilters({{LookupField::Qname, kMailHost}});
        auto *lane = m_window->plot()->findChild<ResolutionLane *>();
        QVERIFY(lane);
        QTRY_COMPARE_WITH_TIMEOUT(lane->rows().size(), 4, 30'000);
        QVERIFY(QTest::qWaitFor([&] { return !m_window->controller()->isBusy(); }, 30'000));
        const QList<ResolutionHistory::Row> &rows = lane->rows();
        QCOMPARE(rows[0].answer, QStringLiteral("203.0.113.70"));
        QCOMPARE(rows[0].owner, QStringLiteral("Example Hosting (fictional)"));
        QCOMPARE(rows[1].answer, QStringLiteral("192.0.2.77"));
        QCOMPARE(rows[1].owner, QStringLiteral("Example Mail Provider (fictional)"));
        QVERIFY(rows[0].lastUs < utcUs(2016, 8, 8) && rows[1].firstUs >= utcUs(2016, 8, 8));
        QCOMPARE(rows[2].rcode, QStringLiteral("SERVFAIL"));
        QCOMPARE(rows[3].rcode, QStringLiteral("NXDOMAIN"));
        QVERIFY(rows[2].firstUs > rows[1].lastUs && rows[3].firstUs > rows[2].lastUs);
        QCOMPARE(rows[2].errorLookups, rows[2].lookups);
        QCOMPARE(rows[3].errorLookups, rows[3].lookups);
        QVERIFY(rows[3].lastUs < utcUs(2016, 9, 24)); // then nobody asks
        QCOMPARE(rows[0].lookups + rows[1].lookups + rows[2].lookups + rows[3].lookups, qint64(2508));
        saveShot(*m_window, "sample-mail-host-resolutions.png");
    }

    // The address book the sample comes with labels the resolvers and the mail host's networks,
    // and splitting by client_owner gives one series per resolver owner (README "Who is behind
    // an address").
    void addressBookSplitsTheResolversByOwner()
    {
        AddressBookDock *book = m_window->addressBookDock();
        QCOMPARE(book->entries().size(), 6);
        m_window->controller()->setFilters({});
        m_window->controller()->setSplit(LookupField::ClientOwner);
        QVERIFY(QTest::qWaitFor([&] { return !m_window->controller()->isBusy(); }, 30'000));
        QStringList owners;
        for (const BinSeries &series : m_window->plot()->table().series)
            owners.append(series.name);
        owners.sort();
        QCOMPARE(
            owners,
            (QStringList{QStringLiteral("Example Bank (fictional)"), QStringLiteral("Example Hosting (fictional)"),
                         QStringLiteral("Example ISP (fictional)"), QStringLiteral("Example University (fictional)")}));
        m_window->filtersDock()->hide(); // room for the book's six rows beside the chart
        book->setVisible(true);
        book->raise();
        m_window->resizeDocks({book}, {300}, Qt::Vertical);
        QTest::qWait(50); // the layout settles
        saveShot(*m_window, "sample-address-book-window.png");
        m_window->filtersDock()->show();
        m_window->controller()->setSplit(std::nullopt);
    }
};

QTEST_MAIN(TstWalkSampleStory)
#include "tst_walk_sample_story.moc"
