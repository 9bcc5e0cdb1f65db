// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// StoreProbe: what the robustness tests compare before and after a hostile event, read with
// SQLite directly (read-only), not through the code under test. Thread-safe (no state).
namespace StoreProbe {
struct State {
    QString integrity;   // PRAGMA integrity_check: "ok" when sound; an error text otherwise
    QByteArray datasets; // one line per dataset: id, name, record_count, sha256, first/last rowid
    QByteArray lookups;  // SHA-256 of sums over the lookups rows and of every lookup_blocks row
    QByteArray events;   // SHA-256 of every events row
    qint64 lookupRows = 0;
    qint64 eventRows = 0;
    bool operator==(const State &o) const
    {
        return integrity == o.integrity && datasets == o.datasets && lookups == o.lookups && events == o.events;
    }
};
State read(const QString &storePath);
// Folds the store's write-ahead log into it (a clean close), so that the file alone is the store.
bool checkpoint(const QString &storePath);
// The file's bytes and modification time, to prove a command did not write to it.
QByteArray fingerprint(const QString &path);
} // namespace StoreProbe
