// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite_db.h"

#include <sqlite3.h>

namespace {
Failure::Kind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Kind::TimedOut; // sqlite3_busy_timeout ran out
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Kind::Corrupt;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Failure::Kind::Refused;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
        return Failure::Kind::BadInput;
    case SQLITE_INTERRUPT:
        return Failure::Kind::Cancelled;
    default:
        return Failure::Kind::Io; // I/O, full, cannot open, out of memory
    }
}

// SQLite's message, with the kind its result code gives; when the file itself is at fault
// (damaged, or no database), it is named.
Failure failureOf(sqlite3 *db, const QString &what = {})
{
    if (!db)
        return Failure(Failure::Kind::Io, QStringLiteral("out of memory"));
    const QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    const int code = sqlite3_errcode(db);
    const char *file = sqlite3_db_filename(db, "main");
    QString message = detail;
    if ((code & 0xff) == SQLITE_BUSY)
        message = QStringLiteral("%1 is locked by another program writing to it (an import, or a window changing its "
                                 "events or datasets); gave up waiting for it: try again when it has finished")
                      .arg(QString::fromUtf8(file && *file ? file : "the store"));
    else if ((code & 0xff) == SQLITE_NOTADB && file && *file)
        message =
            QStringLiteral("%1 is not a DNS Timeline store (not an SQLite database)").arg(QString::fromUtf8(file));
    else if ((code & 0xff) == SQLITE_CORRUPT && file && *file)
        message = QStringLiteral("%1 is damaged (%2)").arg(QString::fromUtf8(file), detail);
    return Failure(kindOf(code), what.isEmpty() ? message : what + QStringLiteral(": ") + message);
}

[[noreturn]] void fail(sqlite3 *db, const QString &what)
{
    throw failureOf(db, what);
}
} // namespace

Statement::Statement(sqlite3 *db, QByteArrayView sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        fail(db, QString());
}

Statement::Statement(Statement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, QString());
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, QString());
    return *this;
}

Statement &Statement::bind(int index, QByteArrayView text)
{
    if (sqlite3_bind_text64(m_stmt, index, text.data() ? text.data() : "", sqlite3_uint64(text.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8) != SQLITE_OK)
        fail(m_db, QString());
    return *this;
}

Statement &Statement::bindBlob(int index, QByteArrayView blob)
{
    if (sqlite3_bind_blob64(m_stmt, index, blob.data() ? blob.data() : "", sqlite3_uint64(blob.size()),
                            SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, QString());
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db, QString());
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Failure failure = failureOf(m_db);
    sqlite3_reset(m_stmt);
    throw failure;
}

void Statement::exec()
{
    while (step()) {}
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}
double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArrayView Statement::blob(int col) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, col));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, col) : 0);
}

SqliteDb::SqliteDb(const QString &path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    }
    QByteArray name = path.toUtf8();
    if (mode == Mode::ReadOnlyImmutable)
        name = "file:" + name.toPercentEncoding("/") + "?immutable=1";
    if (const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr); rc != SQLITE_OK) {
        const Failure failure(m_db ? kindOf(rc) : Failure::Kind::Io,
                              QStringLiteral("cannot open %1: %2")
                                  .arg(path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory")));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw failure;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, m_busyTimeoutMs);
}

void SqliteDb::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    sqlite3_busy_timeout(m_db, ms);
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

void SqliteDb::exec(QByteArrayView sql)
{
    char *error = nullptr;
    const QByteArray copy = sql.toByteArray();
    if (sqlite3_exec(m_db, copy.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const Failure failure = failureOf(m_db);
        sqlite3_free(error);
        throw failure;
    }
}

qint64 SqliteDb::queryInt(QByteArrayView sql)
{
    Statement st = prepare(sql);
    return st.step() ? st.int64(0) : 0;
}

Transaction::Transaction(SqliteDb &db, Kind kind) : m_db(db)
{
    m_db.exec(kind == Kind::Exclusive ? "BEGIN EXCLUSIVE" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const Failure &) {
            // Nothing more can be done here; SQLite rolls back on close as well.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}
