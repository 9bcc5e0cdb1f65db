// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drill_down.h"
#include "record_query.h"

#include <QDockWidget>

#include <memory>
#include <optional>

class LookupViews;
class QLabel;
class QTableView;
class RecordsModel;
class TimelineController;
class TimelinePlot;

// The Records dock: the raw lookups of a drill-down (a clicked bin or a selected range) in a
// lazily fetched table (RecordsModel) with a line saying what is listed; sortable by time
// (header click), copyable as CSV (Ctrl+C: the selected rows; the button: everything; up to
// RecordsModel::kCsvLimit rows). A drill-down (drillDown) is followed: when the controller
// delivers a table under new filters, datasets, split or zone, or the plot hides or shows a
// series, the dock lists the same bin or range again under them. Owns its model and view; GUI
// thread only.
class RecordsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RecordsDock(QWidget *parent = nullptr);

    // Where drill-downs take their store, filters, split and hidden series from.
    void setSources(TimelineController *controller, TimelinePlot *plot);
    // Lists the lookups of range (µs UTC) in series (of the controller's table; -1: all), and
    // keeps listing them as the view changes.
    void drillDown(const TimeRange &range, int series);
    // Lists query's lookups; description says in words what they are.
    void show(std::shared_ptr<LookupViews> store, const RecordQuery &query, const QString &description);
    void clear();
    RecordsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Copies the selected rows (or all) as CSV to the clipboard, once read.
    void copyCsv(bool selectionOnly);

signals:
    // The clipboard holds the CSV of rows lookups (for tests and the status bar).
    void copied(int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void fitColumns();
    void list(std::shared_ptr<LookupViews> store, const RecordQuery &query, const QString &description);
    void refresh();

    TimelineController *m_controller = nullptr;
    TimelinePlot *m_plot = nullptr;
    std::optional<DrillDown> m_drill;

    RecordsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QString m_description;
};
