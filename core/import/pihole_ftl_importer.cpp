// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pihole_ftl_importer.h"

#include "dns_names.h"
#include "lookup_builder.h"
#include "store_format.h"

#include <QDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

constexpr QByteArrayView kMagic("SQLite format 3", 16); // with its NUL
constexpr qsizetype kHeaderBytes = 100;
constexpr qint64 kRowsPerProgress = 8192;

bool isStore(QByteArrayView header)
{
    return header.size() >= 72 && qFromBigEndian<quint32>(header.data() + 68) == kStoreApplicationId;
}

// The Pi-hole query type code as an RR type mnemonic; 14 (OTHER) looks at additional_info.
QByteArrayView qtypeOf(int type, sqlite3_stmt *st, int additionalColumn, QByteArray &scratch)
{
    static constexpr const char *kTypes[] = {nullptr, "A",  "AAAA",  "ANY",    "SRV", "SOA",   "PTR",  "TXT",  "NAPTR",
                                             "MX",    "DS", "RRSIG", "DNSKEY", "NS",  "OTHER", "SVCB", "HTTPS"};
    if (type < 1 || type > 16)
        return {};
    if (type != 14 || additionalColumn < 0)
        return kTypes[type];
    if (sqlite3_column_type(st, additionalColumn) == SQLITE_INTEGER) {
        const qint64 code = sqlite3_column_int64(st, additionalColumn);
        const QByteArrayView name = code > 0 && code <= 65535 ? DnsNames::qtypeName(int(code)) : QByteArrayView();
        return name.isEmpty() ? QByteArrayView("OTHER") : name;
    }
    if (sqlite3_column_type(st, additionalColumn) == SQLITE_TEXT) {
        const auto text = reinterpret_cast<const char *>(sqlite3_column_text(st, additionalColumn));
        const QByteArrayView v(text, sqlite3_column_bytes(st, additionalColumn));
        bool number = false;
        const int code = v.toByteArray().toInt(&number);
        if ((number && code > 0 && code <= 65535) || v.startsWith("TYPE")) {
            DnsNames::normalizeQtype(v, scratch);
            return scratch;
        }
    }
    return "OTHER";
}

// replyType: -1 when the database has none.
QByteArrayView rcodeOf(int status, int replyType, QByteArray &scratch)
{
    static constexpr const char *kStatus[] = {"UNKNOWN",
                                              "BLOCKED-GRAVITY",
                                              "FORWARDED",
                                              "CACHED",
                                              "BLOCKED-REGEX",
                                              "BLOCKED-EXACT",
                                              "BLOCKED-UPSTREAM-IP",
                                              "BLOCKED-UPSTREAM-NULL",
                                              "BLOCKED-UPSTREAM-NXRA",
                                              "BLOCKED-GRAVITY-CNAME",
                                              "BLOCKED-REGEX-CNAME",
                                              "BLOCKED-EXACT-CNAME",
                                              "RETRIED",
                                              "RETRIED-DNSSEC",
                                              "ALREADY-FORWARDED",
                                              "BLOCKED-DBBUSY",
                                              "BLOCKED-SPECIAL",
                                              "CACHED-STALE"};
    static constexpr const char *kReply[] = {nullptr,   "NOERROR", "NXDOMAIN", "NOERROR", "NOERROR",
                                             "NOERROR", "NOERROR", "SERVFAIL", "REFUSED", "NOTIMP",
                                             nullptr,   "NOERROR", nullptr,    "NOERROR"};
    const bool known = status >= 0 && status < int(std::size(kStatus));
    const bool blocked = known && QByteArrayView(kStatus[status]).startsWith("BLOCKED");
    if (!blocked && replyType > 0 && replyType < int(std::size(kReply)) && kReply[replyType])
        return kReply[replyType];
    if (known)
        return kStatus[status];
    scratch = "STATUS" + QByteArray::number(status);
    return scratch;
}

QByteArrayView textColumn(sqlite3_stmt *st, int column)
{
    const auto text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(st, column)) : QByteArrayView();
}

// The per-import state of PiholeFtlImporter::read once the copy is on disk.
class PiholeRead {
public:
    PiholeRead(const ImportOptions &options, RecordSink &sink, ImportReport &report)
        : m_builder(options, sink, report), m_report(report)
    {}
    ~PiholeRead() { sqlite3_close_v2(m_db); }

    void run(const QString &path, qint64 bytes, const ProgressFn &progress)
    {
        const QByteArray uri = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
        if (sqlite3_open_v2(uri.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("cannot open the database"));
        QByteArray sql;
        if (hasTable("query_storage")) {
            if (!hasTable("domain_by_id") || !hasTable("client_by_id") || !hasTable("forward_by_id"))
                return fail(QStringLiteral("query_storage without domain_by_id, client_by_id and forward_by_id"));
            sql = "SELECT q.id, q.timestamp, q.type, q.status, d.domain, c.ip, f.forward, " +
                optionalColumn("query_storage", "q.additional_info") + ", " +
                optionalColumn("query_storage", "q.reply_type") +
                " FROM query_storage q LEFT JOIN domain_by_id d ON d.id = q.domain"
                " LEFT JOIN client_by_id c ON c.id = q.client LEFT JOIN forward_by_id f ON f.id = q.forward ORDER BY "
                "q.id";
        } else if (hasTable("queries")) {
            sql = "SELECT id, timestamp, type, status, domain, client, forward, " +
                optionalColumn("queries", "additional_info") + ", " + optionalColumn("queries", "reply_type") +
                " FROM queries ORDER BY id";
        } else if (m_report.error) {
            return;
        } else {
            return fail(QStringLiteral("an SQLite file without Pi-hole's query_storage or queries table"));
        }
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("cannot read the queries"));
        // Finalized however this ends: the sink's add() throws when the store fails.
        const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
        sqlite3_stmt *st = statement.get();
        int rc = SQLITE_ROW;
        for (qint64 rows = 1; (rc = sqlite3_step(st)) == SQLITE_ROW; ++rows) {
            if (rows % kRowsPerProgress == 0 && progress && !progress({bytes, 0})) {
                m_report.cancelled = true;
                break;
            }
            if (!row(st))
                break;
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            fail(QStringLiteral("reading the queries failed"));
    }

private:
    // SQLite's message is added when SQLite failed (not "not an error" after a file it read well).
    void fail(const QString &what)
    {
        if (m_db && sqlite3_errcode(m_db) == SQLITE_OK)
            m_report.error = Failure(Failure::Kind::BadInput, what);
        else
            m_report.error = Failure(
                Failure::Kind::BadInput,
                QStringLiteral("%1: %2").arg(what, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory")));
    }

    bool hasTable(const char *name)
    {
        return count("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1", name,
                     nullptr) > 0;
    }

    QByteArray optionalColumn(const char *table, const char *qualified)
    {
        const char *dot = std::strchr(qualified, '.');
        const bool has =
            count("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2", table, dot ? dot + 1 : qualified) > 0;
        return has ? QByteArray(qualified) : QByteArray("NULL");
    }

    qint64 count(const char *sql, const char *a, const char *b)
    {
        sqlite3_stmt *st = nullptr;
        qint64 n = 0;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, a, -1, SQLITE_STATIC);
            if (b)
                sqlite3_bind_text(st, 2, b, -1, SQLITE_STATIC);
            if (sqlite3_step(st) == SQLITE_ROW)
                n = sqlite3_column_int64(st, 0);
            else if (!m_report.error)
                fail(QStringLiteral("not a readable SQLite database"));
        } else if (!m_report.error) {
            fail(QStringLiteral("not a readable SQLite database"));
        }
        sqlite3_finalize(st);
        return n;
    }

    bool row(sqlite3_stmt *st)
    {
        const qint64 id = sqlite3_column_int64(st, 0);
        switch (sqlite3_column_type(st, 1)) {
        case SQLITE_INTEGER:
            m_ts = QByteArray::number(sqlite3_column_int64(st, 1));
            break;
        case SQLITE_FLOAT: {
            const double seconds = sqlite3_column_double(st, 1);
            char text[40];
            if (!std::isfinite(seconds) || std::fabs(seconds) > 1e11)
                return m_builder.reject(id, QStringLiteral("bad timestamp"));
            std::snprintf(text, sizeof text, "%.6f", seconds);
            m_ts = QByteArray(text);
            break;
        }
        default:
            m_ts = textColumn(st, 1).toByteArray();
        }
        LookupBuilder::Values v;
        v.ts = m_ts;
        v.query = textColumn(st, 4);
        if (v.query.trimmed().isEmpty())
            return m_builder.reject(id, QStringLiteral("empty domain"));
        v.client = textColumn(st, 5);
        v.server = textColumn(st, 6);
        if (const qsizetype hash = v.server.lastIndexOf('#'); hash > 0)
            v.server = v.server.first(hash);
        v.qtype = qtypeOf(sqlite3_column_int(st, 2), st, 7, m_qtype);
        const int reply = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 8);
        v.rcode = rcodeOf(sqlite3_column_int(st, 3), reply, m_rcode);
        return m_builder.add(id, v);
    }

    LookupBuilder m_builder;
    ImportReport &m_report;
    sqlite3 *m_db = nullptr;
    QByteArray m_ts, m_qtype, m_rcode;
};

} // namespace

QString PiholeFtlImporter::description() const
{
    return QStringLiteral("Pi-hole FTL query database (pihole-FTL.db)");
}

bool PiholeFtlImporter::sniff(QByteArrayView head) const
{
    return head.startsWith(kMagic);
}

ImportReport PiholeFtlImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                     const ProgressFn &progress) const
{
    ImportReport report;
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/dnstimeline-pihole-XXXXXX.db"));
    if (!copy.open()) {
        report.error =
            Failure(Failure::Kind::Io, QStringLiteral("cannot create a temporary copy: %1").arg(copy.errorString()));
        return report;
    }
    QByteArray header;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 got = in.read(buffer.data(), buffer.size());
        if (got < 0) {
            report.error = Failure(Failure::Kind::Io, QStringLiteral("read error: %1").arg(in.errorString()));
            return report;
        }
        if (header.size() < kHeaderBytes)
            header.append(buffer.constData(), std::min(got, kHeaderBytes - header.size()));
        if ((header.size() == kHeaderBytes || got == 0) && done < kHeaderBytes) {
            if (!header.startsWith(kMagic)) {
                report.error = Failure(Failure::Kind::BadInput, QStringLiteral("not an SQLite database"));
                return report;
            }
            if (isStore(header)) {
                report.error = Failure(Failure::Kind::BadInput,
                                       QStringLiteral("this is a DNS Timeline store; open it instead of importing it"));
                return report;
            }
        }
        if (got == 0)
            break;
        if (copy.write(buffer.constData(), got) != got) {
            report.error = Failure(Failure::Kind::Io,
                                   QStringLiteral("cannot write the temporary copy: %1").arg(copy.errorString()));
            return report;
        }
        done += got;
        if (progress && !progress({done, 0})) {
            report.cancelled = true;
            return report;
        }
    }
    if (header.size() < kHeaderBytes) {
        report.error =
            Failure(Failure::Kind::BadInput, QStringLiteral("truncated SQLite file (%1 bytes)").arg(header.size()));
        return report;
    }
    if (header[18] == 2 ||
        header[19] == 2) { // WAL mode: the copy has no -wal file; read it as a rollback-journal database
        copy.seek(18);
        copy.write("\x01\x01", 2);
    }
    copy.flush();
    PiholeRead state(options, sink, report);
    state.run(copy.fileName(), done, progress);
    return report;
}
