// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_ics_writer.h"

#include "ics_event_properties.h"
#include "ics_series_writer.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <map>
#include <memory>

namespace {

icalcomponent *single(const TimelineEvent &e, const icaltimetype &stamp)
{
    icalcomponent *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    const QByteArray key =
        QByteArray::number(e.startUs) + '/' + QByteArray::number(e.endUs.value_or(e.startUs)) + '/' + e.title.toUtf8();
    const QByteArray uid = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20) + "@dnstimeline";
    icalcomponent_add_property(vevent, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
    IcsEventProperties::add(vevent, e);
    return vevent;
}

} // namespace

QByteArray EventIcsWriter::write(const QList<TimelineEvent> &events, const QDateTime &stamp,
                                 const QList<EventSeries> &series)
{
    const icaltimetype dtstamp = IcsEventProperties::utc(stamp.toMSecsSinceEpoch() * 1000);
    std::map<qint64, std::unique_ptr<IcsSeriesWriter>> writers;
    QHash<qint64, QList<TimelineEvent>> occurrences;
    for (const TimelineEvent &e : events)
        if (e.seriesId != 0)
            occurrences[e.seriesId].append(e);
    for (const EventSeries &s : series) {
        if (!occurrences.contains(s.id) || writers.count(s.id))
            continue;
        auto writer = std::make_unique<IcsSeriesWriter>(s);
        if (writer->isValid())
            writers.emplace(s.id, std::move(writer));
    }

    const IcalComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//DNS Timeline//dnstimeline//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    QSet<QByteArray> zones;
    for (const auto &[id, writer] : writers) {
        for (icalcomponent *zone : writer->zones()) {
            icalproperty *tzid = icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY);
            const QByteArray name = tzid ? QByteArray(icalproperty_get_tzid(tzid)) : QByteArray();
            if (!zones.contains(name)) { // the first series' definition of a TZID serves all
                zones.insert(name);
                icalcomponent_add_component(calendar.get(), icalcomponent_new_clone(zone));
            }
        }
    }
    QSet<qint64> written;
    for (const TimelineEvent &e : events) {
        const auto writer = writers.find(e.seriesId);
        if (writer == writers.end()) {
            icalcomponent_add_component(calendar.get(), single(e, dtstamp));
        } else if (!written.contains(e.seriesId)) {
            written.insert(e.seriesId);
            writer->second->addTo(calendar.get(), occurrences.value(e.seriesId), dtstamp);
        }
    }
    return icalText(calendar.get());
}
