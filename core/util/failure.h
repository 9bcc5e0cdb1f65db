// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

// Failure: the one error type of core. Thrown where an operation cannot go on (and caught at
// the boundary that reports it), or carried as a value in a result (std::optional<Failure>).
// kind says what went wrong for code that reacts to it (retry, offer read-only, say
// "cancelled" quietly); message says it for people, naming the file, line, table or server.
// No code looks into the message text to decide anything.
// A value type; thread-safe to copy; cost of a QString.
class Failure : public std::exception {
public:
    enum class Kind {
        BadInput,     // the input (a file, an option, a query) is malformed or not allowed
        NotFound,     // a file, dataset, event or table that should exist does not
        Refused,      // the operation is not allowed here (a duplicate import, a read-only store)
        Unreachable,  // a server or shard cannot be reached
        TimedOut,     // a server or a lock did not answer in time
        Corrupt,      // stored data is damaged or not a DNS Timeline store
        NewerVersion, // stored data was written by a newer release
        Cancelled,    // the user (or a newer request) cancelled it
        Io,           // reading or writing failed (disk full, permissions, SQLite I/O)
    };

    Failure(Kind kind, const QString &message) : m_kind(kind), m_message(message), m_what(message.toUtf8()) {}

    Kind kind() const noexcept { return m_kind; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_what;
};
