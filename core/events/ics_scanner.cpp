// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ics_scanner.h"

#include "event_time.h"

namespace {

struct Logical {
    qint64 line = 0;
    QByteArray text;
    bool tooLong = false;
};

// Unfolds data into logical lines, each with the number of its first physical line.
QList<Logical> unfold(QByteArrayView data)
{
    QList<Logical> out;
    qint64 lineNo = 0;
    for (qsizetype at = 0; at < data.size();) {
        qsizetype nl = data.indexOf('\n', at);
        if (nl < 0)
            nl = data.size();
        QByteArrayView raw = data.sliced(at, nl - at);
        at = nl + 1;
        ++lineNo;
        if (raw.endsWith('\r'))
            raw.chop(1);
        const bool continuation = !raw.isEmpty() && (raw[0] == ' ' || raw[0] == '\t') && !out.isEmpty();
        if (!continuation) {
            if (raw.isEmpty())
                continue;
            out.append({lineNo, {}, false});
        } else {
            raw = raw.sliced(1);
        }
        Logical &l = out.last();
        if (l.text.size() + raw.size() > IcsScanner::kMaxLineBytes)
            l.tooLong = true;
        else if (!l.tooLong)
            l.text += raw;
    }
    return out;
}

// Splits "NAME;P=V;Q="x:y":value" into its name (upper-cased) and value; false if it is not a
// content line (no ':' after the name and parameters, or an unterminated quoted parameter).
bool split(const QByteArray &text, QByteArray *name, QByteArray *value)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] != ';' && text[i] != ':')
        ++i;
    *name = text.first(i).trimmed().toUpper();
    while (i < text.size() && text[i] == ';') {
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0)
            return false;
        i = eq + 1;
        if (i < text.size() && text[i] == '"') {
            const qsizetype close = text.indexOf('"', i + 1);
            if (close < 0)
                return false;
            i = close + 1;
        }
        while (i < text.size() && text[i] != ';' && text[i] != ':')
            ++i;
    }
    if (i >= text.size() || text[i] != ':' || name->isEmpty())
        return false;
    *value = text.sliced(i + 1);
    return true;
}

} // namespace

const IcsLine *IcsScan::Event::find(QByteArrayView name) const
{
    for (const IcsLine &l : lines)
        if (l.name == name)
            return &l;
    return nullptr;
}

IcsScan IcsScanner::scan(QByteArrayView data, EventImport &result)
{
    IcsScan scan;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const QList<Logical> lines = unfold(data);
    QByteArray name, value;
    if (lines.isEmpty() || lines[0].tooLong || !split(lines[0].text, &name, &value) || name != "BEGIN" ||
        value.trimmed().toUpper() != "VCALENDAR") {
        result.fail(lines.isEmpty() ? 1 : lines[0].line,
                    QStringLiteral("not an iCalendar file: it does not begin with BEGIN:VCALENDAR"));
        return scan;
    }
    scan.calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//DNS Timeline//scan//EN\r\n";

    enum class In { Calendar, Event, Skipped, Other }; // Skipped: a rejected VEVENT's remaining lines
    In in = In::Calendar;
    IcsScan::Event event;
    QByteArray eventText;     // its lines as written, unfolded
    QByteArray component;     // VTIMEZONE or another top-level component, as read so far
    QByteArray componentName; // the top-level component being read, upper case
    bool componentBroken = false;
    int nested = 0; // components open inside the current top-level one
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const Logical &l = lines[k];
        const bool content = !l.tooLong && split(l.text, &name, &value);
        const QByteArray what = content ? value.trimmed().toUpper() : QByteArray();
        const bool begin = content && name == "BEGIN", end = content && name == "END";
        if (in == In::Event && begin && what == "VEVENT" && nested == 0) {
            scan.rejected.append(ImportIssue{event.beginLine, QStringLiteral("VEVENT not closed by END:VEVENT")});
            in = In::Calendar;
        }
        switch (in) {
        case In::Calendar:
            if (begin && what == "VEVENT") {
                in = In::Event;
                event = {l.line, {}};
                eventText.clear();
                nested = 0;
            } else if (begin) {
                in = In::Other;
                componentName = what;
                component = l.text + "\r\n";
                componentBroken = false;
                nested = 0;
            } else if (content && name == "X-WR-TIMEZONE" && EventTime::zone(QString::fromUtf8(value.trimmed()))) {
                scan.calendarZone = QString::fromUtf8(value.trimmed()); // an IANA id has nothing to unescape
            }
            break;
        case In::Other: // VTIMEZONE (kept for libical when whole), VTODO, VJOURNAL, ... (skipped)
            componentBroken = componentBroken || !content;
            if (!componentBroken)
                component += l.text + "\r\n";
            if (begin) {
                ++nested;
            } else if (end && nested > 0) {
                --nested;
            } else if (end) {
                if (what == componentName && componentName == "VTIMEZONE" && !componentBroken)
                    scan.calendar += component;
                in = In::Calendar;
            }
            break;
        case In::Skipped:
            if (end && what == "VEVENT")
                in = In::Calendar;
            break;
        case In::Event:
            if (l.tooLong || !content) {
                scan.rejected.append(ImportIssue{l.line,
                                                 l.tooLong
                                                     ? QStringLiteral("line longer than 1 MiB")
                                                     : QStringLiteral("not an iCalendar content line (NAME:value)")});
                in = In::Skipped;
            } else if (begin) {
                ++nested;
            } else if (end && nested > 0) {
                --nested;
            } else if (end && what == "VEVENT") {
                scan.calendar += "BEGIN:VEVENT\r\n" + eventText + "END:VEVENT\r\n";
                scan.events.append(event);
                in = In::Calendar;
            } else if (nested == 0 && !end) {
                event.lines.append({l.line, name, value});
                eventText += l.text + "\r\n";
            }
            break;
        }
    }
    if (in == In::Event)
        scan.rejected.append(
            ImportIssue{event.beginLine, QStringLiteral("VEVENT not closed by END:VEVENT before the end of the file")});
    scan.calendar += "END:VCALENDAR\r\n";
    return scan;
}
