// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_dialog.h"
#include "event_editor.h"
#include "event_label_layout.h"
#include "event_layer.h"
#include "event_time.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "ui_test_store.h"

#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ui_test;

// Events in the window: labels laid out without overlap above the data, undo and redo of
// every change written to the store, Ctrl+click and Ctrl+drag adding events through the
// dialog, dragging a line, selection kept in step between dock and chart, category toggles,
// and events that outlive the window.
class TstEventsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void labelLayoutNeverOverlapsOnACrowdedSet();
    void labelNearTheRightEdgeEndsThereUncut();
    void plotLabelsStayAboveTheDataArea();
    void undoRedoOfAddMoveDeleteRestoresTheStore();
    void ctrlClickAddsAPointEventAtTheClickedTime();
    void ctrlDragAddsARangeEvent();
    void altDragStillSelectsARangeForDrillDown();
    void draggingALineMovesTheEventUndoably();
    void selectionFollowsBetweenDockAndChart();
    void categoryToggleHidesItsEvents();
    void hoverCardShowsFullTitleDatesInTheZoneAndSource();
    void eventsSurviveReopeningTheStore();

private:
    QList<TimelineEvent> storedEvents() const;
    EventDialog *waitForDialog();

    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

bool same(const TimelineEvent &a, const TimelineEvent &b)
{
    return a.id == b.id && a.startUs == b.startUs && a.endUs == b.endUs && a.allDay == b.allDay &&
        a.timeZone == b.timeZone && a.title == b.title && a.notes == b.notes && a.category == b.category &&
        a.color == b.color && a.url == b.url;
}

bool same(const QList<TimelineEvent> &a, const QList<TimelineEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i]))
            return false;
    return true;
}

void checkNoOverlap(const QList<EventLabelLayout::Placement> &labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                     qPrintable(QStringLiteral("'%1' overlaps '%2'").arg(labels[i].text, labels[j].text)));
}

} // namespace

void TstEventsUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-events-ui"));
    m_storePath = m_dir.filePath(QStringLiteral("events.dnstl"));
    QVERIFY(makeStore(m_dir.path(), m_storePath));
    auto store = openStore(m_storePath, StoreOpenMode::ReadWrite);
    TimelineEvent span;
    span.startUs = kStartUs + 5 * kDayUs;
    span.endUs = kStartUs + 7 * kDayUs;
    span.title = QStringLiteral("Convention");
    span.category = QStringLiteral("convention");
    store->addEvent(span);
    TimelineEvent press;
    press.startUs = kStartUs + 8 * kDayUs;
    press.title = QStringLiteral("Press report with a title far too long to fit in a label on the chart");
    press.category = QStringLiteral("press");
    press.url = QStringLiteral("https://example.com/report");
    store->addEvent(press);
}

void TstEventsUi::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    QTRY_COMPARE(m_window->eventWorkbench()->events().size(), storedEvents().size());
    m_window->plot()->replot();
}

void TstEventsUi::cleanup()
{
    // Leave the store as the next test expects it: undo everything this test did.
    if (m_window) {
        QUndoStack *stack = m_window->eventWorkbench()->editor()->undoStack();
        while (stack->canUndo())
            stack->undo();
    }
    m_window.reset();
}

QList<TimelineEvent> TstEventsUi::storedEvents() const
{
    return openStore(m_storePath, StoreOpenMode::ReadOnly)->events();
}

EventDialog *TstEventsUi::waitForDialog()
{
    EventDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<EventDialog *>()) != nullptr; }, 2000))
        return nullptr;
    return dialog;
}

void TstEventsUi::labelLayoutNeverOverlapsOnACrowdedSet()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    const EventLabelLayout layout(font, 3, 180);
    QRandomGenerator random(7);
    QList<EventLabelLayout::Anchor> anchors;
    for (int i = 0; i < 300; ++i) {
        const double left = random.bounded(1400.0) - 100; // some begin left of the area
        const double right = random.bounded(2) ? left : left + random.bounded(300.0);
        anchors.append({i + 1, left, right, QString(QLatin1Char('A' + i % 26)).repeated(1 + random.bounded(60))});
    }
    const double areaLeft = 60, areaRight = 1200, bandBottom = 90;
    const auto labels = layout.place(anchors, areaLeft, areaRight, bandBottom);
    QVERIFY(labels.size() >= 12); // three full rows at least
    checkNoOverlap(labels);
    bool someElided = false;
    for (const auto &label : labels) {
        QVERIFY(label.rect.bottom() <= bandBottom);                     // never over the data
        QVERIFY(label.rect.top() >= bandBottom - layout.bandHeight(3)); // within the band
        QVERIFY(label.rect.left() >= areaLeft && label.rect.right() <= areaRight);
        QVERIFY(label.rect.width() <= 180.5);
        QVERIFY(label.row >= 0 && label.row < 3);
        someElided = someElided || (label.elided && label.text.endsWith(QChar(0x2026)));
    }
    QVERIFY(someElided);
    QCOMPARE(layout.place(anchors, areaLeft, areaRight, bandBottom).size(), labels.size()); // pure
}

// "Third presidential debate" 40 px before the right edge: the label ends at the edge, whole,
// starting left of its line; when its row is taken left of the line, it is cut at the edge.
void TstEventsUi::labelNearTheRightEdgeEndsThereUncut()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8.5);
    const EventLabelLayout layout(font, 1, 220);
    const QString title = QStringLiteral("Third presidential debate");
    const double areaLeft = 60, areaRight = 1200, bandBottom = 90;
    const auto alone = layout.place({{1, areaRight - 40, areaRight - 40, title}}, areaLeft, areaRight, bandBottom);
    QCOMPARE(alone.size(), 1);
    QCOMPARE(alone[0].text, title);
    QVERIFY(!alone[0].elided);
    QCOMPARE(alone[0].rect.right(), areaRight);
    QVERIFY(alone[0].rect.left() < areaRight - 40);

    const auto crowded = layout.place(
        {{1, areaRight - 100, areaRight - 100, QStringLiteral("Debate")}, {2, areaRight - 40, areaRight - 40, title}},
        areaLeft, areaRight, bandBottom);
    checkNoOverlap(crowded);
    QCOMPARE(crowded.size(), 2);
    QVERIFY(crowded[1].elided);
    QCOMPARE(crowded[1].rect.left(), areaRight - 40);
    QVERIFY(crowded[1].rect.right() <= areaRight);
}

void TstEventsUi::plotLabelsStayAboveTheDataArea()
{
    TimelinePlot *plot = m_window->plot();
    QList<TimelineEvent> crowd = m_window->eventWorkbench()->events();
    for (int i = 0; i < 60; ++i) {
        TimelineEvent e;
        e.id = 1000 + i;
        e.startUs = kStartUs + i * (kDays * kDayUs / 60);
        if (i % 3 == 0)
            e.endUs = e.startUs + kDayUs;
        e.title = QStringLiteral("Crowded event number %1").arg(i);
        crowd.append(e);
    }
    plot->setEvents(crowd);
    plot->replot();
    plot->replot();
    const auto &labels = plot->eventLayer()->labels();
    QVERIFY(labels.size() >= 6);
    checkNoOverlap(labels);
    const QRect data = plot->axisRect()->rect();
    for (const auto &label : labels) {
        QVERIFY2(label.rect.bottom() < data.top(), qPrintable(label.text));
        QVERIFY(label.rect.top() >= 0);
    }
}

void TstEventsUi::undoRedoOfAddMoveDeleteRestoresTheStore()
{
    EventEditor *editor = m_window->eventWorkbench()->editor();
    QUndoStack *stack = editor->undoStack();
    const QList<TimelineEvent> s0 = storedEvents();

    TimelineEvent added;
    added.startUs = kStartUs + kDayUs / 2;
    added.endUs = added.startUs + 3'600'000'000;
    added.title = QStringLiteral("Outage");
    added.category = QStringLiteral("outage");
    added.notes = QStringLiteral("upstream resolver down");
    const qint64 id = editor->add(added);
    QVERIFY(id > 0);
    const QList<TimelineEvent> s1 = storedEvents();
    QCOMPARE(s1.size(), s0.size() + 1);

    TimelineEvent moved = *editor->event(id);
    moved.startUs += 7'200'000'000;
    *moved.endUs += 7'200'000'000;
    QCOMPARE(editor->move(moved), id);
    const QList<TimelineEvent> s2 = storedEvents();
    QVERIFY(!same(s2, s1));

    const qint64 victim = s0.first().id;
    QCOMPARE(editor->remove(victim), victim);
    const QList<TimelineEvent> s3 = storedEvents();
    QCOMPARE(s3.size(), s2.size() - 1);

    stack->undo();
    QVERIFY(same(storedEvents(), s2)); // the deleted event is back, id and all
    stack->undo();
    QVERIFY(same(storedEvents(), s1));
    stack->undo();
    QVERIFY(same(storedEvents(), s0));
    QVERIFY(same(m_window->eventWorkbench()->events(), s0));
    stack->redo();
    QVERIFY(same(storedEvents(), s1));
    stack->redo();
    QVERIFY(same(storedEvents(), s2));
    stack->redo();
    QVERIFY(same(storedEvents(), s3));
    QVERIFY(same(m_window->eventWorkbench()->events(), s3));
}

void TstEventsUi::ctrlClickAddsAPointEventAtTheClickedTime()
{
    TimelinePlot *plot = m_window->plot();
    const QRect data = plot->axisRect()->rect();
    const QPoint at(data.left() + data.width() / 3, data.center().y());
    const qint64 clickedUs = qint64(plot->xAxis->pixelToCoord(at.x()) * 1e6);
    const qsizetype before = storedEvents().size();
    QTest::mousePress(plot, Qt::LeftButton, Qt::ControlModifier, at);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ControlModifier, at);
    EventDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("Clicked here"));
    dialog->accept();
    const QList<TimelineEvent> after = storedEvents();
    QCOMPARE(after.size(), before + 1);
    const auto found = std::find_if(after.begin(), after.end(),
                                    [](const auto &e) { return e.title == QStringLiteral("Clicked here"); });
    QVERIFY(found != after.end());
    QVERIFY(!found->endUs);
    QVERIFY2(std::abs(found->startUs - clickedUs) < 60'000'000,
             qPrintable(QString::number(found->startUs - clickedUs)));
    QCOMPARE(m_window->eventsDock()->selectedId(), found->id); // the new event is selected
    QTRY_VERIFY(!m_window->findChild<EventDialog *>());
}

void TstEventsUi::ctrlDragAddsARangeEvent()
{
    TimelinePlot *plot = m_window->plot();
    const QRect data = plot->axisRect()->rect();
    const QPoint from(data.left() + 100, data.center().y()), to(data.left() + 260, data.center().y());
    const double fromS = plot->xAxis->pixelToCoord(from.x()), toS = plot->xAxis->pixelToCoord(to.x());
    QTest::mousePress(plot, Qt::LeftButton, Qt::ControlModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ControlModifier, to);
    EventDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    dialog->titleEdit()->setText(QStringLiteral("Dragged range"));
    dialog->accept();
    const QList<TimelineEvent> after = storedEvents();
    const auto found = std::find_if(after.begin(), after.end(),
                                    [](const auto &e) { return e.title == QStringLiteral("Dragged range"); });
    QVERIFY(found != after.end());
    QVERIFY(found->endUs);
    QVERIFY(std::abs(double(found->startUs) / 1e6 - fromS) < 60 + 3600); // a pixel is ~10 minutes here
    QVERIFY(std::abs(double(*found->endUs) / 1e6 - toS) < 60 + 3600);
}

void TstEventsUi::altDragStillSelectsARangeForDrillDown()
{
    TimelinePlot *plot = m_window->plot();
    const QRect data = plot->axisRect()->rect();
    const QPoint from(data.left() + 100, data.center().y()), to(data.left() + 260, data.center().y());
    QSignalSpy selected(plot, &TimelinePlot::rangeSelected);
    const qsizetype before = storedEvents().size();
    QTest::mousePress(plot, Qt::LeftButton, Qt::AltModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::AltModifier, to);
    QCOMPARE(selected.size(), 1);
    const auto range = selected.first().first().value<TimeRange>();
    QVERIFY(std::abs(double(range.fromUs) / 1e6 - plot->xAxis->pixelToCoord(from.x())) < 3600);
    QVERIFY(!m_window->findChild<EventDialog *>()); // no event dialog
    QCOMPARE(storedEvents().size(), before);
}

void TstEventsUi::draggingALineMovesTheEventUndoably()
{
    TimelinePlot *plot = m_window->plot();
    const QList<TimelineEvent> before = storedEvents();
    const auto point = std::find_if(before.begin(), before.end(),
                                    [](const auto &e) { return e.title == QStringLiteral("Server moved"); });
    QVERIFY(point != before.end());
    const int x = int(std::lround(plot->xAxis->coordToPixel(double(point->startUs) / 1e6)));
    const QPoint from(x, plot->axisRect()->rect().bottom() - 20), to(x + 80, from.y());
    const double shiftS = plot->xAxis->pixelToCoord(to.x()) - plot->xAxis->pixelToCoord(from.x());
    const TimeRange view = plot->visibleRange();
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(plot->visibleRange(), view); // the drag moved the event, not the view
    const auto moved = m_window->eventWorkbench()->editor()->event(point->id);
    QVERIFY(moved);
    QVERIFY(std::abs(double(moved->startUs - point->startUs) / 1e6 - shiftS) < 2);
    m_window->eventWorkbench()->editor()->undoStack()->undo();
    QVERIFY(same(storedEvents(), before));
}

void TstEventsUi::selectionFollowsBetweenDockAndChart()
{
    TimelinePlot *plot = m_window->plot();
    EventsDock *dock = m_window->eventsDock();
    const auto &labels = plot->eventLayer()->labels();
    QVERIFY(labels.size() >= 2);
    const EventLabelLayout::Placement label = labels[1];
    const QPoint at = label.rect.center().toPoint();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(dock->selectedId(), label.id);
    QCOMPARE(plot->eventLayer()->selected(), label.id);

    const qint64 other = plot->eventLayer()->labels().first().id;
    for (int row = 0; row < dock->list()->count(); ++row)
        if (dock->list()->item(row)->data(Qt::UserRole).toLongLong() == other)
            dock->list()->setCurrentRow(row);
    QCOMPARE(plot->eventLayer()->selected(), other);
    QCOMPARE(dock->selectedId(), other);

    // A double-click on a label opens the dialog on that event.
    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    EventDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->event().id, label.id);
    dialog->reject();
}

void TstEventsUi::categoryToggleHidesItsEvents()
{
    TimelinePlot *plot = m_window->plot();
    EventsDock *dock = m_window->eventsDock();
    auto countOf = [&](const QString &category) {
        return std::count_if(plot->eventLayer()->shown().begin(), plot->eventLayer()->shown().end(),
                             [&](const auto &e) { return e.category == category; });
    };
    QCOMPARE(countOf(QStringLiteral("convention")), 1);
    QAction *toggle = nullptr;
    for (QAction *a : dock->categoryMenu()->actions())
        if (a->text() == QStringLiteral("convention"))
            toggle = a;
    QVERIFY(toggle && toggle->isChecked());
    toggle->setChecked(false);
    QCOMPARE(countOf(QStringLiteral("convention")), 0);
    for (const auto &label : plot->eventLayer()->labels())
        QVERIFY(label.text != QStringLiteral("Convention"));
    QCOMPARE(countOf(QStringLiteral("press")), 1); // the others stay
    dock->setCategoryVisible(QStringLiteral("convention"), true);
    QCOMPARE(countOf(QStringLiteral("convention")), 1);
}

void TstEventsUi::hoverCardShowsFullTitleDatesInTheZoneAndSource()
{
    m_window->setTimeZone(QTimeZone("America/New_York"));
    TimelinePlot *plot = m_window->plot();
    plot->replot();
    const auto &labels = plot->eventLayer()->labels();
    const auto press = std::find_if(labels.begin(), labels.end(),
                                    [](const auto &l) { return l.text.startsWith(QStringLiteral("Press")); });
    QVERIFY(press != labels.end());
    QVERIFY(press->elided); // too long for the room to the right edge
    const QString card = plot->toolTipAt(press->rect.center());
    QVERIFY2(card.contains(QStringLiteral("Press report with a title far too long to fit in a label on the chart")),
             qPrintable(card));
    QVERIFY2(card.contains(QStringLiteral("2016-07-25 20:00 (America/New_York)")), qPrintable(card));
    QVERIFY(card.contains(QStringLiteral("https://example.com/report")));
    // Over the data, at the point's line, the card follows the bin's counts.
    const double x = plot->xAxis->coordToPixel(double(kStartUs + 8 * kDayUs) / 1e6);
    const QString overData = plot->toolTipAt(QPointF(x, plot->axisRect()->center().y()));
    QVERIFY2(overData.contains(QStringLiteral("lookups")) &&
                 overData.contains(QStringLiteral("https://example.com/report")),
             qPrintable(overData));
}

void TstEventsUi::eventsSurviveReopeningTheStore()
{
    TimelineEvent e;
    e.allDay = true;
    e.timeZone = QStringLiteral("America/New_York");
    e.startUs = EventTime::dayStartUs(QDate(2016, 7, 20), QTimeZone("America/New_York"));
    e.endUs = EventTime::dayStartUs(QDate(2016, 7, 22), QTimeZone("America/New_York"));
    e.title = QStringLiteral("Kept");
    e.notes = QStringLiteral("two days in New York");
    e.color = QStringLiteral("#336699");
    e.url = QStringLiteral("https://example.org/kept");
    const qint64 id = m_window->eventWorkbench()->editor()->add(e);
    QVERIFY(id > 0);
    const QList<TimelineEvent> shown = m_window->eventWorkbench()->events();
    m_window.reset(); // closes the store
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
    QTRY_VERIFY(same(m_window->eventWorkbench()->events(), shown));
    QVERIFY(m_window->eventWorkbench()->editor()->event(id));
    // Clean up by hand: the new window's history does not hold the add.
    QVERIFY(m_window->eventWorkbench()->editor()->remove(id) == id);
}

QTEST_MAIN(TstEventsUi)
#include "tst_events_ui.moc"
