// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export_view.h"
#include "failure.h"

#include <QDateTime>
#include <QDialog>
#include <QImage>

#include <memory>

class LookupStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

// File → Export chart: the format (PNG, JPG, PDF, SVG), the size in pixels and a scale factor
// for the images, the title and subtitle, the legend, the events and redaction, with a live
// preview of the chart as it will be written (light theme, footer included). Writes through
// ChartExport and ChartRenderer, as `dnstimeline render` does, so the same view gives the same
// picture. Shares the store with the window; GUI thread only.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(std::shared_ptr<LookupStore> store, const ExportView &view, QWidget *parent = nullptr);

    // The view as edited in the dialog.
    ExportView view() const;
    void setView(const ExportView &view);
    // Writes the chart to path (format by extension); throws Failure naming the file.
    void exportTo(const QString &path);
    // Where Export… wrote the chart (empty before).
    QString writtenPath() const { return m_written; }
    // The last preview, drawn at the chosen size and scale 1 (null before the first).
    QImage preview() const { return m_preview; }
    // Redraws the preview now instead of after the short pause edits wait for.
    void refreshPreview();

private:
    void schedulePreview();
    void chooseFileAndExport();
    QString suffix() const;

    std::shared_ptr<LookupStore> m_store;
    ExportView m_base;
    QDateTime m_exportedAt;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLineEdit *m_title;
    QLineEdit *m_subtitle;
    QCheckBox *m_legend;
    QCheckBox *m_events;
    QCheckBox *m_redact;
    QCheckBox *m_redactNames;
    QLabel *m_previewLabel;
    QLabel *m_message;
    QTimer *m_timer;
    QImage m_preview;
    QString m_written;
};
