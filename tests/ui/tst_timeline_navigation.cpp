// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview_strip.h"
#include "ui_test_store.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWheelEvent>

using namespace ui_test;

// How the user moves about the timeline: wheel, drag, keys, rubber band, double-click, the
// overview strip and back/forward, each checked on the visible range.
class TstTimelineNavigation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wheelZoomsAboutTheCursor();
    void dragPansByTheDraggedTime();
    void keysZoomPanAndShowAll();
    void shiftDragZoomsToTheBand();
    void doubleClickZoomsToTheBin();
    void backAndForwardRetraceTheMoves();
    void overviewWindowFollowsAndMovesTheTimeline();

private:
    double pixelOf(qint64 us) const { return m_window->plot()->xAxis->coordToPixel(double(us) / 1e6); }

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;
};

void TstTimelineNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-nav"));
    m_storePath = m_dir.filePath(QStringLiteral("nav.dnstl"));
    QVERIFY(makeStore(m_dir.path(), m_storePath));
}

void TstTimelineNavigation::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
}

void TstTimelineNavigation::cleanup()
{
    m_window.reset();
}

void TstTimelineNavigation::wheelZoomsAboutTheCursor()
{
    TimelinePlot *plot = m_window->plot();
    const TimeRange before = plot->visibleRange();
    const QPoint at(int(pixelOf(kStartUs + 2 * kDayUs)), plot->axisRect()->center().y());
    const double keyAt = plot->xAxis->pixelToCoord(at.x());
    QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(plot, &wheel);
    const TimeRange after = plot->visibleRange();
    QVERIFY(after.length() < before.length() * 0.9);
    QVERIFY(std::abs(plot->xAxis->pixelToCoord(at.x()) - keyAt) < 1);
    QTRY_COMPARE(m_window->controller()->visibleRange().value_or(TimeRange{}), after);
}

void TstTimelineNavigation::dragPansByTheDraggedTime()
{
    TimelinePlot *plot = m_window->plot();
    const TimeRange before = plot->visibleRange();
    const int y = plot->axisRect()->center().y();
    const QPoint from(plot->axisRect()->center().x(), y), to(from.x() - 200, y);
    const double shift = plot->xAxis->pixelToCoord(from.x()) - plot->xAxis->pixelToCoord(to.x());
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    const TimeRange after = plot->visibleRange();
    QVERIFY(std::abs(double(after.fromUs - before.fromUs) / 1e6 - shift) < 2);
    QCOMPARE(after.length(), before.length());
    QVERIFY(plot->history().canGoBack());
}

void TstTimelineNavigation::keysZoomPanAndShowAll()
{
    TimelinePlot *plot = m_window->plot();
    plot->setFocus();
    const TimeRange all = plot->visibleRange();
    QTest::keyClick(plot, Qt::Key_Plus);
    const TimeRange zoomed = plot->visibleRange();
    QVERIFY(std::abs(double(zoomed.length()) / double(all.length()) - 0.8) < 0.01);
    QTest::keyClick(plot, Qt::Key_Right);
    const TimeRange panned = plot->visibleRange();
    QVERIFY(std::abs(double(panned.fromUs - zoomed.fromUs) / double(zoomed.length()) - 0.2) < 0.01);
    QTest::keyClick(plot, Qt::Key_Left);
    QTest::keyClick(plot, Qt::Key_Minus);
    QVERIFY(std::abs(double(plot->visibleRange().length()) / double(all.length()) - 1) < 0.01);
    QTest::keyClick(plot, Qt::Key_Plus);
    QTest::keyClick(plot, Qt::Key_Plus);
    QTest::keyClick(plot, Qt::Key_Home);
    QTRY_COMPARE(plot->visibleRange(), all);
}

void TstTimelineNavigation::shiftDragZoomsToTheBand()
{
    TimelinePlot *plot = m_window->plot();
    const int y = plot->axisRect()->center().y();
    const QPoint from(int(pixelOf(kStartUs + 2 * kDayUs)), y), to(int(pixelOf(kStartUs + 4 * kDayUs)), y);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, to);
    const TimeRange after = plot->visibleRange();
    const qint64 pixelUs = qint64((plot->xAxis->range().size() * 1e6) / plot->axisRect()->width()) + 1;
    QVERIFY(std::abs(after.fromUs - (kStartUs + 2 * kDayUs)) < 20 * pixelUs);
    QVERIFY(std::abs(after.toUs - (kStartUs + 4 * kDayUs)) < 20 * pixelUs);
}

void TstTimelineNavigation::doubleClickZoomsToTheBin()
{
    TimelinePlot *plot = m_window->plot();
    const BinTable table = plot->table();
    const QPoint at(int(pixelOf(kStartUs + kDayUs + kDayUs / 16)), plot->axisRect()->bottom() - 5);
    const qsizetype bin = plot->binAt(at.x());
    QVERIFY(bin >= 0);
    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(plot->visibleRange(), (TimeRange{table.edges[bin], table.edges[bin + 1]}));
}

void TstTimelineNavigation::backAndForwardRetraceTheMoves()
{
    TimelinePlot *plot = m_window->plot();
    plot->setFocus();
    const TimeRange all = plot->visibleRange();
    QTest::keyClick(plot, Qt::Key_Plus);
    const TimeRange zoomed = plot->visibleRange();
    QTest::keyClick(plot, Qt::Key_Right);
    const TimeRange panned = plot->visibleRange();
    QVERIFY(plot->goBack());
    QCOMPARE(plot->visibleRange(), zoomed);
    QVERIFY(plot->goBack());
    QCOMPARE(plot->visibleRange(), all);
    QVERIFY(!plot->goBack());
    QVERIFY(plot->goForward());
    QVERIFY(plot->goForward());
    QCOMPARE(plot->visibleRange(), panned);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(plot->visibleRange(), zoomed);
}

void TstTimelineNavigation::overviewWindowFollowsAndMovesTheTimeline()
{
    TimelinePlot *plot = m_window->plot();
    OverviewStrip *overview = m_window->overview();
    QTRY_VERIFY(m_window->controller()->overview().binCount() > 0);
    overview->replot();
    plot->moveTo({kStartUs + kDayUs, kStartUs + 2 * kDayUs});
    QCOMPARE(overview->window(), plot->visibleRange());
    // Drag the window one day to the right.
    const int y = overview->axisRect()->center().y();
    const QPoint from(int(overview->pixelOf(kStartUs + kDayUs + kDayUs / 2)), y);
    const QPoint to(int(overview->pixelOf(kStartUs + 2 * kDayUs + kDayUs / 2)), y);
    QTest::mousePress(overview, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, overview->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(overview, &move);
    QTest::mouseRelease(overview, Qt::LeftButton, Qt::NoModifier, to);
    const TimeRange after = plot->visibleRange();
    const qint64 pixelUs = qint64(overview->xAxis->range().size() * 1e6 / overview->axisRect()->width()) + 1;
    QVERIFY(std::abs(after.fromUs - (kStartUs + 2 * kDayUs)) <= 2 * pixelUs);
    QCOMPARE(after.length(), kDayUs);
    QCOMPARE(overview->window(), after);
    QTRY_COMPARE(m_window->controller()->visibleRange().value_or(TimeRange{}), after);
}

QTEST_MAIN(TstTimelineNavigation)
#include "tst_timeline_navigation.moc"
