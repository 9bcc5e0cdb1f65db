// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_json.h"

#include "event_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

qint64 lineAt(QByteArrayView data, qsizetype offset)
{
    return 1 + data.first(std::clamp<qsizetype>(offset, 0, data.size())).count('\n');
}

// The line on which each element of the top-level array starts.
QList<qint64> elementLines(QByteArrayView data)
{
    QList<qint64> lines;
    qint64 line = 1;
    int depth = 0;
    bool inString = false, escaped = false, expect = false;
    for (char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            inString = escaped || c != '"';
            escaped = !escaped && c == '\\';
            continue;
        }
        if (expect && c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ']') {
            lines.append(line);
            expect = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            expect = ++depth == 1;
        else if (c == ']' || c == '}')
            --depth;
        else if (c == ',' && depth == 1)
            expect = true;
    }
    return lines;
}

} // namespace

EventImport EventJson::read(QByteArrayView data)
{
    EventImport result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        result.fail(lineAt(data, error.offset), QStringLiteral("bad JSON: %1").arg(error.errorString()));
        return result;
    }
    if (!doc.isArray()) {
        result.fail(1, QStringLiteral("not an events JSON file: expected an array of objects"));
        return result;
    }
    const QJsonArray all = doc.array();
    const QList<qint64> lines = elementLines(data);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qint64 line = lines.value(i, 1);
        if (!all[i].isObject()) {
            result.reject(line, QStringLiteral("not an object"));
            continue;
        }
        const QJsonObject o = all[i].toObject();
        EventText text;
        QString why;
        const auto take = [&](const char *key, QString *to) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                *to = v.toString();
            else if (!v.isNull() && !v.isUndefined() && why.isEmpty())
                why = QStringLiteral("'%1' must be a string").arg(QLatin1String(key));
        };
        take("start", &text.start);
        take("end", &text.end);
        take("title", &text.title);
        take("category", &text.category);
        take("notes", &text.notes);
        take("url", &text.url);
        take("timezone", &text.timezone);
        take("color", &text.color);
        if (!why.isEmpty()) {
            result.reject(line, why);
            continue;
        }
        try {
            result.events.append(text.toEvent());
        } catch (const Failure &bad) {
            result.reject(line, bad.message());
        }
    }
    result.report.records = result.events.size();
    return result;
}

QByteArray EventJson::write(const QList<TimelineEvent> &events)
{
    QJsonArray all;
    for (const TimelineEvent &e : events) {
        const EventText t = EventText::fromEvent(e);
        QJsonObject o{{QStringLiteral("id"), e.id},
                      {QStringLiteral("start"), t.start},
                      {QStringLiteral("end"), t.end},
                      {QStringLiteral("title"), t.title},
                      {QStringLiteral("category"), t.category},
                      {QStringLiteral("notes"), t.notes},
                      {QStringLiteral("url"), t.url},
                      {QStringLiteral("timezone"), t.timezone}};
        if (!t.color.isEmpty())
            o.insert(QStringLiteral("color"), t.color);
        all.append(o);
    }
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}
