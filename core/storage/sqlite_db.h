// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

// Thin RAII over SQLite's C API, used only inside core/storage.
// SqliteDb owns one connection; Statement owns one prepared statement of it.
// Neither is thread-safe: one connection belongs to one thread at a time.
// Failures throw Failure carrying SQLite's message, so callers cannot forget a check, with the
// kind SQLite's result code says: busy or locked past the busy timeout → TimedOut, a damaged
// file → Corrupt, a file that is no SQLite database → Corrupt ("… is not a DNS Timeline store"),
// a read-only database → Refused, a constraint → BadInput, anything else → Io.

class Statement {
public:
    Statement() = default;
    Statement(sqlite3 *db, QByteArrayView sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, QByteArrayView text); // UTF-8 text, copied by SQLite
    Statement &bind(int index, const QString &text) { return bind(index, QByteArrayView(text.toUtf8())); }
    Statement &bindBlob(int index, QByteArrayView blob);
    Statement &bindNull(int index);

    bool step(); // true: a row is ready; false: done. Throws on error.
    void exec(); // step() to completion, then reset()
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArrayView blob(int col) const; // valid until the next step/reset

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

class SqliteDb {
public:
    // ReadOnlyImmutable: for files on read-only media, where SQLite cannot create the WAL's
    // -shm file; SQLite then assumes nobody changes the file and takes no locks.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly, ReadOnlyImmutable };
    SqliteDb(const QString &path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    void exec(QByteArrayView sql);
    // How long a statement waits for another connection's lock before it fails with a
    // Failure of kind TimedOut ("… is locked by another program …"); kBusyTimeoutMs unless set.
    void setBusyTimeout(int ms);
    int busyTimeout() const { return m_busyTimeoutMs; }
    static constexpr int kBusyTimeoutMs = 5000;
    Statement prepare(QByteArrayView sql) { return Statement(m_db, sql); }
    qint64 queryInt(QByteArrayView sql); // the first column of the first row, 0 if none
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_busyTimeoutMs = kBusyTimeoutMs;
};

// Runs BEGIN IMMEDIATE (the write lock; readers go on) or BEGIN EXCLUSIVE (the same in WAL
// mode; out of it, readers wait too); rolls back in the destructor unless commit() was called.
class Transaction {
public:
    enum class Kind { Immediate, Exclusive };
    explicit Transaction(SqliteDb &db, Kind kind = Kind::Immediate);
    ~Transaction();
    void commit();

private:
    SqliteDb &m_db;
    bool m_done = false;
};
