// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Inputs the robustness tests generate at run time (never checked in: some are 100 MB).
namespace RobustnessSupport {
// A CSV of `rows` lookups (header timestamp,client,qname,qtype,rcode), times one second
// apart from 2024-01-01, `clients` distinct clients, `names` distinct names. Returns false
// when the file cannot be written.
inline bool writeLookupsCsv(const QString &path, qint64 rows, qint64 clients = 500, qint64 names = 20000)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray chunk = "timestamp,client,qname,qtype,rcode\n";
    static const char *const types[] = {"A", "AAAA", "HTTPS", "PTR"};
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 c = (i * 7919) % clients;
        chunk += QByteArray::number(1704067200 + i) + ",10." + QByteArray::number((c >> 16) & 255) + '.' +
            QByteArray::number((c >> 8) & 255) + '.' + QByteArray::number(c & 255) + ",host" +
            QByteArray::number((i * 104729) % names) + ".example.net," + types[i % 4] +
            (i % 50 == 0 ? ",NXDOMAIN\n" : ",NOERROR\n");
        if (chunk.size() > (1 << 20)) {
            if (f.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return f.write(chunk) == chunk.size();
}

// An events CSV of `count` events, one an hour from 2024-01-01.
inline bool writeEventsCsv(const QString &path, qint64 count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray data = "start,title,category\n";
    for (qint64 i = 0; i < count; ++i)
        data += QByteArray::number(2024 + i / 8760) + "-01-01T00:00:00Z,Event " + QByteArray::number(i) + ",change\n";
    return f.write(data) == data.size();
}
} // namespace RobustnessSupport
