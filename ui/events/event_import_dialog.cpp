// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_import_dialog.h"

#include "event_file_format.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QDate utcDay(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).date();
}

qint64 dayStartUs(QDate day)
{
    return day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

} // namespace

EventImportDialog::EventImportDialog(const QString &path, const TimeRange &storeExtent, QWidget *parent)
    : QDialog(parent), m_path(path)
{
    setWindowTitle(tr("Import events"));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_data = file.read(EventFileFormat::kMaxFileBytes + 1);
    m_limit = new QCheckBox(tr("Expand recurring events from"), this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
    }
    auto *window = new QHBoxLayout;
    window->addWidget(m_limit);
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to (before)"), this));
    window->addWidget(m_to);
    window->addWidget(new QLabel(tr("UTC"), this));
    window->addStretch();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setFixedHeight(fontMetrics().height() * 8);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), new QLabel(QFileInfo(path).fileName(), this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(window);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    const RecurrenceWindow around = RecurrenceWindow::around(storeExtent);
    m_limit->setChecked(around.range.has_value());
    const TimeRange range =
        around.range.value_or(RecurrenceWindow{}.rangeFor(QDateTime::currentMSecsSinceEpoch() * 1000));
    m_from->setDate(utcDay(range.fromUs));
    m_to->setDate(utcDay(range.toUs - 1).addDays(1));
    connect(m_limit, &QCheckBox::toggled, this, &EventImportDialog::reread);
    connect(m_from, &QDateEdit::dateChanged, this, &EventImportDialog::reread);
    connect(m_to, &QDateEdit::dateChanged, this, &EventImportDialog::reread);
    reread();
}

void EventImportDialog::setWindow(const TimeRange &range)
{
    const QSignalBlocker a(m_from), b(m_to), c(m_limit);
    m_limit->setChecked(true);
    m_from->setDate(utcDay(range.fromUs));
    m_to->setDate(utcDay(range.toUs - 1).addDays(1));
    reread();
}

void EventImportDialog::reread()
{
    m_from->setEnabled(m_limit->isChecked());
    m_to->setEnabled(m_limit->isChecked());
    RecurrenceWindow window;
    if (m_limit->isChecked())
        window.range = TimeRange{dayStartUs(m_from->date()), dayStartUs(m_to->date())};
    QStringList details;
    if (m_data.size() > EventFileFormat::kMaxFileBytes) {
        m_read = {};
        m_read.fail(0,
                    tr("%1 is over %2 MiB, too large for an events file")
                        .arg(m_path)
                        .arg(EventFileFormat::kMaxFileBytes >> 20));
    } else if (window.range && window.range->isEmpty()) {
        m_read = {};
        m_read.fail(0, tr("The window is empty: its end must come after its start."));
    } else {
        const auto format = EventFileFormat::fromExtension(m_path).value_or(EventFileFormat::sniff(m_data));
        m_read = EventFileFormat::read(format, m_data, window);
    }
    for (const ImportIssue &issue : std::as_const(m_read.report.firstIssues))
        details.append(tr("line %1: rejected: %2").arg(issue.line).arg(issue.message));
    for (const ImportIssue &note : std::as_const(m_read.notes))
        details.append(tr("line %1: %2").arg(note.line).arg(note.message));
    m_summary->setText(summary());
    m_details->setPlainText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_read.report.error && !m_read.events.isEmpty());
}

QString EventImportDialog::summary() const
{
    if (m_read.report.error)
        return m_read.errorLine > 0 ? tr("Line %1: %2").arg(m_read.errorLine).arg(m_read.report.error->message())
                                    : m_read.report.error->message();
    const auto count = [](qint64 n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    QString text = count(m_read.events.size(), tr("1 event"), tr("%1 events"));
    if (!m_read.series.isEmpty())
        text += tr(", %1 of them occurrences of %2")
                    .arg(m_read.occurrences())
                    .arg(count(m_read.series.size(), tr("1 recurring series"), tr("%1 recurring series")));
    if (m_read.report.rejected > 0)
        text += tr("; %1 rejected").arg(m_read.report.rejected);
    if (!m_read.notes.isEmpty())
        text += count(m_read.notes.size(), tr("; 1 note on recurring events"), tr("; %1 notes on recurring events"));
    return text + QLatin1Char('.');
}
