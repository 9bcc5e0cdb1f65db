// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_dialog.h"

#include "event_card.h"
#include "event_categories.h"
#include "event_time.h"
#include "time_zone_box.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {

QDateTime wallClock(qint64 us, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, zone);
    return QDateTime(t.date(), t.time()); // shown as is, whatever the system's zone
}

qint64 instant(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone).toMSecsSinceEpoch() * 1000;
}

// The editor shows milliseconds: a time the user left as it was keeps its microseconds (an
// event moved on the chart has them), so that editing a title does not move the event.
qint64 unlessUntouched(qint64 editedUs, qint64 originalUs)
{
    const qint64 shownUs = originalUs - ((originalUs % 1000) + 1000) % 1000; // whole ms, rounded down
    return editedUs == shownUs ? originalUs : editedUs;
}

} // namespace

EventDialog::EventDialog(const TimelineEvent &event, const QTimeZone &zone, const QStringList &categories,
                         QWidget *parent)
    : QDialog(parent), m_original(event)
{
    setWindowTitle(event.id > 0 ? tr("Edit event") : tr("New event"));
    setObjectName(QStringLiteral("eventDialog"));
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(event.title, this);
    m_title->setPlaceholderText(tr("What happened"));
    form->addRow(tr("&Title:"), m_title);

    const QTimeZone shown = event.timeZone.isEmpty() ? zone : EventTime::zone(event.timeZone).value_or(zone);
    m_zone = new TimeZoneBox(this);
    m_zone->setZone(shown);
    m_allDay = new QCheckBox(tr("&All day"), this);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_allDay);
    zoneRow->addWidget(m_zone, 1);
    form->addRow(tr("Zone:"), zoneRow);

    m_start = new QDateTimeEdit(wallClock(event.startUs, shown), this);
    m_start->setCalendarPopup(true);
    form->addRow(tr("&Start:"), m_start);
    m_hasEnd = new QCheckBox(tr("&Ends:"), this);
    m_hasEnd->setChecked(event.endUs.has_value());
    qint64 endUs = event.endUs.value_or(event.startUs + 3'600'000'000);
    if (event.allDay && event.endUs)
        endUs -= 1; // the last day is shown, not the midnight after it
    m_end = new QDateTimeEdit(wallClock(endUs, shown), this);
    m_end->setCalendarPopup(true);
    m_end->setEnabled(m_hasEnd->isChecked());
    form->addRow(m_hasEnd, m_end);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_allDay, &QCheckBox::toggled, this, &EventDialog::setAllDay);
    m_allDay->setChecked(event.allDay);
    setAllDay(event.allDay);

    m_category = new QComboBox(this);
    m_category->setEditable(true);
    QStringList names;
    for (const auto &c : EventCategories::defaults())
        names.append(c.name);
    for (const QString &c : categories)
        if (!names.contains(c))
            names.append(c);
    m_category->addItems(names);
    m_category->setCurrentText(event.id > 0 || !event.category.isEmpty() ? EventCard::category(event)
                                                                         : QStringLiteral("note"));
    form->addRow(tr("&Category:"), m_category);

    m_colour = new QLineEdit(event.color, this);
    m_colour->setPlaceholderText(tr("the category's colour"));
    auto *pick = new QPushButton(tr("Choose…"), this);
    connect(pick, &QPushButton::clicked, this, &EventDialog::chooseColour);
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colour, 1);
    colourRow->addWidget(pick);
    form->addRow(tr("Colour:"), colourRow);

    m_notes = new QPlainTextEdit(event.notes, this);
    m_notes->setFixedHeight(fontMetrics().height() * 5);
    form->addRow(tr("&Notes:"), m_notes);
    m_url = new QLineEdit(event.url, this);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Source &URL:"), m_url);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->hide();
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    form->addRow(buttons);
    m_title->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void EventDialog::setAllDay(bool on)
{
    const QString format = on ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm");
    m_start->setDisplayFormat(format);
    m_end->setDisplayFormat(format);
}

void EventDialog::chooseColour()
{
    const QColor start =
        QColor::isValidColorName(m_colour->text()) ? QColor::fromString(m_colour->text()) : EventCard::color(event());
    const QColor chosen = QColorDialog::getColor(start, this, tr("Event colour"));
    if (chosen.isValid())
        m_colour->setText(chosen.name());
}

QTimeZone EventDialog::zone() const
{
    return m_zone->zone().isValid() ? m_zone->zone() : QTimeZone::utc();
}

TimelineEvent EventDialog::event() const
{
    TimelineEvent e = m_original;
    const QTimeZone z = zone();
    e.title = m_title->text().trimmed();
    e.allDay = m_allDay->isChecked();
    e.timeZone = z == QTimeZone::utc() ? QString() : QString::fromUtf8(z.id());
    if (e.allDay) {
        const QDate first = m_start->date();
        const QDate last = m_hasEnd->isChecked() ? m_end->date() : first;
        e.startUs = EventTime::dayStartUs(first, z);
        e.endUs = EventTime::dayStartUs(last.addDays(1), z);
    } else {
        e.startUs = unlessUntouched(instant(m_start->dateTime(), z), m_original.startUs);
        e.endUs = m_hasEnd->isChecked()
            ? std::optional<qint64>(unlessUntouched(instant(m_end->dateTime(), z), m_original.endUs.value_or(0)))
            : std::nullopt;
    }
    e.category = m_category->currentText().trimmed();
    e.color = m_colour->text().trimmed();
    e.notes = m_notes->toPlainText();
    e.url = m_url->text().trimmed();
    return e;
}

void EventDialog::accept()
{
    const QString problem = EventTime::problem(event());
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
