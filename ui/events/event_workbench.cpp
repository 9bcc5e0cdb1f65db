// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_workbench.h"

#include "event_dialog.h"
#include "event_editor.h"
#include "event_gestures.h"
#include "event_layer.h"
#include "events_dock.h"
#include "failure_notice.h"
#include "plot_navigator.h"
#include "timeline_plot.h"

#include <QMessageBox>

EventWorkbench::EventWorkbench(TimelinePlot *plot, EventGestures *gestures, EventsDock *dock, QWidget *window)
    : QObject(window), m_plot(plot), m_dock(dock), m_window(window), m_editor(new EventEditor(this))
{
    connect(m_editor, &EventEditor::eventsChanged, this, &EventWorkbench::show);
    connect(m_editor, &EventEditor::eventTouched, this, &EventWorkbench::select);
    connect(m_editor, &EventEditor::failed, this,
            [this](const Failure &failure) { FailureNotice::warn(m_window, tr("Events"), failure); });
    connect(gestures, &EventGestures::eventClicked, this, &EventWorkbench::select);
    connect(gestures, &EventGestures::eventDragged, m_editor, &EventEditor::move);
    connect(gestures, &EventGestures::eventDoubleClicked, this, [this](qint64 id) {
        if (const auto e = m_editor->event(id))
            openDialog(*e);
    });
    connect(dock, &EventsDock::eventSelected, this, &EventWorkbench::select);
    connect(dock, &EventsDock::hiddenCategoriesChanged, this, [this](const QSet<QString> &hidden) {
        m_plot->eventLayer()->setHiddenCategories(hidden);
        m_plot->refreshEvents();
    });
    connect(dock, &EventsDock::deleteRequested, m_editor, &EventEditor::remove);
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
    m_editor->setStore(std::move(store));
    show({});
}

void EventWorkbench::setEvents(const QList<TimelineEvent> &events)
{
    m_editor->setEvents(events);
    show(events);
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
    auto *dialog = new EventDialog(event, m_zone, m_dock->categories(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const TimelineEvent e = dialog->event();
        const qint64 id = e.id > 0 ? m_editor->edit(e) : m_editor->add(e);
        if (id > 0)
            select(id);
    });
    dialog->open();
}
