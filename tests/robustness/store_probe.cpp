// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_probe.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {
// Hashes every column of every row of sql; returns false (with *error) when SQLite fails.
bool hashRows(sqlite3 *db, const char *sql, QCryptographicHash &hash, qint64 *rows, QString *error)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(st); ++c) {
            const void *blob = sqlite3_column_blob(st, c);
            const int n = sqlite3_column_bytes(st, c);
            hash.addData(QByteArrayView(static_cast<const char *>(blob), blob ? n : 0));
            hash.addData(QByteArrayView("\x1f", 1));
        }
        if (rows)
            ++*rows;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return rc == SQLITE_DONE;
}
} // namespace

StoreProbe::State StoreProbe::read(const QString &storePath)
{
    State s;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(storePath).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        s.integrity = QStringLiteral("cannot open: ") + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return s;
    }
    QString error;
    QCryptographicHash integrity(QCryptographicHash::Sha256);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK) {
        QStringList lines;
        while (sqlite3_step(st) == SQLITE_ROW)
            lines << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        s.integrity = lines.join(QLatin1Char('\n'));
    } else {
        s.integrity = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);

    QCryptographicHash datasets(QCryptographicHash::Sha256), lookups(QCryptographicHash::Sha256),
        events(QCryptographicHash::Sha256);
    if (sqlite3_prepare_v2(db,
                           "SELECT id, name, record_count, sha256, first_rowid, last_rowid FROM datasets ORDER BY id",
                           -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < 6; ++c) {
                s.datasets += reinterpret_cast<const char *>(sqlite3_column_text(st, c)
                                                                 ? sqlite3_column_text(st, c)
                                                                 : reinterpret_cast<const unsigned char *>("NULL"));
                s.datasets += c < 5 ? '|' : '\n';
            }
        }
    }
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM lookups", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        s.lookupRows = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    // Sums computed by SQLite: row by row through the API costs seconds per million rows.
    if (!hashRows(db,
                  "SELECT count(*), min(rowid), max(rowid), sum(ts % 1000000007), sum(dataset),"
                  " sum(client * 7 + qname * 131 + qtype * 1031 + rcode * 10007 + server * 100003) FROM lookups",
                  lookups, nullptr, &error) ||
        !hashRows(db,
                  "SELECT dataset, first_rowid, row_count, ts_min, ts_max, length(ts), length(qname),"
                  " hex(substr(ts, 1, 64)) FROM lookup_blocks ORDER BY dataset, first_rowid",
                  lookups, nullptr, &error) ||
        !hashRows(db, "SELECT * FROM events ORDER BY id", events, &s.eventRows, &error))
        s.integrity += QStringLiteral(" / read failed: ") + error;
    s.lookups = lookups.result().toHex();
    s.events = events.result().toHex();
    sqlite3_close(db);
    return s;
}

bool StoreProbe::checkpoint(const QString &storePath)
{
    sqlite3 *db = nullptr;
    const bool ok =
        sqlite3_open_v2(QFile::encodeName(storePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK &&
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok && !QFile::exists(storePath + QStringLiteral("-wal"));
}

QByteArray StoreProbe::fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing");
    const QByteArray sum = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    const QFileInfo info(path);
    return sum + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' ' +
        QByteArray::number(info.size());
}
