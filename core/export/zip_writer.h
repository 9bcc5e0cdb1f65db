// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "failure.h"

#include <optional>

// ZipWriter: a zip archive written by libzip. Each entry is deflated (level 9) when that helps
// (deflating its first MiB saves 1 %), else stored (PNG, JPEG), with its CRC-32, Unix permissions (0644, or
// 0755 for an executable) and time; libzip switches to ZIP64 records by itself when an entry,
// the archive or the number of entries passes the classic format's limits (4 GiB, 65,535).
//
// Times: the DOS date and time fields hold the UTC wall-clock time (2-second steps, from 1980),
// so the same input gives the same bytes in every time zone (reproducible bundles), and an
// extended-timestamp extra field (0x5455, "UT") holds the exact Unix time, which Info-ZIP's
// unzip and most other readers restore as the file's modification time.
//
// Ownership: the writer keeps the added data until write(); nothing touches the disk before.
// Thread-safety: none (one writer per archive). Cost: O(bytes added) in memory, one deflate
// pass per entry at write().
class ZipWriter {
public:
    // name: a relative path with '/' separators, UTF-8 in the archive.
    void add(const QString &name, const QByteArray &data, bool executable, const QDateTime &modified);
    // Writes the archive to path, replacing a file there only once the whole archive is written
    // (libzip writes a temporary file beside it and renames it). Returns the failure (kind Io,
    // its message naming the file), or nothing when the archive was written.
    std::optional<Failure> write(const QString &path) const;

private:
    struct Entry {
        QString name;
        QByteArray data;
        bool executable = false;
        QDateTime modified;
    };
    QList<Entry> m_entries;
};
