// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GuiMonkey: the actions that change the store (events, datasets) or write files (exports),
// and the model they keep.
#include "gui_monkey.h"

#include "datasets_dock.h"
#include "event_dialog.h"
#include "event_editor.h"
#include "event_layer.h"
#include "events_dock.h"
#include "export_actions.h"
#include "export_dialog.h"
#include "failure.h"
#include "main_window.h"
#include "records_dock.h"
#include "records_model.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace {
constexpr qint64 kMinLengthUs = 1'000'000; // EventGestures: a range keeps at least a second

QString describe(const EventModel::State &state)
{
    QStringList lines;
    for (auto it = state.begin(); it != state.end(); ++it)
        lines.append(QStringLiteral("%1 [%2, %3]")
                         .arg(it.key())
                         .arg(it.value().startUs)
                         .arg(it.value().endUs ? QString::number(*it.value().endUs) : QStringLiteral("-")));
    return lines.join(QStringLiteral("; "));
}

QAction *menuAction(MainWindow *window, const QString &text)
{
    for (QAction *action : window->menuBar()->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QToolButton *toolButtonNamed(QWidget *parent, const QString &text)
{
    for (QToolButton *b : parent->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}
} // namespace

bool GuiMonkey::checkEvents(const char *after)
{
    const EventModel::State shown = stateOf(m_editor->events());
    if (shown != m_events.current()) {
        fail(QStringLiteral(
                 "after %1 the window shows events\n    %2\n  where the model has\n    %3\n  (status bar: %4)")
                 .arg(QLatin1String(after), describe(shown), describe(m_events.current()),
                      m_window->statusBar()->currentMessage()));
        return false;
    }
    if (m_editor->undoStack()->canUndo() != m_events.canUndo() ||
        m_editor->undoStack()->canRedo() != m_events.canRedo()) {
        fail(QStringLiteral("after %1 the undo stack can undo %2, redo %3; the model %4, %5")
                 .arg(QLatin1String(after))
                 .arg(m_editor->undoStack()->canUndo())
                 .arg(m_editor->undoStack()->canRedo())
                 .arg(m_events.canUndo())
                 .arg(m_events.canRedo()));
        return false;
    }
    return true;
}

void GuiMonkey::answerEventDialog(bool isNew)
{
    EventDialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] { return (dialog = m_window->findChild<EventDialog *>()) && dialog->isVisible(); },
                          2000); // checked below
    if (!dialog) {
        fail(QStringLiteral("the event dialog did not open"));
        return;
    }
    const TimelineEvent opened = dialog->event();
    if (isNew != (opened.id == 0)) {
        fail(QStringLiteral("the event dialog opened on event %1 where %2 was expected")
                 .arg(opened.id)
                 .arg(isNew ? QStringLiteral("a new event") : QStringLiteral("an edit")));
        dialog->reject();
        return;
    }
    const auto before = isNew ? std::nullopt : m_editor->event(opened.id);
    if (m_random.bounded(6) == 0) {
        note(QStringLiteral("cancelled"));
        dialog->reject();
        (void)QTest::qWaitFor([&] { return !m_window->findChild<EventDialog *>(); }, 2000); // checkEvents tells
        checkEvents("a cancelled event dialog");
        return;
    }
    const QString title =
        QStringLiteral("%1 %2").arg(isNew ? QStringLiteral("Monkey") : QStringLiteral("Edited")).arg(++m_serial);
    dialog->titleEdit()->setText(title);
    const TimelineEvent accepted = dialog->event();
    note(QStringLiteral("'%1' [%2, %3]")
             .arg(title)
             .arg(accepted.startUs)
             .arg(accepted.endUs ? QString::number(*accepted.endUs) : QStringLiteral("-")));
    if (before && (accepted.startUs != before->startUs || accepted.endUs != before->endUs)) {
        fail(QStringLiteral("the event dialog changed the times of '%1' although only its title was edited: "
                            "[%2, %3] became [%4, %5]")
                 .arg(before->title)
                 .arg(before->startUs)
                 .arg(before->endUs ? QString::number(*before->endUs) : QStringLiteral("-"))
                 .arg(accepted.startUs)
                 .arg(accepted.endUs ? QString::number(*accepted.endUs) : QStringLiteral("-")));
        dialog->reject();
        return;
    }
    dialog->accept();
    if (dialog->isVisible()) { // refused, saying why in the dialog: nothing was stored
        note(QStringLiteral("refused by the dialog"));
        dialog->reject();
    } else {
        EventModel::State next = m_events.current();
        if (before)
            next.remove(before->title);
        next.insert(title, {accepted.startUs, accepted.endUs});
        m_events.push(next);
    }
    (void)QTest::qWaitFor([&] { return !m_window->findChild<EventDialog *>(); }, 2000); // checkEvents tells
    checkEvents(isNew ? "adding an event" : "editing an event");
}

void GuiMonkey::addPointEvent()
{
    const QPoint at = randomPoint();
    note(QStringLiteral("Ctrl+click at (%1,%2)").arg(at.x()).arg(at.y()));
    QTest::mouseClick(m_plot, Qt::LeftButton, Qt::ControlModifier, at);
    answerEventDialog(true);
}

void GuiMonkey::addRangeEvent()
{
    const QPoint from = randomPoint();
    drag(from, QPoint(from.x() + 20 + int(m_random.bounded(200)), from.y()), Qt::ControlModifier);
    answerEventDialog(true);
}

void GuiMonkey::moveEvent()
{
    // An event on screen: its line (a point) or one of its edges (a range), or its label.
    const QList<TimelineEvent> shown = m_plot->eventLayer()->shown();
    if (shown.isEmpty())
        return;
    const TimelineEvent e = shown[m_random.bounded(int(shown.size()))];
    const QRect area = m_plot->axisRect()->rect();
    const bool edge = e.endUs && m_random.bounded(2);
    const double x = m_plot->xAxis->coordToPixel(double(edge ? *e.endUs : e.startUs) / 1e6);
    const QPoint from(int(std::lround(x)), area.bottom() - 20);
    if (!area.contains(from))
        return;
    const auto hit = m_plot->eventLayer()->hitAt(from);
    if (!hit || hit->part == EventLayer::Part::Span)
        return;
    const QPoint to(from.x() + int(m_random.bounded(160)) - 80, from.y());
    if (std::abs(to.x() - from.x()) <= 4)
        return;
    note(QStringLiteral("event %1 part %2").arg(hit->id).arg(int(hit->part)));
    const qint64 id = hit->id;
    const int part = int(hit->part);
    const auto before = m_editor->event(id); // the drag moves it at once
    drag(from, to, Qt::NoModifier);
    expectMove(id, before, part, from.x(), to.x());
}

void GuiMonkey::expectMove(qint64 id, const std::optional<TimelineEvent> &original, int part, double fromX, double toX)
{
    if (!original) {
        fail(QStringLiteral("event %1 was hit on the chart but the window does not list it").arg(id));
        return;
    }
    const auto known = m_events.current().value(original->title);
    if (!m_events.current().contains(original->title) || known.startUs != original->startUs ||
        known.endUs != original->endUs) {
        fail(QStringLiteral("event '%1' on the chart [%2, %3] is not the model's [%4, %5]")
                 .arg(original->title)
                 .arg(original->startUs)
                 .arg(original->endUs.value_or(-1))
                 .arg(known.startUs)
                 .arg(known.endUs.value_or(-1)));
        return;
    }
    // The axis did not move during the drag (a drag on an event does not pan).
    const double seconds = m_plot->xAxis->pixelToCoord(toX) - m_plot->xAxis->pixelToCoord(fromX);
    const qint64 delta = qint64(std::llround(seconds * 1e6));
    EventModel::Event after = known;
    switch (EventLayer::Part(part)) {
    case EventLayer::Part::Line:
    case EventLayer::Part::Label:
        after.startUs += delta;
        if (after.endUs)
            *after.endUs += delta;
        break;
    case EventLayer::Part::Start:
        after.startUs = std::min(after.startUs + delta, *after.endUs - kMinLengthUs);
        break;
    case EventLayer::Part::End:
        after.endUs = std::max(*after.endUs + delta, after.startUs + kMinLengthUs);
        break;
    case EventLayer::Part::Span:
        return;
    }
    if (!(after == known)) {
        EventModel::State next = m_events.current();
        next.insert(original->title, after);
        m_events.push(next);
    }
    checkEvents("moving an event");
}

void GuiMonkey::undoOrRedo(bool undo)
{
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_plot;
    // A text field (a line edit, an editable combo box such as the zone's, a spin box) takes
    // Ctrl+Z for itself, as it should: a person would click the chart first.
    const auto *combo = qobject_cast<QComboBox *>(focus);
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus) || (combo && combo->isEditable()))
        focus = m_plot;
    focus->setFocus();
    note(QStringLiteral("focus %1, active %2, modal %3")
             .arg(QLatin1String(focus->metaObject()->className()),
                  QLatin1String(QApplication::activeWindow() ? QApplication::activeWindow()->metaObject()->className()
                                                             : "none"),
                  QLatin1String(QApplication::activeModalWidget() ? "yes" : "no")));
    if (undo) {
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
        m_events.undo();
    } else {
        QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        m_events.redo();
    }
    checkEvents(undo ? "Ctrl+Z" : "Ctrl+Shift+Z");
}

void GuiMonkey::deleteEventInDock()
{
    QListWidget *list = m_eventsDock->list();
    if (m_editor->events().isEmpty())
        return;
    list->setCurrentRow(int(m_random.bounded(list->count())));
    const auto e = m_editor->event(m_eventsDock->selectedId());
    if (!e)
        return;
    note(e->title);
    if (m_random.bounded(2)) {
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
    } else {
        QTest::mouseClick(toolButtonNamed(m_eventsDock, QStringLiteral("Delete")), Qt::LeftButton);
    }
    EventModel::State next = m_events.current();
    next.remove(e->title);
    m_events.push(next);
    checkEvents("deleting an event");
}

void GuiMonkey::editEventInDock()
{
    QListWidget *list = m_eventsDock->list();
    if (m_editor->events().isEmpty())
        return;
    list->setCurrentRow(int(m_random.bounded(list->count())));
    if (m_eventsDock->selectedId() <= 0)
        return;
    QTest::mouseClick(toolButtonNamed(m_eventsDock, QStringLiteral("Edit…")), Qt::LeftButton);
    answerEventDialog(false);
}

void GuiMonkey::tickDataset()
{
    QListWidget *list = m_datasetsDock->list();
    if (list->count() == 0)
        return;
    QListWidgetItem *item = list->item(int(m_random.bounded(list->count())));
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    note(item->data(Qt::UserRole + 1).toString());
}

void GuiMonkey::renameDataset()
{
    QListWidget *list = m_datasetsDock->list();
    if (list->count() == 0 || !waitIdle())
        return;
    list->setCurrentRow(int(m_random.bounded(list->count())));
    const QString old = list->currentItem()->data(Qt::UserRole + 1).toString();
    const QString name = QStringLiteral("Renamed %1").arg(++m_serial);
    note(QStringLiteral("'%1' → '%2'").arg(old, name));
    m_dialogs.expect("QInputDialog", [name](QWidget *w) {
        auto *dialog = static_cast<QInputDialog *>(w);
        dialog->setTextValue(name);
        dialog->accept();
    });
    QTest::mouseClick(buttonNamed(m_datasetsDock, QStringLiteral("Rename…")), Qt::LeftButton);
    if (!m_dialogs.answered()) {
        m_dialogs.disarm();
        fail(QStringLiteral("Rename… opened no dialog"));
        return;
    }
    m_datasets.replace(m_datasets.indexOf(old), name);
    auto shows = [&] {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == name)
                return true;
        return false;
    };
    if (!QTest::qWaitFor(shows, 20'000))
        fail(QStringLiteral("the Datasets dock never showed the new name '%1'").arg(name));
}

void GuiMonkey::deleteDataset()
{
    QListWidget *list = m_datasetsDock->list();
    if (list->count() < 2 || !waitIdle()) // one stays, so that the view has something to show
        return;
    list->setCurrentRow(int(m_random.bounded(list->count())));
    const QString victim = list->currentItem()->data(Qt::UserRole + 1).toString();
    note(victim);
    m_dialogs.expect("QMessageBox", [](QWidget *w) {
        auto *box = static_cast<QMessageBox *>(w);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(buttonNamed(m_datasetsDock, QStringLiteral("Delete…")), Qt::LeftButton);
    if (!m_dialogs.answered()) {
        m_dialogs.disarm();
        fail(QStringLiteral("Delete… asked nothing"));
        return;
    }
    m_datasets.removeOne(victim);
    if (!QTest::qWaitFor([&] { return list->count() == m_datasets.size(); }, 20'000))
        fail(QStringLiteral("the Datasets dock still lists %1 datasets after deleting '%2'")
                 .arg(list->count())
                 .arg(victim));
}

void GuiMonkey::importDataset()
{
    if (m_datasets.size() >= 3 || !waitIdle())
        return;
    const QString name = QStringLiteral("extra%1.csv").arg(++m_serial);
    const QString path = m_importDir + QLatin1Char('/') + name;
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return;
    }
    csv.write("timestamp,client,qname,qtype,rcode\n");
    const qint64 start = 1'468'800'000 + qint64(m_random.bounded(86'400 * 8));
    for (int i = 0; i < 300; ++i)
        csv.write(QStringLiteral("%1,10.9.%2.%3,extra%4.example.org,AAAA,NOERROR\n")
                      .arg(start + i * 97)
                      .arg(m_serial % 250)
                      .arg(i % 11)
                      .arg(i % 7)
                      .toUtf8());
    csv.close();
    note(name);
    m_window->importFiles({path});
    m_datasets.append(name);
    if (!QTest::qWaitFor([&] { return m_datasetsDock->list()->count() == m_datasets.size(); }, 30'000))
        fail(QStringLiteral("the imported %1 never appeared in the Datasets dock").arg(name));
}

void GuiMonkey::exportData()
{
    if (!waitIdle() || m_controller->table().binCount() == 0 || !m_plot->visibleRange().length())
        return; // File → Export needs bins to export (and says so otherwise)
    const QString base = m_exportDir + QStringLiteral("/export%1").arg(++m_serial);
    auto saveAs = [this](const QString &path) {
        m_dialogs.expect("QFileDialog", [path](QWidget *w) {
            auto *dialog = static_cast<QFileDialog *>(w);
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog
        });
    };
    QString written;
    switch (m_random.bounded(5)) {
    case 0:
    case 1: {
        const bool json = m_random.bounded(2);
        written = base + (json ? QStringLiteral(".json") : QStringLiteral(".csv"));
        saveAs(written);
        menuAction(m_window, json ? QStringLiteral("Visible bins as &JSON…") : QStringLiteral("Visible bins as &CSV…"))
            ->trigger();
        break;
    }
    case 2:
        if (m_window->findChild<RecordsDock *>()->model()->query().range.isEmpty())
            return; // nothing drilled into yet
        written = base + QStringLiteral("-records.csv");
        saveAs(written);
        menuAction(m_window, QStringLiteral("Drill-down &records as CSV…"))->trigger();
        break;
    case 3:
        written = base + QStringLiteral("-bundle");
        saveAs(written);
        menuAction(m_window, QStringLiteral("Export evidence &bundle…"))->trigger();
        break;
    default:
        written = base + QStringLiteral(".svg");
        m_dialogs.expect("ExportDialog", [written](QWidget *w) {
            auto *dialog = static_cast<ExportDialog *>(w);
            try {
                dialog->exportTo(written);
            } catch (const Failure &failure) {
                qWarning("export dialog: %s", qPrintable(failure.message()));
            }
            dialog->accept();
        });
        menuAction(m_window, QStringLiteral("&Export chart…"))->trigger();
    }
    note(written);
    // The records are written off the GUI thread: wait for them (the window stays live).
    QDeadlineTimer deadline(60'000);
    while (m_window->exportActions()->isExporting() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!m_dialogs.answered()) {
        m_dialogs.disarm();
        fail(QStringLiteral("the export opened no dialog"));
    } else if (!QFile::exists(written)) {
        fail(QStringLiteral("the export did not write %1").arg(written));
    }
}
