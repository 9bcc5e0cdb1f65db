// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QTimeZone>

// An editable chooser of a time zone: UTC and the system zone first, then any IANA id
// typed with completion over QTimeZone::availableTimeZoneIds(). Emits zoneChosen only for a
// valid zone; an unknown id is reverted. GUI thread; the id list is built once (~600 ids).
class TimeZoneBox : public QComboBox {
    Q_OBJECT
public:
    explicit TimeZoneBox(QWidget *parent = nullptr);

    QTimeZone zone() const { return m_zone; }
    void setZone(const QTimeZone &zone);

signals:
    void zoneChosen(const QTimeZone &zone);

private:
    void commit(const QString &text);

    QTimeZone m_zone = QTimeZone::utc();
};
