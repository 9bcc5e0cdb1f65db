// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite_db.h"

#include <QString>

// Makes a store written by this version look like one of schema version 5 (what main wrote
// before the address book), for migration tests: drops what version 6 added (address_book).
// The data of every other table stays as it is.
inline bool downgradeToVersion5(const QString &path)
{
    SqliteDb db(path, SqliteDb::Mode::ReadWrite);
    db.exec("DROP TABLE address_book; PRAGMA user_version = 5; PRAGMA wal_checkpoint(TRUNCATE);");
    return true;
}

// The same for schema version 4: also drops what version 5 added for answers (answer_sets,
// lookup_blocks.answers).
inline bool downgradeToVersion4(const QString &path)
{
    if (!downgradeToVersion5(path))
        return false;
    SqliteDb db(path, SqliteDb::Mode::ReadWrite);
    db.exec("DROP TABLE answer_sets; ALTER TABLE lookup_blocks DROP COLUMN answers;"
            " PRAGMA user_version = 4; PRAGMA wal_checkpoint(TRUNCATE);");
    return true;
}

// The same for schema version 3: also drops what version 4 added for recurring events
// (event_series, events.series_id and events.recurrence_us).
inline bool downgradeToVersion3(const QString &path)
{
    if (!downgradeToVersion4(path))
        return false;
    SqliteDb db(path, SqliteDb::Mode::ReadWrite);
    db.exec("DROP INDEX events_series; DROP TABLE event_series; ALTER TABLE events DROP COLUMN series_id;"
            "ALTER TABLE events DROP COLUMN recurrence_us; PRAGMA user_version = 3; PRAGMA wal_checkpoint(TRUNCATE);");
    return true;
}

// The same for schema version 2: also drops what version 3 added (the flags columns and
// lookup_view's proto and flags).
inline bool downgradeToVersion2(const QString &path)
{
    if (!downgradeToVersion3(path))
        return false;
    SqliteDb db(path, SqliteDb::Mode::ReadWrite);
    QString view;
    {
        Statement st = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'lookup_view'");
        if (!st.step())
            return false;
        view = st.text(0);
    }
    const qsizetype cut = view.indexOf(QLatin1String(",\n       CASE l.flags & 15"));
    const qsizetype from = view.indexOf(QLatin1String("\nFROM lookups l"));
    if (cut < 0 || from < cut)
        return false;
    view.remove(cut, from - cut);
    db.exec(
        "DROP VIEW lookup_view; ALTER TABLE lookups DROP COLUMN flags; ALTER TABLE lookup_blocks DROP COLUMN flags;");
    db.exec(view.toUtf8());
    db.exec("PRAGMA user_version = 2; PRAGMA wal_checkpoint(TRUNCATE);");
    return true;
}
