// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_ics_reader.h"

#include "ical_handle.h"
#include "ics_recurrence.h"
#include "ics_vevent.h"

#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QSet>

#include <algorithm>

namespace {

QString isoUtc(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// Adds the occurrences of master within the window (overrides replacing those they name) as
// one series; notes where it was cut off.
void expandSeries(const IcsVevent &master, const QList<const IcsVevent *> &overrides, icalcomponent *calendar,
                  const RecurrenceWindow &window, EventImport &result)
{
    const TimeRange range = window.rangeFor(master.event.startUs);
    const IcsRecurrenceSet set =
        IcsRecurrence::expand(master.component, calendar, master.start, master.zone, range, window.maxOccurrences);
    QHash<qint64, const IcsVevent *> replaced;
    QList<qint64> starts = set.startsUs;
    for (const IcsVevent *o : overrides) {
        replaced.insert(*o->recurrenceIdUs, o);
        if (!starts.contains(*o->recurrenceIdUs) && *o->recurrenceIdUs >= range.fromUs &&
            *o->recurrenceIdUs < set.expandedToUs)
            starts.append(*o->recurrenceIdUs); // an occurrence only its override gives
    }
    std::sort(starts.begin(), starts.end());
    const QString title = master.event.title;
    if (starts.isEmpty()) {
        result.notes.append({master.beginLine,
                             QStringLiteral("'%1' recurs, but not between %2 and %3 (the recurrence window): "
                                            "not imported")
                                 .arg(title, isoUtc(range.fromUs), isoUtc(range.toUs))});
        return;
    }
    EventSeries series;
    series.id = result.series.size() + 1;
    series.calendar = master.seriesCalendar();
    series.windowFromUs = range.fromUs;
    series.windowToUs = set.expandedToUs;
    result.series.append(series);
    for (qint64 start : std::as_const(starts)) {
        TimelineEvent e = master.event;
        if (const IcsVevent *o = replaced.value(start)) {
            e = o->event;
        } else {
            e.startUs = start;
            e.endUs = master.endOf(start);
        }
        e.seriesId = series.id;
        e.recurrenceUs = start;
        result.events.append(e);
    }
    if (set.startsBefore)
        result.notes.append({master.beginLine,
                             QStringLiteral("'%1' began before the recurrence window: its occurrences before "
                                            "%2 are left out")
                                 .arg(title, isoUtc(range.fromUs))});
    if (set.nextUs)
        result.notes.append(
            {master.beginLine,
             QStringLiteral("'%1' goes on after the recurrence window: %2 occurrences up to %3 imported, the "
                            "next one (%4) and later ones left out")
                 .arg(title)
                 .arg(starts.size())
                 .arg(isoUtc(set.expandedToUs), isoUtc(*set.nextUs))});
}

} // namespace

EventImport EventIcsReader::read(QByteArrayView data, const RecurrenceWindow &window)
{
    EventImport result;
    const IcsScan scan = IcsScanner::scan(data, result);
    if (result.report.error)
        return result;
    const IcalComponentPtr calendar(icalparser_parse_string(scan.calendar.constData()));
    QList<ImportIssue> rejected = scan.rejected;
    QList<IcsVevent> vevents;
    qsizetype k = 0;
    for (icalcomponent *c = calendar ? icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT)
                                     : nullptr;
         c && k < scan.events.size(); c = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        IcsVevent v = IcsVevent::read(c, scan.events[k++], calendar.get(), scan.calendarZone);
        if (v.problem)
            rejected.append(*v.problem);
        else
            vevents.append(v);
    }
    for (; k < scan.events.size(); ++k) // never expected: the scanner hands libical whole VEVENTs
        rejected.append({scan.events[k].beginLine, QStringLiteral("libical did not read this VEVENT")});
    std::stable_sort(rejected.begin(), rejected.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    for (const ImportIssue &issue : std::as_const(rejected))
        result.reject(issue.line, issue.message);

    QSet<QString> masters;
    QMultiHash<QString, const IcsVevent *> overrides;
    for (const IcsVevent &v : std::as_const(vevents))
        if (v.recurs && !v.recurrenceIdUs && !v.uid.isEmpty())
            masters.insert(v.uid);
    for (const IcsVevent &v : std::as_const(vevents))
        if (v.recurrenceIdUs && masters.contains(v.uid))
            overrides.insert(v.uid, &v);
    for (const IcsVevent &v : std::as_const(vevents)) {
        if (v.recurrenceIdUs && masters.contains(v.uid))
            continue; // placed by its series
        if (v.recurs && !v.recurrenceIdUs)
            expandSeries(v, overrides.values(v.uid), calendar.get(), window, result);
        else
            result.events.append(v.event);
    }
    result.report.records = result.events.size();
    return result;
}
