// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the events readers: the input's first byte picks CSV, JSON or
// iCalendar; the rest is the file. What one reader accepts must also write back out; a
// calendar's series must stay within the window and write back as iCalendar that reads again.
#include "event_csv.h"
#include "event_ics_reader.h"
#include "event_ics_writer.h"
#include "event_json.h"
#include "fuzz_support.h"

#include <QTimeZone>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

QByteArray fuzzOutcome(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return "too short";
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    EventImport read;
    switch (bytes[0] % 3) {
    case 0:
        read = EventCsv::read(data);
        break;
    case 1:
        read = EventJson::read(data);
        break;
    default: {
        RecurrenceWindow window; // 2016, at most 50 occurrences a series: keeps each input fast
        window.range = TimeRange{1451606400000000, 1483228800000000};
        window.maxOccurrences = 50;
        read = EventIcsReader::read(data, window);
        for (const EventSeries &s : read.series) {
            const auto n = std::count_if(read.events.begin(), read.events.end(),
                                         [&](const TimelineEvent &e) { return e.seriesId == s.id; });
            if (n == 0 || s.windowFromUs < window.range->fromUs || s.windowToUs > window.range->toUs)
                abort();
        }
        const QDateTime stamp = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
        const EventImport again = EventIcsReader::read(EventIcsWriter::write(read.events, stamp, read.series), window);
        if (again.report.error || again.events.size() != read.events.size() ||
            again.series.size() != read.series.size())
            abort();
        break;
    }
    }
    if (read.report.error && !read.events.isEmpty())
        abort();
    if (read.report.firstIssues.size() > ImportReport::kMaxIssues)
        abort();
    (void)EventCsv::write(read.events);
    (void)EventJson::write(read.events);
    QByteArray outcome =
        "events " + QByteArray::number(read.events.size()) + " rejected " + QByteArray::number(read.report.rejected);
    if (read.report.error)
        outcome +=
            " error line " + QByteArray::number(read.errorLine) + ": " + oneLine(read.report.error->message().toUtf8());
    return outcome;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    (void)fuzzOutcome(bytes, size);
    return 0;
}
