// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event_import.h"

#include <QByteArray>
#include <QByteArrayView>

// EventJson: events as a JSON array of objects with the keys of EventCsv (start, end, title,
// category, notes, url, timezone, optional color; string values, null or absent for empty),
// plus `id` (the store's id) on export, ignored on import. Elements that do not make an event
// are rejected with the line they start on. Stateless and reentrant; the document is held in
// memory (QJsonDocument).
class EventJson {
public:
    static EventImport read(QByteArrayView data);
    static QByteArray write(const QList<TimelineEvent> &events);
};
