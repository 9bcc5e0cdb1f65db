// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_dialog.h"

#include "background_task.h"
#include "column_mapping.h"
#include "field_labels.h"
#include "importer_registry.h"
#include "time_zone_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kPreviewRows = 20;
constexpr int kFileYear = 1969; // the Year box's minimum: the year comes from the file's date
constexpr int kIssuesShown = 5;

// Formats whose times may carry no offset, so the zone matters; and delimited text.
bool takesZone(const QString &format)
{
    return format == QLatin1String("csv") || format == QLatin1String("bind") || format == QLatin1String("dnsmasq") ||
        format == QLatin1String("windows-dns") || format == QLatin1String("unbound") ||
        format == QLatin1String("coredns");
}

// Formats whose dates are written in a regional format (ImportOptions::locale).
bool takesLocale(const QString &format)
{
    return format == QLatin1String("windows-dns");
}

bool isDelimited(const QString &format)
{
    return format == QLatin1String("csv") || format == QLatin1String("umbrella"); // dnsdbq gives observations
}

QString issuesText(const ImportPreview &p)
{
    const QString where =
        p.wholeFile ? ImportDialog::tr("in the whole file") : ImportDialog::tr("so far (in the part read)");
    QString text = ImportDialog::tr("%Ln record(s) rejected %1", nullptr, int(p.rejected)).arg(where);
    text += ImportDialog::tr("; %Ln valid", nullptr, int(p.records));
    if (p.skipped)
        text += ImportDialog::tr("; %Ln skipped (not lookups)", nullptr, int(p.skipped));
    for (qsizetype i = 0; i < std::min<qsizetype>(kIssuesShown, p.firstIssues.size()); ++i)
        text += QStringLiteral("\n%1 %2: %3")
                    .arg(ImportDialog::tr("line"))
                    .arg(p.firstIssues[i].line)
                    .arg(p.firstIssues[i].message);
    for (const QString &note : p.notes)
        text += QStringLiteral("\n%1").arg(note);
    return text;
}

// Where the year of year-less times comes from; empty for formats whose times carry it.
QString yearText(const ImportRequest &request, const ImportPreview &p, const QLocale &locale)
{
    if (p.firstYear == 0)
        return {};
    if (request.options.year != 0)
        return ImportDialog::tr("The times in this file carry no year: the first line is read in %1, as set.")
            .arg(p.firstYear);
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(p.fileModifiedUs / 1000);
    return ImportDialog::tr("<b>The times in this file carry no year: %1 is taken from the file's modification time "
                            "(%2).</b> Set the year if the log was written in another one.")
        .arg(p.firstYear)
        .arg(locale.toString(modified, QLocale::ShortFormat));
}

} // namespace

ImportDialog::ImportDialog(const QStringList &files, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    m_fileList = new QListWidget;
    auto *add = new QPushButton(tr("Add files…"));
    auto *remove = new QPushButton(tr("Remove"));
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_fileList);
    leftLayout->addLayout(fileButtons);

    m_format = new QComboBox;
    m_format->addItem(tr("Detect from content"), QStringLiteral("auto"));
    for (const Importer *importer : ImporterRegistry::all())
        m_format->addItem(QStringLiteral("%1 — %2").arg(importer->formatId(), importer->description()),
                          importer->formatId());
    m_zone = new TimeZoneBox;
    m_zone->setToolTip(tr("Time zone of times written without an offset"));
    m_year = new QSpinBox;
    m_year->setRange(kFileYear, 9999);
    m_year->setSpecialValueText(tr("from the file's date"));
    m_year->setToolTip(tr("Year of the first line, for logs whose times carry no year (syslog stamps)"));
    m_yearNote = new QLabel;
    m_yearNote->setWordWrap(true);
    m_force = new QCheckBox(tr("Import even if the store already holds this file (same SHA-256)"));
    m_locale = new QComboBox;
    m_locale->setEditable(true); // any locale name Qt knows
    m_locale->addItem(tr("Detect from the file"), QString());
    for (const char *name : {"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "sv-SE", "pt-BR", "ru-RU",
                             "pl-PL", "ja-JP", "zh-CN", "ko-KR"})
        m_locale->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_locale->setToolTip(tr("Regional format the log's dates are written in (Windows DNS debug logs)"));
    m_columnBox = new QGroupBox(tr("Columns (a header name or a 1-based number; empty: detected; - : none)"));
    auto *columnGrid = new QGridLayout(m_columnBox); // three fields a row, to leave room for the preview
    for (size_t slot = 0; slot < m_columns.size(); ++slot) {
        m_columns[slot] = new QLineEdit;
        m_columns[slot]->setPlaceholderText(tr("detected"));
        const int row = int(slot) / 3, column = int(slot) % 3 * 2;
        columnGrid->addWidget(new QLabel(FieldLabels::ofColumn(QString::fromLatin1(ColumnMapping::slotNames()[slot]))),
                              row, column);
        columnGrid->addWidget(m_columns[slot], row, column + 1);
        connect(m_columns[slot], &QLineEdit::editingFinished, this, &ImportDialog::readChoices);
    }
    auto *choices = new QFormLayout;
    choices->addRow(tr("Format"), m_format);
    choices->addRow(tr("Time zone"), m_zone);
    choices->addRow(tr("Year"), m_year);
    choices->addRow(QString(), m_yearNote);
    choices->addRow(QString(), m_force);
    choices->addRow(tr("Date format"), m_locale);
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_rejected = new QLabel;
    m_rejected->setWordWrap(true);
    m_rejected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(choices);
    rightLayout->addWidget(m_columnBox);
    rightLayout->addWidget(new QLabel(tr("The first %1 records as they would be imported:").arg(kPreviewRows)));
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_rejected);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1100, 640);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this,
            [this] { addFiles(QFileDialog::getOpenFileNames(this, tr("Import lookups"))); });
    connect(remove, &QPushButton::clicked, this, &ImportDialog::removeFile);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::selectFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::readChoices);
    connect(m_year, &QSpinBox::valueChanged, this, &ImportDialog::readChoices);
    connect(m_force, &QCheckBox::toggled, this, &ImportDialog::readChoices);
    connect(m_zone, &TimeZoneBox::zoneChosen, this, [this] {
        if (!m_filling && m_current >= 0)
            m_files[m_current].request.options.zoneGiven = true;
        readChoices();
    });
    connect(m_locale, &QComboBox::activated, this, &ImportDialog::readChoices);
    connect(m_locale->lineEdit(), &QLineEdit::editingFinished, this, &ImportDialog::readChoices);
    addFiles(files);
}

ImportDialog::~ImportDialog() = default; // each file's BackgroundTask (a child) joins its preview

void ImportDialog::addFiles(const QStringList &files)
{
    for (const QString &file : files) {
        FileChoice choice;
        choice.request.filePath = file;
        choice.previewTask = new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this);
        m_files.append(choice);
        m_fileList->addItem(QFileInfo(file).fileName());
        m_fileList->item(m_fileList->count() - 1)->setToolTip(file);
        startPreview(int(m_files.size() - 1));
    }
    if (m_current < 0 && !m_files.isEmpty())
        m_fileList->setCurrentRow(0);
}

QList<ImportRequest> ImportDialog::requests() const
{
    QList<ImportRequest> out;
    for (const FileChoice &f : m_files)
        out.append(f.request);
    return out;
}

void ImportDialog::selectFile(int row)
{
    m_current = row;
    showChoices();
}

void ImportDialog::removeFile()
{
    const int row = m_current;
    if (row < 0)
        return;
    delete m_files[row].previewTask; // cancels and joins its preview
    m_files.removeAt(row);
    m_current = -1;
    delete m_fileList->takeItem(row); // selects a neighbour, if any
    if (m_files.isEmpty())
        showChoices();
}

void ImportDialog::readChoices()
{
    if (m_filling || m_current < 0)
        return;
    ImportRequest &r = m_files[m_current].request;
    r.format = m_format->currentData().toString();
    r.options.zone = m_zone->zone();
    r.options.year = m_year->value() == kFileYear ? 0 : m_year->value();
    r.force = m_force->isChecked();
    const int localeIndex = m_locale->findText(m_locale->currentText());
    r.options.locale =
        localeIndex >= 0 ? m_locale->itemData(localeIndex).toString() : m_locale->currentText().trimmed();
    r.options.columnMap.clear();
    for (size_t slot = 0; slot < m_columns.size(); ++slot) {
        const QString text = m_columns[slot]->text().trimmed();
        if (!text.isEmpty())
            r.options.columnMap.append(QStringLiteral("%1=%2").arg(
                QString::fromLatin1(ColumnMapping::slotNames()[slot]), text == QLatin1String("-") ? QString() : text));
    }
    startPreview(m_current);
}

void ImportDialog::startPreview(int file)
{
    BackgroundTask *task = m_files[file].previewTask;
    m_files[file].previewTask->run(
        [request = m_files[file].request](const CancelToken &) { return ImportPreview::make(request, kPreviewRows); },
        [this, task](const ImportPreview &preview) {
            // The file's place in the list, which may have changed meanwhile.
            const auto found = std::find_if(m_files.cbegin(), m_files.cend(),
                                            [task](const FileChoice &f) { return f.previewTask == task; });
            const int index = int(found - m_files.cbegin());
            m_files[index].preview = preview;
            if (index == m_current)
                showChoices();
            emit previewReady(index);
        });
    if (file == m_current)
        m_rejected->setText(tr("Reading…"));
}

void ImportDialog::showChoices()
{
    m_filling = true;
    const bool any = m_current >= 0 && m_current < m_files.size();
    const FileChoice empty;
    const FileChoice &f = any ? m_files[m_current] : empty;
    const ImportPreview &p = f.preview;
    m_format->setCurrentIndex(std::max(0, m_format->findData(f.request.format)));
    m_format->setItemText(0,
                          p.formatId.isEmpty() || f.request.format != QLatin1String("auto")
                              ? tr("Detect from content")
                              : tr("Detect from content (found: %1)").arg(p.formatId));
    m_zone->setZone(f.request.options.zone);
    m_zone->setEnabled(any && takesZone(p.formatId));
    const bool takesYear = any && (p.firstYear != 0 || f.request.options.year != 0);
    // Formats whose times carry their year have nothing to choose: say so, not "the file's date".
    m_year->setSpecialValueText(takesYear || !any ? tr("from the file's date") : tr("in each time of the file"));
    m_year->setValue(f.request.options.year ? f.request.options.year : kFileYear);
    m_year->setEnabled(takesYear);
    m_yearNote->setText(any ? yearText(f.request, p, locale()) : QString());
    m_force->setChecked(f.request.force);
    m_force->setEnabled(any);
    const int localeIndex = m_locale->findData(f.request.options.locale);
    if (localeIndex >= 0)
        m_locale->setCurrentIndex(localeIndex);
    else
        m_locale->setEditText(f.request.options.locale);
    m_locale->setEnabled(any && takesLocale(p.formatId));
    m_columnBox->setVisible(any && isDelimited(p.formatId));
    for (size_t slot = 0; slot < m_columns.size(); ++slot) {
        const QString prefix = QString::fromLatin1(ColumnMapping::slotNames()[slot]) + QLatin1Char('=');
        QString text;
        for (const QString &entry : f.request.options.columnMap) {
            if (entry.startsWith(prefix))
                text = entry.mid(prefix.size()).isEmpty() ? QStringLiteral("-") : entry.mid(prefix.size());
        }
        m_columns[slot]->setText(text);
    }
    m_preview->clear();
    m_preview->setColumnCount(int(p.headers.size()));
    QStringList headers;
    for (const QString &key : p.headers)
        headers.append(FieldLabels::ofColumn(key));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(p.rows.size()));
    for (int row = 0; row < p.rows.size(); ++row) {
        for (int column = 0; column < p.rows[row].size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(p.rows[row][column]));
    }
    m_preview->resizeColumnsToContents();
    m_rejected->setText(!any          ? QString()
                            : p.error ? tr("Cannot import this file: %1").arg(p.error->message())
                                      : issuesText(p));
    m_filling = false;
}
