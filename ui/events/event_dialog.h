// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline_event.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class TimeZoneBox;

// Edits one event: title, start, end (or none: a point), all day, the zone its times and
// days are meant in (the display zone for a new one), category (the defaults, the store's
// own, or a new name), an own colour (empty: the category's), notes and source URL. Accept
// refuses what EventTime::problem rejects, saying why. Times shown are wall-clock times in the
// chosen zone. GUI thread; opened with open() (window-modal), read with event() on accepted.
class EventDialog : public QDialog {
    Q_OBJECT
public:
    EventDialog(const TimelineEvent &event, const QTimeZone &zone, const QStringList &categories,
                QWidget *parent = nullptr);

    // The event as edited (with the id it was opened with).
    TimelineEvent event() const;
    QLineEdit *titleEdit() const { return m_title; }
    void accept() override;

private:
    void setAllDay(bool on);
    void chooseColour();
    QTimeZone zone() const;

    TimelineEvent m_original;
    QLineEdit *m_title;
    QCheckBox *m_allDay;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    TimeZoneBox *m_zone;
    QComboBox *m_category;
    QLineEdit *m_colour;
    QPlainTextEdit *m_notes;
    QLineEdit *m_url;
    QLabel *m_problem;
};
