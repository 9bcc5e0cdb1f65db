// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GuiMonkey: the run loop and the actions that only change the view.
#include "gui_monkey.h"

#include "analysis_dock.h"
#include "datasets_dock.h"
#include "event_editor.h"
#include "event_layer.h"
#include "events_dock.h"
#include "filter_chip_bar.h"
#include "filters_dock.h"
#include "main_window.h"
#include "records_dock.h"
#include "time_zone_box.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "view_options_bar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

namespace {
template<typename T>
T *need(MainWindow *window)
{
    T *found = window->findChild<T *>();
    if (!found)
        qFatal("GuiMonkey: the window has no %s", T::staticMetaObject.className());
    return found;
}
// The generator of a 64-bit seed (all its bits count).
QRandomGenerator seeded(quint64 seed)
{
    const quint32 words[] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
}
} // namespace

GuiMonkey::GuiMonkey(const Setup &setup)
    : m_window(setup.window), m_plot(need<TimelinePlot>(setup.window)),
      m_controller(need<TimelineController>(setup.window)), m_editor(need<EventEditor>(setup.window)),
      m_eventsDock(need<EventsDock>(setup.window)), m_datasetsDock(need<DatasetsDock>(setup.window)),
      m_filtersDock(need<FiltersDock>(setup.window)), m_analysisDock(need<AnalysisDock>(setup.window)),
      m_options(need<ViewOptionsBar>(setup.window)), m_exportDir(setup.exportDir), m_importDir(setup.importDir),
      m_random(seeded(setup.seed)), m_events(stateOf(m_editor->events())), m_datasets(setup.datasetNames)
{
    // Weights: the view is moved most, as people do; the store is changed less often.
    m_actions = {
        {"wheel", 14, [this] { wheel(); }},
        {"pan-or-move", 10, [this] { panOrMove(); }},
        {"shift-drag", 4, [this] { bandZoom(); }},
        {"alt-drag", 4, [this] { rangeDrillDown(); }},
        {"click-bar", 7, [this] { clickBar(); }},
        {"double-click", 3, [this] { doubleClick(); }},
        {"click-legend", 4, [this] { clickLegend(); }},
        {"key", 10, [this] { key(); }},
        {"split", 3, [this] { chooseSplit(); }},
        {"top-k", 2, [this] { chooseTopK(); }},
        {"look", 3, [this] { chooseLook(); }},
        {"bin-width", 3, [this] { chooseBinWidth(); }},
        {"zone", 2, [this] { chooseZone(); }},
        {"filter", 4, [this] { editFilter(); }},
        {"chip", 2, [this] { clickChip(); }},
        {"analysis-tab", 3, [this] { switchAnalysisTab(); }},
        {"scroll-records", 2, [this] { scrollRecords(); }},
        {"add-point-event", 4, [this] { addPointEvent(); }},
        {"add-range-event", 3, [this] { addRangeEvent(); }},
        {"move-event", 6, [this] { moveEvent(); }},
        {"undo", 4, [this] { undoOrRedo(true); }},
        {"redo", 3, [this] { undoOrRedo(false); }},
        {"delete-event", 2, [this] { deleteEventInDock(); }},
        {"edit-event", 2, [this] { editEventInDock(); }},
        {"tick-dataset", 3, [this] { tickDataset(); }},
        {"rename-dataset", 1, [this] { renameDataset(); }},
        {"delete-dataset", 1, [this] { deleteDataset(); }},
        {"import-dataset", 1, [this] { importDataset(); }},
        {"export", 2, [this] { exportData(); }},
    };
}

EventModel::State GuiMonkey::stateOf(const QList<TimelineEvent> &events)
{
    EventModel::State state;
    for (const TimelineEvent &e : events)
        state.insert(e.title, {e.startUs, e.endUs});
    return state;
}

QString GuiMonkey::tally() const
{
    QStringList parts;
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

void GuiMonkey::fail(const QString &why)
{
    if (!m_failure.isEmpty())
        return;
    m_failure = QStringLiteral("action %1: %2\nthe last actions:\n  %3")
                    .arg(m_step)
                    .arg(why, m_recent.join(QStringLiteral("\n  ")));
    if (!m_dialogs.unexpected().isEmpty())
        m_failure += QStringLiteral("\ndialogs nobody expected: ") + m_dialogs.unexpected().join(QStringLiteral("; "));
}

void GuiMonkey::note(const QString &what)
{
    if (!m_recent.isEmpty())
        m_recent.last() += QStringLiteral(" ") + what;
}

bool GuiMonkey::waitIdle(int timeoutMs)
{
    const bool idle = QTest::qWaitFor([this] { return !m_controller->isBusy(); }, timeoutMs);
    if (!idle)
        fail(QStringLiteral("the view did not finish its queries within %1 ms").arg(timeoutMs));
    return idle;
}

bool GuiMonkey::run(int actions)
{
    int total = 0;
    for (const Action &a : std::as_const(m_actions))
        total += a.weight;
    for (m_step = 0; m_step < actions && m_failure.isEmpty(); ++m_step) {
        int pick = int(m_random.bounded(total));
        const Action *action = &m_actions.first();
        for (const Action &a : std::as_const(m_actions)) {
            if (pick < a.weight) {
                action = &a;
                break;
            }
            pick -= a.weight;
        }
        m_recent.append(QStringLiteral("%1: %2").arg(m_step).arg(QLatin1String(action->name)));
        if (m_recent.size() > 25)
            m_recent.removeFirst();
        ++m_counts[QLatin1String(action->name)];
        // A closed dialog can leave no window active on the offscreen platform (a person's next
        // click would bring the window back): keys and shortcuts need the window active.
        if (!QApplication::activeModalWidget() && !m_window->isActiveWindow()) {
            m_window->activateWindow();
            if (!QTest::qWaitForWindowActive(m_window, 2000)) {
                fail(QStringLiteral("the window could not be made active again"));
                break;
            }
        }
        action->run();
        // Let queued results land now and then, as they would between a person's moves; the
        // rest of the time the next action races the last one's queries.
        if (m_random.bounded(4) == 0)
            QTest::qWait(int(m_random.bounded(15)));
        else
            QCoreApplication::processEvents();
        if (m_failure.isEmpty() && !m_dialogs.unexpected().isEmpty())
            fail(QStringLiteral("a dialog nobody expected: ") + m_dialogs.unexpected().join(QStringLiteral("; ")));
    }
    if (m_failure.isEmpty())
        waitIdle();
    return m_failure.isEmpty();
}

QPoint GuiMonkey::randomPoint()
{
    const QRect area = m_plot->axisRect()->rect();
    return {area.left() + int(m_random.bounded(std::max(1, area.width()))),
            area.top() + int(m_random.bounded(std::max(1, area.height())))};
}

void GuiMonkey::drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
{
    note(QStringLiteral("(%1,%2)→(%3,%4)").arg(from.x()).arg(from.y()).arg(to.x()).arg(to.y()));
    QTest::mousePress(m_plot, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 3; ++i) {
        const QPoint at = from + (to - from) * i / 3;
        QMouseEvent move(QEvent::MouseMove, at, m_plot->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(m_plot, &move);
    }
    QTest::mouseRelease(m_plot, Qt::LeftButton, modifiers, to);
}

void GuiMonkey::wheel()
{
    const QPoint at = randomPoint();
    const int delta = m_random.bounded(2) ? 120 : -120;
    note(QStringLiteral("%1 at x %2").arg(delta).arg(at.x()));
    QWheelEvent event(at, m_plot->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_plot, &event);
}

void GuiMonkey::panOrMove()
{
    const QPoint from = randomPoint();
    const QPoint to(from.x() + int(m_random.bounded(300)) - 150, from.y());
    const auto hit = m_plot->eventLayer()->hitAt(from);
    if (hit && hit->part != EventLayer::Part::Span && std::abs(to.x() - from.x()) > 4) {
        note(QStringLiteral("(on event %1)").arg(hit->id));
        const double fromX = from.x(), toX = to.x();
        const qint64 id = hit->id;
        const int part = int(hit->part);
        const auto before = m_editor->event(id); // the drag moves it at once
        drag(from, to, Qt::NoModifier);
        expectMove(id, before, part, fromX, toX);
        return;
    }
    drag(from, to, Qt::NoModifier);
    if (hit && hit->part != EventLayer::Part::Span) // a click on a label or line selects it
        checkEvents("a click on an event");
}

void GuiMonkey::bandZoom()
{
    const QPoint from = randomPoint();
    drag(from, QPoint(from.x() + int(m_random.bounded(200)) - 100, from.y() + 20), Qt::ShiftModifier);
}

void GuiMonkey::rangeDrillDown()
{
    const QPoint from = randomPoint();
    drag(from, QPoint(from.x() + int(m_random.bounded(200)) + 10, from.y()), Qt::AltModifier);
}

void GuiMonkey::clickBar()
{
    const QPoint at = randomPoint();
    note(QStringLiteral("at (%1,%2)").arg(at.x()).arg(at.y()));
    QTest::mouseClick(m_plot, Qt::LeftButton, Qt::NoModifier, at);
}

void GuiMonkey::doubleClick()
{
    const QPoint at = randomPoint();
    const auto hit = m_plot->eventLayer()->hitAt(at);
    note(QStringLiteral("at (%1,%2)").arg(at.x()).arg(at.y()));
    QTest::mouseDClick(m_plot, Qt::LeftButton, Qt::NoModifier, at);
    if (hit && hit->part != EventLayer::Part::Span) // on an event: its dialog opens
        answerEventDialog(false);
}

void GuiMonkey::clickLegend()
{
    if (!m_plot->legend->visible() || m_plot->legend->itemCount() == 0)
        return;
    QCPAbstractLegendItem *item = m_plot->legend->item(int(m_random.bounded(m_plot->legend->itemCount())));
    if (!item) // an empty cell of the legend's grid
        return;
    const QPoint at = item->outerRect().center();
    note(QStringLiteral("at (%1,%2)").arg(at.x()).arg(at.y()));
    QTest::mouseClick(m_plot, Qt::LeftButton, Qt::NoModifier, at);
}

void GuiMonkey::key()
{
    static const struct {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers;
        const char *name;
    } keys[] = {{Qt::Key_Plus, Qt::NoModifier, "+"},
                {Qt::Key_Minus, Qt::NoModifier, "-"},
                {Qt::Key_0, Qt::NoModifier, "0"},
                {Qt::Key_Home, Qt::NoModifier, "Home"},
                {Qt::Key_Left, Qt::NoModifier, "Left"},
                {Qt::Key_Right, Qt::NoModifier, "Right"},
                {Qt::Key_Left, Qt::AltModifier, "Alt+Left"},
                {Qt::Key_Right, Qt::AltModifier, "Alt+Right"},
                {Qt::Key_Escape, Qt::NoModifier, "Escape"},
                {Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier, "Ctrl+Shift+C"}};
    const auto &k = keys[m_random.bounded(int(std::size(keys)))];
    note(QLatin1String(k.name));
    if (k.key == Qt::Key_C && m_controller->table().binCount() == 0) // nothing to copy: the window says so
        m_dialogs.expect("QMessageBox", [](QWidget *box) { static_cast<QDialog *>(box)->accept(); });
    m_plot->setFocus();
    QTest::keyClick(m_plot, k.key, k.modifiers);
}

void GuiMonkey::chooseSplit()
{
    QComboBox *box = m_options->splitBox();
    box->setCurrentIndex(int(m_random.bounded(box->count())));
    note(box->currentText());
}

void GuiMonkey::chooseTopK()
{
    QSpinBox *box = m_options->topKBox();
    box->setValue(1 + int(m_random.bounded(12)));
    note(QString::number(box->value()));
}

void GuiMonkey::chooseLook()
{
    switch (m_random.bounded(3)) {
    case 0:
        m_options->styleBox()->setCurrentIndex(int(m_random.bounded(m_options->styleBox()->count())));
        note(m_options->styleBox()->currentText());
        break;
    case 1:
        if (auto *log = m_options->findChild<QCheckBox *>()) {
            log->click();
            note(log->isChecked() ? QStringLiteral("log on") : QStringLiteral("log off"));
        }
        break;
    default:
        for (QSpinBox *box : m_options->findChildren<QSpinBox *>()) {
            if (box != m_options->topKBox()) {
                box->setValue(int(m_random.bounded(5)));
                note(QStringLiteral("average %1").arg(box->value()));
            }
        }
    }
}

void GuiMonkey::chooseBinWidth()
{
    for (QComboBox *box : m_options->findChildren<QComboBox *>()) {
        if (box->toolTip().startsWith(QLatin1String("Bin width"))) {
            box->setCurrentIndex(int(m_random.bounded(box->count())));
            note(box->currentText());
        }
    }
}

void GuiMonkey::chooseZone()
{
    static const char *const zones[] = {"UTC",          "America/New_York",    "Europe/Moscow",
                                        "Asia/Kolkata", "Australia/Lord_Howe", "Not/A_Zone"};
    QLineEdit *edit = m_options->zoneBox()->lineEdit();
    const QString zone = QLatin1String(zones[m_random.bounded(int(std::size(zones)))]);
    note(zone);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, zone);
    QTest::keyClick(edit, Qt::Key_Return);
}

void GuiMonkey::editFilter()
{
    static const char *const globs[] = {
        "", "", "*", "host1*", "10.0.0.[1-3]", "a", "*.example.com", "no-such-*", "?ost2.example.com", "dns"};
    static const LookupField fields[] = {LookupField::Client, LookupField::Qname, LookupField::Qtype,
                                         LookupField::Rcode, LookupField::Proto};
    const LookupField field = fields[m_random.bounded(int(std::size(fields)))];
    QLineEdit *edit = m_filtersDock->editFor(field);
    if (!edit)
        return;
    const QString glob = QLatin1String(globs[m_random.bounded(int(std::size(globs)))]);
    note(QStringLiteral("%1 = '%2'").arg(lookupFieldName(field), glob));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, glob);
    QTest::keyClick(edit, Qt::Key_Return);
}

void GuiMonkey::clickChip()
{
    const QList<QToolButton *> chips = m_window->findChild<FilterChipBar *>()->findChildren<QToolButton *>();
    if (chips.isEmpty() || !chips.first()->isVisible())
        return;
    QToolButton *chip = chips[m_random.bounded(int(chips.size()))];
    note(chip->text());
    QTest::mouseClick(chip, Qt::LeftButton);
}

void GuiMonkey::switchAnalysisTab()
{
    QTabWidget *tabs = m_analysisDock->tabs();
    tabs->setCurrentIndex(int(m_random.bounded(tabs->count())));
    note(tabs->tabText(tabs->currentIndex()));
    if (m_random.bounded(6) == 0) { // now and then the dock is opened or closed too
        m_analysisDock->setVisible(!m_analysisDock->isVisible());
        note(m_analysisDock->isVisible() ? QStringLiteral("shown") : QStringLiteral("hidden"));
    }
}

void GuiMonkey::scrollRecords()
{
    QScrollBar *bar = m_window->findChild<RecordsDock *>()->view()->verticalScrollBar();
    bar->setValue(int(m_random.bounded(bar->maximum() + 1)));
    note(QString::number(bar->value()));
}
