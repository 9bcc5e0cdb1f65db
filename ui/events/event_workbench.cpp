// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_workbench.h"

#include "event_dialog.h"
#include "event_editor.h"
#include "event_gestures.h"
#include "event_import_dialog.h"
#include "event_layer.h"
#include "events_dock.h"
#include "failure_notice.h"
#include "lookup_store.h"
#include "plot_navigator.h"
#include "timeline_plot.h"

#include <QMessageBox>
#include <QPushButton>

EventWorkbench::EventWorkbench(TimelinePlot *plot, EventGestures *gestures, EventsDock *dock, QWidget *window)
    : QObject(window), m_plot(plot), m_dock(dock), m_window(window), m_editor(new EventEditor(this)),
      m_gestures(gestures)
{
    connect(gestures, &EventGestures::refused, this, &EventWorkbench::refused);
    connect(dock, &EventsDock::refused, this, &EventWorkbench::refused);
    m_chooseScope = [this](const TimelineEvent &occurrence, const QString &action) -> std::optional<SeriesScope> {
        QMessageBox box(
            QMessageBox::Question, tr("Recurring event"),
            tr("“%1” is one occurrence of a recurring series. %2 this occurrence only, or the whole series?")
                .arg(occurrence.title, action),
            QMessageBox::Cancel, m_window);
        QPushButton *one = box.addButton(tr("This occurrence"), QMessageBox::AcceptRole);
        QPushButton *all = box.addButton(tr("Whole series"), QMessageBox::AcceptRole);
        box.setDefaultButton(one);
        box.exec();
        if (box.clickedButton() == one)
            return SeriesScope::Occurrence;
        if (box.clickedButton() == all)
            return SeriesScope::Series;
        return std::nullopt;
    };
    connect(m_editor, &EventEditor::eventsChanged, this, &EventWorkbench::show);
    connect(m_editor, &EventEditor::eventTouched, this, &EventWorkbench::select);
    connect(m_editor, &EventEditor::failed, this,
            [this](const Failure &failure) { FailureNotice::warn(m_window, tr("Events"), failure); });
    connect(gestures, &EventGestures::eventClicked, this, &EventWorkbench::select);
    connect(gestures, &EventGestures::eventDragged, this, [this](const TimelineEvent &after) { change(after, true); });
    connect(gestures, &EventGestures::eventDoubleClicked, this, [this](qint64 id) {
        if (const auto e = m_editor->event(id))
            openDialog(*e);
    });
    connect(dock, &EventsDock::eventSelected, this, &EventWorkbench::select);
    connect(dock, &EventsDock::hiddenCategoriesChanged, this, [this](const QSet<QString> &hidden) {
        m_plot->eventLayer()->setHiddenCategories(hidden);
        m_plot->refreshEvents();
    });
    connect(dock, &EventsDock::deleteRequested, this, &EventWorkbench::remove);
    connect(dock, &EventsDock::editRequested, this, &EventWorkbench::openDialog);
    connect(dock, &EventsDock::addRequested, this, [this] {
        const TimeRange view = m_plot->visibleRange();
        TimelineEvent e;
        e.startUs = view.fromUs + view.length() / 2;
        openDialog(e);
    });
    connect(plot->navigator(), &PlotNavigator::eventRequested, this, [this](const TimeRange &range) {
        TimelineEvent e;
        e.startUs = range.fromUs;
        if (range.toUs > range.fromUs)
            e.endUs = range.toUs;
        openDialog(e);
    });
}

void EventWorkbench::setStore(std::shared_ptr<LookupStore> store)
{
    m_readOnlyReason = store ? store->readOnlyReason() : std::nullopt;
    m_dock->setReadOnlyReason(m_readOnlyReason);
    m_gestures->setReadOnlyReason(m_readOnlyReason);
    m_editor->setStore(std::move(store));
    show({});
}

void EventWorkbench::setEvents(const QList<TimelineEvent> &events)
{
    m_editor->setEvents(events);
    show(m_editor->events());
}

QList<TimelineEvent> EventWorkbench::events() const
{
    return m_editor->events();
}

void EventWorkbench::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_dock->setEvents(m_editor->events(), zone);
}

void EventWorkbench::show(const QList<TimelineEvent> &events)
{
    m_plot->setEvents(events);
    m_dock->setEvents(events, m_zone);
    m_plot->eventLayer()->setSelected(m_dock->selectedId());
}

void EventWorkbench::select(qint64 id)
{
    if (m_dock->selectedId() != id)
        m_dock->selectEvent(id);
    m_plot->eventLayer()->setSelected(id);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void EventWorkbench::openDialog(const TimelineEvent &event)
{
    if (m_readOnlyReason) {
        emit refused((event.id > 0 ? tr("Events cannot be edited: %1.") : tr("Events cannot be added: %1."))
                         .arg(*m_readOnlyReason));
        return;
    }
    auto *dialog = new EventDialog(event, m_zone, m_dock->categories(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TimelineEvent e = dialog->event();
        if (e.id > 0) {
            change(e, false);
        } else if (const qint64 id = m_editor->add(e); id > 0) {
            select(id);
        }
    });
    dialog->open();
}

void EventWorkbench::change(const TimelineEvent &after, bool isMove)
{
    const auto before = m_editor->event(after.id);
    std::optional<SeriesScope> scope = SeriesScope::Occurrence;
    if (before && before->seriesId != 0)
        scope = m_chooseScope(*before, isMove ? tr("Move") : tr("Change"));
    if (!scope) {
        show(m_editor->events()); // a dragged line goes back
        return;
    }
    qint64 id = 0;
    if (*scope == SeriesScope::Series)
        id = m_editor->editSeries(after);
    else
        id = isMove ? m_editor->move(after) : m_editor->edit(after);
    if (id > 0)
        select(id);
}

void EventWorkbench::remove(qint64 id)
{
    const auto event = m_editor->event(id);
    if (!event)
        return;
    std::optional<SeriesScope> scope = SeriesScope::Occurrence;
    if (event->seriesId != 0)
        scope = m_chooseScope(*event, tr("Delete"));
    if (scope == SeriesScope::Series)
        m_editor->removeSeries(id);
    else if (scope)
        m_editor->remove(id);
}

void EventWorkbench::openImportDialog(const QString &path)
{
    if (m_readOnlyReason) {
        emit refused(tr("Events cannot be imported: %1.").arg(*m_readOnlyReason));
        return;
    }
    TimeRange extent;
    if (const auto &store = m_editor->store()) {
        try {
            extent = store->extent({});
        } catch (const Failure &e) {
            QMessageBox::warning(m_window, tr("Import events"), e.message());
            return;
        }
    }
    auto *dialog = new EventImportDialog(path, extent, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_editor->importEvents(dialog->result()))
            emit imported(tr("Imported %1").arg(dialog->summary()));
    });
    dialog->open();
}
