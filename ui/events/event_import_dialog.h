// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"
#include "recurrence_window.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Imports an events file (CSV, JSON or iCalendar) into the store, after showing what it holds:
// how many events, how many of them occurrences of how many recurring series, how many
// rejected (the first with their lines), and where series were cut off. Recurring events are
// expanded within a window the user can change (from and to, whole UTC days), by default the
// store's extent widened by a year (RecurrenceWindow::around); unticked, each series is
// expanded from its start for a year. Each change of the window reads the file again (it is
// held in memory: at most EventFileFormat::kMaxFileBytes; a calendar reads in milliseconds,
// so on the GUI thread). GUI thread; opened with open(), result() read on accepted.
class EventImportDialog : public QDialog {
    Q_OBJECT
public:
    EventImportDialog(const QString &path, const TimeRange &storeExtent, QWidget *parent = nullptr);

    const EventImport &result() const { return m_read; }
    // What the summary says (for the status bar after the import, and the tests).
    QString summary() const;
    void setWindow(const TimeRange &range); // whole UTC days; the end exclusive

private:
    void reread();

    QString m_path;
    QByteArray m_data;
    EventImport m_read;
    QCheckBox *m_limit;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};
