// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user walk, dragging (issue #15 items 6, 7): every modified drag shows a shaded band with
// its start, end and duration while the button is down; Escape or the dialog's Cancel leave
// nothing behind; a drag with the right button lists the lookups of its range (Alt+drag is
// taken by window managers: tests/ui/walk.sh tries both under openbox).
#include "walk_support.h"

#include "drag_band.h"
#include "event_dialog.h"
#include "plot_navigator.h"
#include "records_dock.h"
#include "records_model.h"
#include "timeline_controller.h"
#include "timeline_view.h"

using namespace walk;

namespace {

void press(QWidget *w, Qt::MouseButton button, Qt::KeyboardModifiers mods, QPoint at)
{
    QMouseEvent e(QEvent::MouseButtonPress, at, w->mapToGlobal(at), button, button, mods);
    QCoreApplication::sendEvent(w, &e);
}

void moveTo(QWidget *w, Qt::MouseButton button, Qt::KeyboardModifiers mods, QPoint at)
{
    QMouseEvent e(QEvent::MouseMove, at, w->mapToGlobal(at), Qt::NoButton, button, mods);
    QCoreApplication::sendEvent(w, &e);
}

void release(QWidget *w, Qt::MouseButton button, Qt::KeyboardModifiers mods, QPoint at)
{
    QMouseEvent e(QEvent::MouseButtonRelease, at, w->mapToGlobal(at), button, Qt::NoButton, mods);
    QCoreApplication::sendEvent(w, &e);
}

} // namespace

class TstWalkGestures : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    TimelinePlot *plot() const { return m_window->plot(); }
    const DragBand &band() const { return plot()->navigator()->band(); }
    QPoint at(double fraction) const
    {
        const QRect r = plot()->axisRect()->rect();
        return {r.left() + int(r.width() * fraction), r.center().y()};
    }

private slots:
    void initTestCase()
    {
        firstRun();
        m_window = std::make_unique<MainWindow>();
        QVERIFY(open(*m_window, sampleCopy(m_dir)));
    }

    void init()
    {
        plot()->moveTo(m_window->controller()->extent().value());
        QVERIFY(settle(*m_window));
    }

    // Item 6: Shift+drag shows the band with its range and duration, then zooms to it.
    void shiftDragShowsItsBandThenZooms()
    {
        press(plot(), Qt::LeftButton, Qt::ShiftModifier, at(0.3));
        moveTo(plot(), Qt::LeftButton, Qt::ShiftModifier, at(0.4));
        moveTo(plot(), Qt::LeftButton, Qt::ShiftModifier, at(0.5));
        QVERIFY(band().isActive());
        const TimeRange range = band().range();
        const QString label = band().label();
        QVERIFY2(label.startsWith(QLatin1String("Zoom to 2016-")) && label.contains(QStringLiteral(" – 2016-")) &&
                     label.contains(QLatin1String("days")),
                 qPrintable(label));
        QVERIFY(std::abs(range.fromUs - toUsAt(0.3)) < 3'600'000'000LL);
        release(plot(), Qt::LeftButton, Qt::ShiftModifier, at(0.5));
        QVERIFY(!band().isActive());
        QVERIFY(band().label().isEmpty());
        QCOMPARE(plot()->visibleRange(), range);
    }

    // A click on a legend entry hides that series and a second click shows it again. The entry
    // is deleted as the legend is redrawn: nothing of it may be read after (ASan found the
    // handler reading it for the series after the clicked one).
    void legendClickHidesThenShowsItsSeries()
    {
        m_window->controller()->setSplit(LookupField::Client);
        QTRY_VERIFY(m_window->controller()->table().series.size() >= 3);
        QVERIFY(settle(*m_window));
        plot()->replot();
        QVERIFY(plot()->legend->visible());
        const auto firstEntry = [this]() -> QCPPlottableLegendItem * {
            for (int i = 0; i < plot()->legend->itemCount(); ++i) {
                if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot()->legend->item(i)))
                    return item;
            }
            return nullptr;
        };
        QCPPlottableLegendItem *entry = firstEntry();
        QVERIFY(entry);
        const QString name = entry->plottable()->name();
        QTest::mouseClick(plot(), Qt::LeftButton, Qt::NoModifier, entry->outerRect().center());
        QVERIFY2(plot()->look().hidden.contains(name), qPrintable(name));
        plot()->replot();
        entry = firstEntry();
        QVERIFY(entry);
        QCOMPARE(entry->plottable()->name(), name);
        QTest::mouseClick(plot(), Qt::LeftButton, Qt::NoModifier, entry->outerRect().center());
        QVERIFY(!plot()->look().hidden.contains(name));
        m_window->controller()->setSplit(std::nullopt);
        QTRY_COMPARE(m_window->controller()->table().series.size(), qsizetype(1));
    }

    // Item 6: Escape during any band drops it: nothing happens, nothing stays.
    void escapeDropsABandAndLeavesNothing()
    {
        const TimeRange before = plot()->visibleRange();
        QSignalSpy events(plot()->navigator(), &PlotNavigator::eventRequested);
        press(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.2));
        moveTo(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.35));
        QVERIFY(band().label().startsWith(QLatin1String("New event 2016-")));
        QTest::keyClick(plot(), Qt::Key_Escape);
        QVERIFY(!band().isActive());
        moveTo(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.5));
        release(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.5));
        QCOMPARE(events.count(), 0);
        QCOMPARE(plot()->visibleRange(), before); // and no pan either
    }

    // Item 6: a Ctrl+drag's band is gone before the event dialog opens, so cancelling the
    // dialog leaves nothing on the chart.
    void ctrlDragBandIsGoneWhenTheEventDialogOpens()
    {
        bool bandGone = false;
        QObject guard;
        connect(plot()->navigator(), &PlotNavigator::eventRequested, &guard,
                [&] { bandGone = !band().isActive() && band().label().isEmpty(); });
        press(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.6));
        moveTo(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.7));
        release(plot(), Qt::LeftButton, Qt::ControlModifier, at(0.7));
        QVERIFY(bandGone);
        EventDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<EventDialog *>()) != nullptr);
        dialog->reject();
        QTRY_VERIFY(m_window->findChild<EventDialog *>() == nullptr);
        QVERIFY(!band().isActive());
        QCOMPARE(plot()->layer(QStringLiteral("dragBand"))->children().size(), 2); // its two items, hidden
        for (QCPLayerable *item : plot()->layer(QStringLiteral("dragBand"))->children())
            QVERIFY(!item->visible());
    }

    // Item 7: a drag with the right button lists the lookups of its range in the Records dock.
    void rightDragListsTheLookupsOfItsRange()
    {
        press(plot(), Qt::RightButton, Qt::NoModifier, at(0.45));
        moveTo(plot(), Qt::RightButton, Qt::NoModifier, at(0.55));
        QVERIFY(band().label().startsWith(QLatin1String("List the lookups of 2016-")));
        const TimeRange range = band().range();
        release(plot(), Qt::RightButton, Qt::NoModifier, at(0.55));
        QVERIFY(!band().isActive());
        RecordsModel *model = m_window->recordsDock()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->query().range, range, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(model->total() > 0, 10'000);
    }

private:
    qint64 toUsAt(double fraction) const { return qint64(plot()->xAxis->pixelToCoord(at(fraction).x()) * 1e6); }
};

QTEST_MAIN(TstWalkGestures)
#include "tst_walk_gestures.moc"
