// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the event-file tests (CSV, JSON, iCalendar) share: fixtures, UTC instants, an event as
// one comparable line, and the check that a file read back holds the events written.
#pragma once

#include "event_import.h"
#include "issue_lines.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

namespace event_test {

// tests/data/events/NAME; empty if it cannot be read.
inline QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(DNSTL_TEST_DATA_DIR "/events/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline qint64 utcUs(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

// Every field but the id.
inline QString describe(const TimelineEvent &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
        .arg(e.startUs)
        .arg(e.endUs ? QString::number(*e.endUs) : QStringLiteral("-"))
        .arg(e.allDay)
        .arg(e.timeZone, e.title, e.notes, e.category, e.color, e.url);
}

// back, read from what events were written to, holds them all, unchanged and in order.
inline void compareReadBack(const EventImport &back, const QList<TimelineEvent> &events)
{
    QVERIFY(!back.report.error);
    QCOMPARE(back.report.rejected, 0);
    QCOMPARE(back.events.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i)
        QCOMPARE(describe(back.events[i]), describe(events[i]));
}

} // namespace event_test
