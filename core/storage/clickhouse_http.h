// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

// One ClickHouse server's HTTP interface, through libcurl (core stays free of QtNetwork).
// Every call is one HTTP/1.1 request on its own connection, so calls are thread-safe and
// independent. Connecting times out after 5 s and a whole request after the configured
// timeout (also sent to the server as max_execution_time). cancelAll() aborts every request in
// flight: the connection is closed and the query is killed on the server by its query_id
// (KILL QUERY; 18.16 lacks cancel_http_readonly_queries_on_client_close); so is a request
// whose thread's QueryCancelScope flag gets set. A server error
// becomes a Failure (its kind from the error code) with the server's own message.
// Cost: one TCP connection per call (~0.1 ms on loopback) plus the transfer.
class ClickHouseHttp {
public:
    ClickHouseHttp(const QString &host, int port, const QString &user, const QString &password, int timeoutMs);

    QString endpoint() const; // HOST:PORT
    // Runs sql (any statement) and returns the response body. Selects are answered as a
    // whole (wait_end_of_query), so a failure mid-way is a failure, not a short answer.
    QByteArray query(const QByteArray &sql, const QByteArray &database = {}) const;
    // INSERT … FORMAT …: the statement goes in the URL, data is the body.
    void insert(const QByteArray &insertSql, const QByteArray &data, const QByteArray &database = {}) const;
    // Aborts the requests now in flight (from any thread); they throw Failure (Cancelled).
    void cancelAll() const;
    // SELECT 1 within timeoutMs (plus libcurl's 2 s grace): throws the Failure of a server that
    // is away (Unreachable) or silent (TimedOut), returns when it answers.
    void ping(int timeoutMs) const;

private:
    QByteArray request(const QByteArray &sql, const QByteArray *data, const QByteArray &database, bool cancellable,
                       int timeoutMs) const;
    static constexpr int kKillTimeoutMs = 1000; // KILL QUERY ASYNC answers at once on a live server
    void kill(const QByteArray &queryId) const;

    QString m_host;
    int m_port;
    QByteArray m_user, m_password;
    int m_timeoutMs;
    // Bumped by cancelAll(); a request started at an older generation aborts.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
};
