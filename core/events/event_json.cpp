// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event_json.h"

#include "event_text.h"
#include "json_text_lines.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using JsonTextLines::elementLines;
using JsonTextLines::lineAt;

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
