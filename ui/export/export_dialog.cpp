// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_dialog.h"

#include "chart_export.h"
#include "chart_footer.h"
#include "failure.h"
#include "lookup_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSizePolicy>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace {
struct Format {
    const char *suffix;
    const char *label;
    bool raster;
};
constexpr Format kFormats[] = {{"png", "PNG image", true},
                               {"jpg", "JPEG image", true},
                               {"pdf", "PDF document (vector)", false},
                               {"svg", "SVG drawing (vector)", false}};
constexpr QSize kPreviewSize(640, 360);
} // namespace

ExportDialog::ExportDialog(std::shared_ptr<LookupStore> store, const ExportView &view, QWidget *parent)
    : QDialog(parent), m_store(std::move(store)), m_base(view), m_exportedAt(ChartFooter::exportTime())
{
    setWindowTitle(tr("Export chart"));
    m_format = new QComboBox(this);
    for (const Format &f : kFormats)
        m_format->addItem(tr(f.label), QString::fromLatin1(f.suffix));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 20000);
        box->setSuffix(tr(" px"));
    }
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setPrefix(QStringLiteral("× "));
    m_scale->setToolTip(tr("PNG and JPG: draw everything this many times larger, in as many times the pixels"));
    m_title = new QLineEdit(this);
    m_subtitle = new QLineEdit(this);
    m_legend = new QCheckBox(tr("Legend"), this);
    m_events = new QCheckBox(tr("Events"), this);
    m_redact = new QCheckBox(tr("Redact addresses"), this);
    m_redact->setToolTip(tr("Client and server addresses become stable pseudonyms (keyed with the store's secret)"));
    m_redactNames = new QCheckBox(tr("Redact query names too"), this);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addWidget(m_scale);
    size->addStretch();
    for (QWidget *box :
         {static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_scale)})
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *toggles = new QHBoxLayout;
    for (QCheckBox *box : {m_legend, m_events, m_redact, m_redactNames})
        toggles->addWidget(box);
    toggles->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Size"), size);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Subtitle"), m_subtitle);
    form->addRow(tr("Show"), toggles);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setMinimumSize(kPreviewSize);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    setView(view);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_scale->setEnabled(kFormats[m_format->currentIndex()].raster); });
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_legend, m_events, m_redact, m_redactNames})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_redact, &QCheckBox::toggled, m_redactNames, &QWidget::setEnabled);
    m_redactNames->setEnabled(m_redact->isChecked());
}

void ExportDialog::setView(const ExportView &view)
{
    m_base = view;
    m_width->setValue(view.size.width());
    m_height->setValue(view.size.height());
    m_scale->setValue(view.scale);
    m_title->setText(view.title);
    m_subtitle->setText(view.subtitle);
    m_legend->setChecked(view.legend);
    m_events->setChecked(view.events);
    m_redact->setChecked(view.redact);
    m_redactNames->setChecked(view.redactNames);
    schedulePreview();
}

ExportView ExportDialog::view() const
{
    ExportView v = m_base;
    v.size = QSize(m_width->value(), m_height->value());
    v.scale = m_scale->value();
    v.title = m_title->text();
    v.subtitle = m_subtitle->text();
    v.legend = m_legend->isChecked();
    v.events = m_events->isChecked();
    v.redact = m_redact->isChecked();
    v.redactNames = v.redact && m_redactNames->isChecked();
    v.dark = false; // exports are print-friendly whatever the window's theme
    return v;
}

QString ExportDialog::suffix() const
{
    return m_format->currentData().toString();
}

void ExportDialog::schedulePreview()
{
    m_timer->start();
}

void ExportDialog::refreshPreview()
{
    m_timer->stop();
    ExportView v = view();
    v.scale = 1;
    try {
        const PreparedChart chart = ChartExport::prepare(*m_store, v, m_exportedAt);
        m_preview = ChartRenderer::renderImage(chart.spec);
        m_message->clear();
    } catch (const Failure &e) {
        m_preview = QImage();
        m_message->setText(e.message());
    }
    const QSize room = m_previewLabel->contentsRect().size().expandedTo(kPreviewSize);
    m_previewLabel->setPixmap(
        m_preview.isNull() ? QPixmap()
                           : QPixmap::fromImage(m_preview.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExportDialog::exportTo(const QString &path)
{
    ChartRenderer::render(ChartExport::prepare(*m_store, view(), m_exportedAt).spec, path);
}

void ExportDialog::chooseFileAndExport()
{
    const QString ext = suffix();
    const QString name = m_title->text().trimmed().isEmpty() ? QStringLiteral("chart") : m_title->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), name + QLatin1Char('.') + ext,
                                                      m_format->currentText() + QStringLiteral(" (*.%1)").arg(ext));
    if (path.isEmpty())
        return;
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + ext : path;
    try {
        exportTo(file);
        m_written = file;
        accept();
    } catch (const Failure &failure) {
        m_message->setText(failure.message());
    }
}
