// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_ics_reader.h"

#include "event_time.h"

#include <QDateTime>
#include <QHash>

namespace {

struct ContentLine {
    qint64 line = 0;
    QByteArray name;                      // upper-cased
    QHash<QByteArray, QByteArray> params; // names upper-cased, values unquoted
    QByteArray value;
    bool tooLong = false;
};

// Splits "NAME;P=V;Q="x:y":value"; false if there is no ':' after the name and parameters.
bool parseLine(const QByteArray &text, ContentLine &out)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] != ';' && text[i] != ':')
        ++i;
    out.name = text.first(i).trimmed().toUpper();
    while (i < text.size() && text[i] == ';') {
        const qsizetype eq = text.indexOf('=', i);
        if (eq < 0)
            return false;
        const QByteArray key = text.sliced(i + 1, eq - i - 1).toUpper();
        QByteArray value;
        i = eq + 1;
        if (i < text.size() && text[i] == '"') {
            const qsizetype close = text.indexOf('"', i + 1);
            if (close < 0)
                return false;
            value = text.sliced(i + 1, close - i - 1);
            i = close + 1;
        } else {
            while (i < text.size() && text[i] != ';' && text[i] != ':')
                value += text[i++];
        }
        out.params.insert(key, value);
    }
    if (i >= text.size() || text[i] != ':' || out.name.isEmpty())
        return false;
    out.value = text.sliced(i + 1);
    return true;
}

QString unescape(QByteArrayView v)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            const char n = v[++i];
            out += (n == 'n' || n == 'N') ? '\n' : n;
        } else {
            out += v[i];
        }
    }
    return QString::fromUtf8(out);
}

// The first item of a comma-separated text list (CATEGORIES).
QString firstItem(QByteArrayView v)
{
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\')
            ++i;
        else if (v[i] == ',')
            return unescape(v.first(i)).trimmed();
    }
    return unescape(v).trimmed();
}

struct IcsTime {
    bool isDate = false;
    QDate date;
    QTime time;
    bool utc = false;
    QString tzid;
};

std::optional<IcsTime> parseTime(const ContentLine &p)
{
    IcsTime t;
    const QByteArray v = p.value.trimmed();
    const auto digits = [&](qsizetype at, qsizetype n, int *out) {
        *out = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            if (i >= v.size() || v[i] < '0' || v[i] > '9')
                return false;
            *out = *out * 10 + (v[i] - '0');
        }
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(0, 4, &y) || !digits(4, 2, &mo) || !digits(6, 2, &d))
        return std::nullopt;
    t.date = QDate(y, mo, d);
    t.isDate = v.size() == 8;
    if (p.params.value("VALUE").toUpper() == "DATE" && !t.isDate)
        return std::nullopt;
    if (!t.isDate) {
        t.utc = v.size() == 16 && v[15] == 'Z';
        if ((v.size() != 15 && !t.utc) || v[8] != 'T' || !digits(9, 2, &h) || !digits(11, 2, &mi) || !digits(13, 2, &s))
            return std::nullopt;
        t.time = QTime(h, mi, std::min(s, 59)); // a leap second :60 reads as :59
        t.tzid = QString::fromUtf8(p.params.value("TZID"));
        if (!t.time.isValid() || (t.utc && !t.tzid.isEmpty()))
            return std::nullopt;
    }
    if (!t.date.isValid())
        return std::nullopt;
    return t;
}

// Turns the lines of one VEVENT into an event, or returns false with the line and problem.
bool buildEvent(const QList<ContentLine> &lines, qint64 beginLine, const QString &calendarZone, TimelineEvent &e,
                qint64 *badLine, QString *why)
{
    const ContentLine *start = nullptr, *end = nullptr;
    QString xZone;
    bool hasTitle = false;
    for (const ContentLine &l : lines) {
        *badLine = l.line;
        if (l.tooLong) {
            *why = QStringLiteral("line longer than 1 MiB");
            return false;
        }
        if (l.name == "DTSTART")
            start = &l;
        else if (l.name == "DTEND")
            end = &l;
        else if (l.name == "DURATION") {
            *why = QStringLiteral("DURATION is not supported; give DTEND");
            return false;
        } else if (l.name == "SUMMARY") {
            e.title = unescape(l.value);
            hasTitle = true;
        } else if (l.name == "DESCRIPTION")
            e.notes = unescape(l.value);
        else if (l.name == "URL")
            e.url = QString::fromUtf8(l.value).trimmed();
        else if (l.name == "CATEGORIES")
            e.category = firstItem(l.value);
        else if (l.name == "X-DNSTIMELINE-TIMEZONE")
            xZone = unescape(l.value).trimmed();
        else if (l.name == "X-DNSTIMELINE-COLOR")
            e.color = unescape(l.value).trimmed();
    }
    *badLine = beginLine;
    if (!start) {
        *why = QStringLiteral("VEVENT without DTSTART");
        return false;
    }
    if (!hasTitle) {
        *why = QStringLiteral("VEVENT without SUMMARY");
        return false;
    }
    const QString floatingZone = xZone.isEmpty() ? calendarZone : xZone;
    const auto instant = [&](const ContentLine &l, const IcsTime &t, QString *zoneId) -> std::optional<qint64> {
        *badLine = l.line;
        *zoneId = t.utc ? xZone : t.tzid.isEmpty() ? floatingZone : t.tzid;
        const std::optional<QTimeZone> zone = EventTime::zone(t.utc ? QString() : *zoneId);
        if (!zone) {
            *why = t.tzid.isEmpty()
                ? QStringLiteral("unknown time zone '%1'").arg(*zoneId)
                : QStringLiteral("unknown TZID '%1' (only IANA ids such as Europe/Moscow are understood)").arg(t.tzid);
            return std::nullopt;
        }
        if (t.isDate)
            return EventTime::dayStartUs(t.date, *zone);
        return QDateTime(t.date, t.time, *zone).toMSecsSinceEpoch() * 1000;
    };
    const std::optional<IcsTime> s = parseTime(*start);
    *badLine = start->line;
    if (!s) {
        *why = QStringLiteral("bad DTSTART '%1'").arg(QString::fromUtf8(start->value.left(40)));
        return false;
    }
    const std::optional<qint64> startUs = instant(*start, *s, &e.timeZone);
    if (!startUs)
        return false;
    e.startUs = *startUs;
    e.allDay = s->isDate;
    if (end) {
        const std::optional<IcsTime> t = parseTime(*end);
        *badLine = end->line;
        if (!t || t->isDate != s->isDate) {
            *why = t ? QStringLiteral("DTSTART and DTEND must both be dates or both date-times")
                     : QStringLiteral("bad DTEND '%1'").arg(QString::fromUtf8(end->value.left(40)));
            return false;
        }
        QString ignored;
        const std::optional<qint64> endUs = instant(*end, *t, &ignored);
        if (!endUs)
            return false;
        e.endUs = s->isDate && *endUs == e.startUs
            ? EventTime::dayStartUs(s->date.addDays(1), *EventTime::zone(e.timeZone))
            : *endUs;
    } else if (s->isDate) {
        e.endUs = EventTime::dayStartUs(s->date.addDays(1), *EventTime::zone(e.timeZone));
    }
    *why = EventTime::problem(e);
    return why->isEmpty();
}

} // namespace

EventImport EventIcsReader::read(QByteArrayView data)
{
    EventImport result;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    // Unfold into logical lines, each with the number of its first physical line.
    QList<ContentLine> logical;
    qint64 lineNo = 0;
    QByteArray current;
    bool tooLong = false;
    qint64 currentLine = 0;
    const auto flush = [&] {
        if (currentLine > 0) {
            ContentLine l;
            l.line = currentLine;
            l.tooLong = tooLong;
            if (!tooLong && !parseLine(current, l))
                l.name = "\x01"; // not a content line
            logical.append(l);
        }
        current.clear();
        tooLong = false;
    };
    for (qsizetype at = 0; at < data.size();) {
        qsizetype nl = data.indexOf('\n', at);
        if (nl < 0)
            nl = data.size();
        QByteArrayView raw = data.sliced(at, nl - at);
        at = nl + 1;
        ++lineNo;
        if (raw.endsWith('\r'))
            raw.chop(1);
        const bool continuation = !raw.isEmpty() && (raw[0] == ' ' || raw[0] == '\t') && currentLine > 0;
        if (!continuation) {
            flush();
            if (raw.isEmpty())
                continue;
            currentLine = lineNo;
        } else {
            raw = raw.sliced(1);
        }
        if (current.size() + raw.size() > kMaxLineBytes)
            tooLong = true;
        else if (!tooLong)
            current += raw;
    }
    flush();
    if (logical.isEmpty() || logical[0].name != "BEGIN" || logical[0].value.trimmed().toUpper() != "VCALENDAR") {
        result.fail(logical.isEmpty() ? 1 : logical[0].line,
                    QStringLiteral("not an iCalendar file: it does not begin with BEGIN:VCALENDAR"));
        return result;
    }
    QString calendarZone;
    for (const ContentLine &l : logical)
        if (l.name == "X-WR-TIMEZONE" && EventTime::zone(unescape(l.value).trimmed()))
            calendarZone = unescape(l.value).trimmed();

    QList<ContentLine> eventLines;
    qint64 beginLine = 0; // > 0 inside a VEVENT
    int nested = 0;       // components open inside the VEVENT (VALARM)
    for (const ContentLine &l : logical) {
        const QByteArray component = l.value.trimmed().toUpper();
        if (l.name == "BEGIN" && component == "VEVENT") {
            if (beginLine > 0)
                result.reject(beginLine, QStringLiteral("VEVENT not closed by END:VEVENT"));
            beginLine = l.line;
            nested = 0;
            eventLines.clear();
        } else if (beginLine > 0 && l.name == "END" && component == "VEVENT") {
            TimelineEvent e;
            qint64 bad = beginLine;
            QString why;
            if (buildEvent(eventLines, beginLine, calendarZone, e, &bad, &why))
                result.events.append(e);
            else
                result.reject(bad, why);
            beginLine = 0;
        } else if (beginLine > 0) {
            if (l.name == "BEGIN")
                ++nested;
            else if (l.name == "END")
                --nested;
            else if (l.name == "\x01") {
                result.reject(l.line, QStringLiteral("not an iCalendar content line (NAME:value)"));
                beginLine = 0;
            } else if (nested == 0)
                eventLines.append(l);
        }
    }
    if (beginLine > 0)
        result.reject(beginLine, QStringLiteral("VEVENT not closed by END:VEVENT before the end of the file"));
    result.report.records = result.events.size();
    return result;
}
