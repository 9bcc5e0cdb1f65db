// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the docks (Datasets, Filters, Records, Events, Analysis), where they sit, and
// what their edits do to the view.
#include "main_window.h"

#include "analysis_dock.h"
#include "datasets_dock.h"
#include "event_gestures.h"
#include "events_dock.h"
#include "filter_chip_bar.h"
#include "filters_dock.h"
#include "lookup_store.h"
#include "records_dock.h"
#include "timeline_controller.h"
#include "timeline_plot.h"
#include "timeline_view.h"

#include <QHeaderView>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>

void MainWindow::buildDocks()
{
    m_datasetsDock = new DatasetsDock(this);
    m_filtersDock = new FiltersDock(this);
    m_eventsDock = new EventsDock(this);
    m_recordsDock = new RecordsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_datasetsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_filtersDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_recordsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventsDock);
    m_analysisDock = new AnalysisDock(m_controller, plot(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_analysisDock);
    // So that the docks and the timeline fit a 768-pixel screen with every list five rows high:
    // Datasets and Filters share the left (the chips over the timeline show the filters too);
    // Records, Events and Analysis the wide bottom, where an event or a lookup is one line.
    tabifyDockWidget(m_datasetsDock, m_filtersDock);
    tabifyDockWidget(m_recordsDock, m_eventsDock);
    tabifyDockWidget(m_recordsDock, m_analysisDock);
    m_datasetsDock->raise();
    m_recordsDock->raise();
    const int line = fontMetrics().height();
    m_datasetsDock->list()->setMinimumHeight(5 * (2 * line + 4) + 6); // a dataset takes two lines
    m_eventsDock->list()->setMinimumHeight(5 * (line + 6) + 6);
    QTableView *records = m_recordsDock->view();
    // Five rows under the titles, and room for the scroll bar that the owner columns bring.
    records->setMinimumHeight(records->horizontalHeader()->sizeHint().height() +
                              5 * records->verticalHeader()->defaultSectionSize() + 2 * records->frameWidth() +
                              records->horizontalScrollBar()->sizeHint().height());
    resizeDocks({m_datasetsDock}, {fontMetrics().averageCharWidth() * 44}, Qt::Horizontal);
    resizeDocks({m_recordsDock}, {1}, Qt::Vertical); // at its minimum: the timeline takes the rest
}

void MainWindow::wireDocks()
{
    connect(m_filtersDock, &FiltersDock::filtersEdited, m_controller, &TimelineController::setFilters);
    connect(m_view->chips(), &FilterChipBar::filtersEdited, m_controller, &TimelineController::setFilters);
    connect(m_datasetsDock, &DatasetsDock::selectionEdited, m_controller, &TimelineController::setDatasets);
    connect(m_datasetsDock, &DatasetsDock::zoomRequested, this, &MainWindow::showDataset);
    connect(m_datasetsDock, &DatasetsDock::renameRequested, this, [this](qint64 id, const QString &name) {
        runStoreChange(tr("Renaming a dataset…"), [id, name](DatasetAdmin &store) { store.renameDataset(id, name); });
    });
    connect(m_datasetsDock, &DatasetsDock::deleteRequested, this, [this](qint64 id) {
        runStoreChange(tr("Deleting a dataset…"), [id](DatasetAdmin &store) { store.deleteDataset(id); });
    });
    // An event clicked on the chart is selected in the Events dock: bring its tab forward.
    connect(m_view->eventGestures(), &EventGestures::eventClicked, m_eventsDock, &QDockWidget::raise);
    connect(m_eventsDock, &EventsDock::eventActivated, this, [this](const TimelineEvent &e) {
        const qint64 end = e.endUs.value_or(e.startUs), pad = std::max<qint64>((end - e.startUs) / 2, 3'600'000'000);
        plot()->moveTo({e.startUs - pad, end + pad});
    });
}

// Ticks the dataset (when only some are) and moves the view to its extent, with a margin.
void MainWindow::showDataset(qint64 id)
{
    for (const DatasetInfo &d : m_controller->datasets()) {
        if (d.id != id)
            continue;
        QList<qint64> shown = m_controller->selectedDatasets();
        if (!shown.isEmpty() && !shown.contains(id)) {
            shown.removeAll(-1);
            shown.append(id);
            m_controller->setDatasets(shown);
        }
        plot()->moveTo(TimelinePlot::framing({d.tsMinUs, d.tsMaxUs + 1}));
        return;
    }
}
