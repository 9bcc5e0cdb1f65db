// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_csv.h"

#include "csv_field.h"
#include "csv_tokenizer.h"
#include "event_text.h"

#include <array>

namespace {

enum Column { Start, End, Title, Category, Notes, Url, Timezone, Color, ColumnCount };
const std::array<const char *, ColumnCount> kNames = {"start", "end", "title",    "category",
                                                      "notes", "url", "timezone", "color"};

QString *fieldOf(EventText &t, int column)
{
    const std::array<QString *, ColumnCount> fields = {&t.start, &t.end, &t.title,    &t.category,
                                                       &t.notes, &t.url, &t.timezone, &t.color};
    return fields[size_t(column)];
}

} // namespace

EventImport EventCsv::read(QByteArrayView data)
{
    EventImport result;
    CsvTokenizer tokenizer(',');
    std::array<int, ColumnCount> at;
    at.fill(-1);
    qsizetype headerSize = 0;
    bool header = true, failed = false;
    const auto onRecord = [&](qint64 line, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem) {
        if (failed)
            return;
        if (header) {
            header = false;
            headerSize = qsizetype(fields.size());
            for (qsizetype i = 0; i < headerSize; ++i)
                for (int c = 0; c < ColumnCount; ++c)
                    if (fields[size_t(i)].toByteArray().trimmed().toLower() == kNames[size_t(c)] && at[size_t(c)] < 0)
                        at[size_t(c)] = int(i);
            if (problem != CsvTokenizer::Problem::None || at[Start] < 0 || at[Title] < 0) {
                failed = true;
                result.fail(line,
                            QStringLiteral("not an events CSV file: the first line must be the header "
                                           "start,end,title,category,notes,url,timezone"));
            }
            return;
        }
        if (problem != CsvTokenizer::Problem::None)
            return result.reject(line, CsvTokenizer::problemText(problem));
        if (qsizetype(fields.size()) != headerSize)
            return result.reject(line,
                                 QStringLiteral("%1 fields, but the header has %2").arg(fields.size()).arg(headerSize));
        EventText text;
        for (int c = 0; c < ColumnCount; ++c)
            if (at[size_t(c)] >= 0)
                *fieldOf(text, c) = QString::fromUtf8(fields[size_t(at[size_t(c)])]);
        try {
            result.events.append(text.toEvent());
        } catch (const Failure &bad) {
            result.reject(line, bad.message());
        }
    };
    tokenizer.feed(data, onRecord);
    tokenizer.finish(onRecord);
    if (header && !failed)
        result.fail(1, QStringLiteral("empty file: no header line"));
    result.report.records = result.events.size();
    return result;
}

QByteArray EventCsv::write(const QList<TimelineEvent> &events)
{
    const bool colors =
        std::any_of(events.begin(), events.end(), [](const TimelineEvent &e) { return !e.color.isEmpty(); });
    const int columns = colors ? ColumnCount : Color;
    QByteArray out;
    for (int c = 0; c < columns; ++c)
        out += (c ? "," : "") + QByteArray(kNames[size_t(c)]);
    out += '\n';
    for (const TimelineEvent &e : events) {
        EventText text = EventText::fromEvent(e);
        for (int c = 0; c < columns; ++c) {
            if (c)
                out += ',';
            out += CsvField::encode(*fieldOf(text, c));
        }
        out += '\n';
    }
    return out;
}
