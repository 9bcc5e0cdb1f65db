// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_line_time.h"

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool digitsAt(QByteArrayView t, qsizetype from, qsizetype count)
{
    if (t.size() < from + count)
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(t[i]))
            return false;
    }
    return true;
}

} // namespace

qsizetype LogLineTime::length(QByteArrayView t)
{
    if (t.startsWith('[')) {
        qsizetype i = 1;
        while (i < t.size() && (isDigit(t[i]) || t[i] == '.'))
            ++i;
        return i > 1 && i < t.size() && t[i] == ']' ? i + 1 : 0;
    }
    if (SyslogClock::startsWithStamp(t))
        return SyslogClock::kStampLength;
    if (!digitsAt(t, 0, 4) || t.size() < 10 || (t[4] != '-' && t[4] != '/'))
        return 0;
    if (t.size() >= 19 && t[10] == ' ' && digitsAt(t, 11, 2) && t[13] == ':') { // date, space, time
        qsizetype end = 19;
        if (end < t.size() && (t[end] == '.' || t[end] == ','))
            for (++end; end < t.size() && isDigit(t[end]);)
                ++end;
        return end;
    }
    const qsizetype space = t.indexOf(' ');
    return space < 0 ? t.size() : space;
}

bool LogLineTime::read(QByteArrayView time, QByteArrayView &out)
{
    if (time.startsWith('[')) {
        out = time.sliced(1, time.size() - 2);
        return !out.isEmpty();
    }
    if (SyslogClock::startsWithStamp(time)) {
        if (!m_clock.toIso(time, m_iso))
            return false;
        out = QByteArrayView(m_iso.data(), qsizetype(m_iso.size()));
        return true;
    }
    if (time.size() > 4 && time[4] == '/') { // Go's log package: 2024/01/05
        m_text = time.toByteArray();
        m_text[4] = '-';
        if (m_text.size() > 7 && m_text[7] == '/')
            m_text[7] = '-';
        out = m_text;
        return true;
    }
    out = time;
    return true;
}
