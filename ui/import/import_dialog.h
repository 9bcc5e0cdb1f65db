// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_preview.h"

#include <QDialog>
#include <QList>

#include <array>

class BackgroundTask;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class TimeZoneBox;

// File → Import (and files dropped on the window): for each chosen file its format
// (detected, or chosen), the time zone for formats whose times carry none, the year for those
// whose times carry no year (with where the year shown comes from), the column mapping of
// delimited text, whether to import a file the store already holds again, and a preview of the
// first 20 records with the number rejected so far and the first issues by line. Each change
// re-runs the preview (ImportPreview) on the file's BackgroundTask; a result that a later change
// has overtaken is dropped. Accepting gives one ImportRequest per file for ImportTask; nothing is
// imported here. GUI thread; owns its widgets and tasks (Qt parent), which cancel and join
// running previews when deleted.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(const QStringList &files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void addFiles(const QStringList &files);
    QList<ImportRequest> requests() const;

    // The parts a test (or the window) looks at.
    QListWidget *fileList() const { return m_fileList; }
    QComboBox *formatBox() const { return m_format; }
    TimeZoneBox *zoneBox() const { return m_zone; }
    QSpinBox *yearBox() const { return m_year; } // its minimum: the year from the file's date
    QLabel *yearNote() const { return m_yearNote; }
    QCheckBox *forceBox() const { return m_force; }
    QComboBox *localeBox() const { return m_locale; }
    QLineEdit *columnEdit(int slot) const { return m_columns[size_t(slot)]; } // ColumnMapping slots
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *rejectedLabel() const { return m_rejected; }
    const ImportPreview &preview(int file) const { return m_files[file].preview; }

signals:
    // The preview of that file is shown (or failed: see preview(file).error).
    void previewReady(int file);

private:
    struct FileChoice {
        ImportRequest request;
        ImportPreview preview;
        BackgroundTask *previewTask = nullptr; // a child: the latest preview of this file wins
    };
    void selectFile(int row);
    void removeFile();
    void readChoices(); // the widgets into the current file's request, then a new preview
    void startPreview(int file);
    void showChoices(); // the current file's request and preview into the widgets

    QList<FileChoice> m_files;
    int m_current = -1;
    bool m_filling = false; // showChoices() is setting widgets: their signals are not choices
    QListWidget *m_fileList = nullptr;
    QComboBox *m_format = nullptr;
    TimeZoneBox *m_zone = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_yearNote = nullptr;
    QCheckBox *m_force = nullptr;
    QComboBox *m_locale = nullptr;
    QGroupBox *m_columnBox = nullptr;
    std::array<QLineEdit *, 6> m_columns{};
    QTableWidget *m_preview = nullptr;
    QLabel *m_rejected = nullptr;
};
