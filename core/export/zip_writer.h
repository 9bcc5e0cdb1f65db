// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// A small zip archive writer (PKWARE APPNOTE, no zip64): each file deflated with zlib, or
// stored when deflating does not help, with its CRC-32, time and Unix permissions; the whole
// archive is built in memory (evidence bundles are small). Entries and the archive must stay
// under 4 GiB. Not thread-safe; cost O(bytes added).
class ZipWriter {
public:
    // name: a relative path with '/' separators; executable: mode 0755 instead of 0644.
    void add(const QString &name, const QByteArray &data, bool executable, const QDateTime &modified);
    // The archive: the entries, the central directory and its end record.
    QByteArray finish() const;

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
        bool executable = false;
    };
    static void putCommon(QByteArray &out, const Entry &e);

    QList<Entry> m_entries;
    QByteArray m_body;
};
