// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/lookup_record.h"

#include <QDockWidget>

#include <memory>

class LookupStore;
class QLabel;
class QTableView;
class RecordsModel;

// The Records dock: the raw lookups of a drill-down (a clicked bin or a selected range) in a
// lazily fetched table (RecordsModel) with a line saying what is listed; sortable by time
// (header click), copyable as CSV (Ctrl+C on a selection, or the button for everything up to
// RecordsModel::kCsvLimit rows). Owns its model and view; GUI thread only.
class RecordsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RecordsDock(QWidget *parent = nullptr);

    // Lists query's lookups; description says in words what they are.
    void show(std::shared_ptr<LookupStore> store, const RecordQuery &query, const QString &description);
    void clear();
    RecordsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Copies the selected rows (or all) as CSV to the clipboard, once read.
    void copyCsv(bool selectionOnly);

private:
    void updateSummary();

    RecordsModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QString m_description;
};
