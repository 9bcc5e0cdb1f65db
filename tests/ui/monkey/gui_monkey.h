// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_model.h"
#include "modal_dialog_handler.h"
#include "timeline_event.h"

#include <QPoint>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>
#include <optional>

class AnalysisDock;
class DatasetsDock;
class EventEditor;
class EventsDock;
class FiltersDock;
class MainWindow;
class TimelineController;
class TimelinePlot;
class ViewOptionsBar;

// Random but valid use of the real MainWindow, as a person would: wheel, drags with and
// without Shift, Alt and Ctrl, keys, clicks on bars, labels and legend entries, the view's
// split, bin width, style and zone, events added, moved, edited, deleted, undone and redone,
// datasets ticked, renamed, deleted and imported again, filters, analysis tabs, and exports
// into a folder. Every input goes through the widgets (mouse, keys, buttons, the dialogs they
// open), never around them. Alongside, it keeps what the store must hold: the events
// (EventModel, following the undo stack's rules) and the dataset names; after every event
// action the window's own list must equal the model. One seed gives one run.
// GUI thread only; the window must be shown with a store open.
class GuiMonkey {
public:
    struct Setup {
        MainWindow *window = nullptr;
        QString exportDir; // exports are written here
        QString importDir; // CSV files for re-imports are written here
        quint64 seed = 0;
        QStringList datasetNames; // as the store holds them when the run begins
    };

    explicit GuiMonkey(const Setup &setup);

    // Runs that many actions; false at the first broken expectation (failure() says which,
    // with the last actions before it).
    bool run(int actions);
    QString failure() const { return m_failure; }
    const EventModel &events() const { return m_events; }
    QStringList datasetNames() const { return m_datasets; }
    // How often each kind of action ran.
    QString tally() const;
    const QStringList &unexpectedDialogs() const { return m_dialogs.unexpected(); }

    // The window's events as the model has them (title → times).
    static EventModel::State stateOf(const QList<TimelineEvent> &events);

private:
    struct Action {
        const char *name;
        int weight;
        std::function<void()> run;
    };
    void fail(const QString &why);
    void note(const QString &what); // the action's details, for the failure report
    bool waitIdle(int timeoutMs = 20'000);
    bool checkEvents(const char *after);

    QPoint randomPoint();
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers);

    // Actions (gui_monkey.cpp: the view; gui_monkey_edits.cpp: events, datasets, exports).
    void wheel();
    void panOrMove();
    void bandZoom();
    void rangeDrillDown();
    void clickBar();
    void doubleClick();
    void clickLegend();
    void key();
    void chooseSplit();
    void chooseTopK();
    void chooseLook();
    void chooseBinWidth();
    void chooseZone();
    void editFilter();
    void clickChip();
    void switchAnalysisTab();
    void scrollRecords();
    void addPointEvent();
    void addRangeEvent();
    void moveEvent();
    void undoOrRedo(bool undo);
    void deleteEventInDock();
    void editEventInDock();
    void tickDataset();
    void renameDataset();
    void deleteDataset();
    void importDataset();
    void exportData();

    // After a press-drag-release at from → to with no modifier: the model follows if it moved
    // an event (the window's own rule, EventGestures: a line or label moves the whole event,
    // an edge only itself, a range keeps at least a second).
    // original: the event as it was before the drag.
    void expectMove(qint64 id, const std::optional<TimelineEvent> &original, int part, double fromX, double toX);
    // Fills and accepts (or, now and then, cancels) the event dialog an add or an edit opened.
    void answerEventDialog(bool isNew);

    MainWindow *m_window;
    TimelinePlot *m_plot;
    TimelineController *m_controller;
    EventEditor *m_editor;
    EventsDock *m_eventsDock;
    DatasetsDock *m_datasetsDock;
    FiltersDock *m_filtersDock;
    AnalysisDock *m_analysisDock;
    ViewOptionsBar *m_options;
    QString m_exportDir, m_importDir;
    QRandomGenerator m_random;
    ModalDialogHandler m_dialogs;
    EventModel m_events;
    QStringList m_datasets;
    QList<Action> m_actions;
    QMap<QString, int> m_counts;
    QStringList m_recent; // the last actions, for a failure report
    QString m_failure;
    int m_step = 0;
    int m_serial = 0; // for unique titles, names and file names
};
