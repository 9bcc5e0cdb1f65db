// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_zone_box.h"

#include <QCompleter>
#include <QLineEdit>

TimeZoneBox::TimeZoneBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    QStringList ids{QStringLiteral("UTC")};
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!system.isEmpty() && !ids.contains(system))
        ids.append(system);
    addItems(ids);
    insertSeparator(count());
    QStringList all;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        all.append(QString::fromUtf8(id));
    addItems(all);
    auto *completer = new QCompleter(all, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setToolTip(tr("Time zone for the axis, the bins and the tooltips"));
    connect(this, &QComboBox::textActivated, this, &TimeZoneBox::commit);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(currentText()); });
}

void TimeZoneBox::setZone(const QTimeZone &zone)
{
    m_zone = zone;
    setEditText(QString::fromUtf8(zone.id()));
}

void TimeZoneBox::commit(const QString &text)
{
    const QTimeZone zone(text.trimmed().toUtf8());
    if (!zone.isValid()) {
        setEditText(QString::fromUtf8(m_zone.id()));
        return;
    }
    if (zone == m_zone)
        return;
    m_zone = zone;
    emit zoneChosen(zone);
}
