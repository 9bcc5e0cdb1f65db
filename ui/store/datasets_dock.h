// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"

#include <QDockWidget>

#include <optional>

class QListWidget;
class QListWidgetItem;
class QPushButton;

// The Datasets dock: one checkable row per dataset with its colour (the one a split by dataset
// gives it), record count and time extent; checking chooses what the timeline shows; a
// double-click (or Enter) on a row asks to show that dataset (zoomRequested); Rename and
// Delete (after a confirmation) ask the window to change the store, which it does on a worker
// thread. GUI thread only; it never calls the store.
class DatasetsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit DatasetsDock(QWidget *parent = nullptr);

    // checked: the chosen datasets (empty: all).
    void setDatasets(const QList<DatasetInfo> &datasets, const QList<qint64> &checked);
    QList<qint64> checkedIds() const;
    QListWidget *list() const { return m_list; }
    // Why datasets cannot be renamed or deleted (none: they can): the buttons are then off and
    // their tooltips say why.
    void setReadOnlyReason(const std::optional<QString> &reason);

signals:
    // The chosen datasets (empty: all; {-1}: none).
    void selectionEdited(const QList<qint64> &ids);
    void renameRequested(qint64 id, const QString &name);
    void deleteRequested(qint64 id);
    // Show this dataset: ticked, the view on its extent.
    void zoomRequested(qint64 id);

private:
    void renameCurrent();
    void deleteCurrent();

    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_filling = false;
};
