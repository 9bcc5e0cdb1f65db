// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clickhouse_http.h"

#include "failure.h"
#include "query_cancel_scope.h"

#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

#include <curl/curl.h>

#include <mutex>

namespace {
std::once_flag g_curlInit;

struct Transfer {
    QByteArray body;
    const QByteArray *upload = nullptr;
    qsizetype uploaded = 0;
    const std::atomic<quint64> *generation = nullptr;
    quint64 startedAt = 0;
    const std::atomic<bool> *cancelFlag = nullptr; // the caller's QueryCancelScope
    bool cancelled = false;
};

size_t onWrite(char *data, size_t size, size_t count, void *user)
{
    static_cast<Transfer *>(user)->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t onRead(char *buffer, size_t size, size_t count, void *user)
{
    auto *t = static_cast<Transfer *>(user);
    const qsizetype n = std::min<qsizetype>(qsizetype(size * count), t->upload->size() - t->uploaded);
    memcpy(buffer, t->upload->constData() + t->uploaded, size_t(n));
    t->uploaded += n;
    return size_t(n);
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(user);
    if ((t->generation && t->generation->load() != t->startedAt) || (t->cancelFlag && t->cancelFlag->load())) {
        t->cancelled = true;
        return 1; // libcurl aborts the transfer and closes the connection
    }
    return 0;
}

// "Code: 60, e.displayText() = DB::Exception: Table x doesn't exist., e.what() = …" (18.16)
// or "Code: 60. DB::Exception: Table x does not exist. (UNKNOWN_TABLE) (version …)".
QString serverMessage(const QByteArray &body)
{
    QString text = QString::fromUtf8(body).trimmed();
    const qsizetype at = text.indexOf(QLatin1String("e.displayText() = "));
    if (at >= 0) {
        text = text.mid(at + 18);
        const qsizetype end = text.lastIndexOf(QLatin1String(", e.what() = "));
        if (end >= 0)
            text.truncate(end);
    }
    text.remove(QLatin1String("DB::Exception: "));
    const qsizetype version = text.indexOf(QLatin1String(" (version "));
    if (version >= 0)
        text.truncate(version);
    return text.left(2000);
}

// The kind of a ClickHouse error, by the error code of its protocol: the body of an error
// answer starts "Code: N" (every version; newer ones also send X-ClickHouse-Exception-Code).
Failure::Kind kindOfServerError(const QByteArray &body, long status)
{
    int code = 0;
    if (body.startsWith("Code: ")) {
        qsizetype end = 6;
        while (end < body.size() && body[end] >= '0' && body[end] <= '9')
            ++end;
        code = body.mid(6, end - 6).toInt();
    }
    switch (code) {
    case 192: // UNKNOWN_USER
    case 193: // WRONG_PASSWORD
    case 194: // REQUIRED_PASSWORD
    case 195: // IP_ADDRESS_NOT_ALLOWED
    case 164: // READONLY
    case 497: // ACCESS_DENIED
    case 516: // AUTHENTICATION_FAILED
        return Failure::Kind::Refused;
    case 60: // UNKNOWN_TABLE
    case 81: // UNKNOWN_DATABASE
        return Failure::Kind::NotFound;
    case 159: // TIMEOUT_EXCEEDED
    case 209: // SOCKET_TIMEOUT
        return Failure::Kind::TimedOut;
    case 394: // QUERY_WAS_CANCELLED
        return Failure::Kind::Cancelled;
    case 210: // NETWORK_ERROR (a shard)
    case 279: // ALL_CONNECTION_TRIES_FAILED
        return Failure::Kind::Unreachable;
    default:
        return status == 401 || status == 403 ? Failure::Kind::Refused : Failure::Kind::Io;
    }
}

// The kind of a transfer that libcurl could not complete.
Failure::Kind kindOfTransferError(CURLcode rc)
{
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return Failure::Kind::NotFound; // no such host name
    case CURLE_OPERATION_TIMEDOUT:
        return Failure::Kind::TimedOut;
    case CURLE_OUT_OF_MEMORY:
    case CURLE_WRITE_ERROR:
    case CURLE_READ_ERROR:
        return Failure::Kind::Io;
    default:
        return Failure::Kind::Unreachable; // refused, reset, no route, nothing answered
    }
}
} // namespace

ClickHouseHttp::ClickHouseHttp(const QString &host, int port, const QString &user, const QString &password,
                               int timeoutMs)
    : m_host(host), m_port(port), m_user(user.toUtf8()), m_password(password.toUtf8()), m_timeoutMs(timeoutMs)
{
    std::call_once(g_curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QString ClickHouseHttp::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

QByteArray ClickHouseHttp::query(const QByteArray &sql, const QByteArray &database) const
{
    return request(sql, nullptr, database, true, m_timeoutMs);
}

void ClickHouseHttp::insert(const QByteArray &insertSql, const QByteArray &data, const QByteArray &database) const
{
    request(insertSql, &data, database, true, m_timeoutMs);
}

void ClickHouseHttp::ping(int timeoutMs) const
{
    request("SELECT 1", nullptr, {}, true, timeoutMs);
}

void ClickHouseHttp::cancelAll() const
{
    m_generation->fetch_add(1);
}

void ClickHouseHttp::kill(const QByteArray &queryId) const
{
    try {
        // Briefly: the server that did not answer the query may not answer this either, and
        // the cancel waits for it.
        request("KILL QUERY WHERE query_id = '" + queryId + "' ASYNC", nullptr, {}, false,
                std::min(m_timeoutMs, kKillTimeoutMs));
    } catch (const Failure &) {
        // The server may be gone; closing the connection was all we could do.
    }
}

QByteArray ClickHouseHttp::request(const QByteArray &sql, const QByteArray *data, const QByteArray &database,
                                   bool cancellable, int timeoutMs) const
{
    const QByteArray queryId = "dnstl-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray host = m_host.contains(QLatin1Char(':')) ? "[" + m_host.toUtf8() + "]" : m_host.toUtf8();
    QByteArray url = "http://" + host + ":" + QByteArray::number(m_port) + "/?query_id=" + queryId +
        "&max_execution_time=" + QByteArray::number(std::max(1, timeoutMs / 1000));
    if (!database.isEmpty())
        url += "&database=" + database;
    if (data)
        url += "&query=" + QUrl::toPercentEncoding(QString::fromUtf8(sql));
    else
        url += "&wait_end_of_query=1";

    Transfer t;
    t.upload = data ? data : &sql;
    t.generation = cancellable ? m_generation.get() : nullptr;
    t.startedAt = m_generation->load();
    t.cancelFlag = cancellable ? QueryCancelScope::current() : nullptr;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        throw Failure(Failure::Kind::Io,
                      QStringLiteral("ClickHouse at %1: cannot start an HTTP request").arg(endpoint()));
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.upload->size()));
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &onRead);
    curl_easy_setopt(c, CURLOPT_READDATA, &t);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    // KILL QUERY ASYNC (the only request that is not cancellable) gets a short timeoutMs: it
    // answers at once on a live server, and a silent one must not hold a cancelled request
    // (and a window closing) for long.
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(timeoutMs, 5000)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(timeoutMs) + (cancellable ? 2000L : 0L));
    curl_easy_setopt(c, CURLOPT_FORBID_REUSE, 1L);
    struct curl_slist *headers = curl_slist_append(nullptr, "Expect:"); // no 100-continue round trip
    headers = curl_slist_append(headers, "Content-Type: application/octet-stream");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    if (!m_user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
        curl_easy_setopt(c, CURLOPT_USERNAME, m_user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_password.constData());
    }
    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    curl.reset();
    if (t.cancelled) {
        kill(queryId);
        throw Failure(Failure::Kind::Cancelled,
                      QStringLiteral("ClickHouse at %1: the query was cancelled").arg(endpoint()));
    }
    if (rc == CURLE_OPERATION_TIMEDOUT) {
        if (cancellable) // not for KILL QUERY itself: a server that never answers would recurse forever
            kill(queryId);
        throw Failure(
            Failure::Kind::TimedOut,
            QStringLiteral("ClickHouse at %1: no answer within %2 s").arg(endpoint()).arg(timeoutMs / 1000.0));
    }
    if (rc != CURLE_OK)
        throw Failure(
            kindOfTransferError(rc),
            QStringLiteral("ClickHouse at %1: %2").arg(endpoint(), QString::fromUtf8(curl_easy_strerror(rc))));
    if (status != 200)
        throw Failure(kindOfServerError(t.body, status),
                      QStringLiteral("ClickHouse at %1: %2").arg(endpoint(), serverMessage(t.body)));
    return t.body;
}
