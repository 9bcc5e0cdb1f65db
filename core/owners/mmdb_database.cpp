// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mmdb_database.h"

#include "failure.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <arpa/inet.h>
#include <maxminddb.h>

#include <cstring>
#include <mutex>
#include <optional>
#include <tuple>
#include <vector>

namespace {

QString utf8(const MMDB_entry_data_s &d)
{
    return d.has_data && d.type == MMDB_DATA_TYPE_UTF8_STRING ? QString::fromUtf8(d.utf8_string, qsizetype(d.data_size))
                                                              : QString();
}

// The value at path under entry, or no data (a path the record does not have is no error).
MMDB_entry_data_s valueAt(MMDB_entry_s *entry, const char *const *path, const MmdbDatabase::Info &info)
{
    MMDB_entry_data_s d{};
    const int status = MMDB_aget_value(entry, &d, path);
    if (status == MMDB_SUCCESS || status == MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR ||
        status == MMDB_INVALID_LOOKUP_PATH_ERROR)
        return status == MMDB_SUCCESS ? d : MMDB_entry_data_s{};
    throw Failure(Failure::Kind::Corrupt,
                  QStringLiteral("%1: a record cannot be read (libmaxminddb: %2)")
                      .arg(info.path, QString::fromUtf8(MMDB_strerror(status))));
}

QString asnText(const MMDB_entry_data_s &d)
{
    if (!d.has_data)
        return {};
    switch (d.type) {
    case MMDB_DATA_TYPE_UINT16:
        return QStringLiteral("AS%1").arg(d.uint16);
    case MMDB_DATA_TYPE_UINT32:
        return QStringLiteral("AS%1").arg(d.uint32);
    case MMDB_DATA_TYPE_UINT64:
        return QStringLiteral("AS%1").arg(d.uint64);
    case MMDB_DATA_TYPE_UTF8_STRING: {
        QString text = utf8(d).trimmed().toUpper();
        if (!text.startsWith(QLatin1String("AS")))
            text.prepend(QLatin1String("AS"));
        return text.size() > 2 ? text : QString();
    }
    default:
        return {};
    }
}

struct CacheKey {
    QString path;
    qint64 size;
    qint64 modified;
    bool operator==(const CacheKey &) const = default;
};
size_t qHash(const CacheKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.path, k.size, k.modified);
}

} // namespace

void MmdbDatabase::Close::operator()(MMDB_s *db) const
{
    MMDB_close(db);
    delete db;
}

MmdbDatabase::MmdbDatabase(const QString &path)
{
    const QFileInfo file(path);
    m_info.path = path;
    m_info.fileName = file.fileName();
    auto db = std::make_unique<MMDB_s>();
    const int status = MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, db.get());
    if (status != MMDB_SUCCESS)
        throw Failure(status == MMDB_FILE_OPEN_ERROR ? Failure::Kind::Io : Failure::Kind::Corrupt,
                      QStringLiteral("%1: not a MaxMind DB file (libmaxminddb: %2)")
                          .arg(path, QString::fromUtf8(MMDB_strerror(status))));
    m_db.reset(db.release());
    m_info.databaseType = QString::fromUtf8(m_db->metadata.database_type);
    m_info.built = QDateTime::fromSecsSinceEpoch(qint64(m_db->metadata.build_epoch), QTimeZone::utc());
    QFile bytes(path);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!bytes.open(QIODevice::ReadOnly) || !sha.addData(&bytes))
        throw Failure(Failure::Kind::Io, QStringLiteral("cannot read %1: %2").arg(path, bytes.errorString()));
    m_info.sha256 = QString::fromLatin1(sha.result().toHex());
    // Which fields the database gives: those of its first data record (depth first from
    // the root, lower addresses first).
    std::vector<uint32_t> pending = {0};
    for (int visited = 0; !pending.empty() && visited < 100000; ++visited) {
        const uint32_t node = pending.back();
        pending.pop_back();
        MMDB_search_node_s n{};
        if (MMDB_read_node(m_db.get(), node, &n) != MMDB_SUCCESS)
            break;
        std::optional<MMDB_entry_s> data;
        for (const auto &[type, record, entry] : {std::tuple{n.right_record_type, n.right_record, n.right_record_entry},
                                                  std::tuple{n.left_record_type, n.left_record, n.left_record_entry}}) {
            if (type == MMDB_RECORD_TYPE_SEARCH_NODE)
                pending.push_back(uint32_t(record));
            else if (type == MMDB_RECORD_TYPE_DATA)
                data = entry; // the left one, tried second, wins
        }
        if (!data)
            continue;
        const Labels l = labelsAt(&*data);
        for (const auto &[name, value] : {std::pair{"asn", l.asn}, {"org", l.org}, {"country", l.country}})
            if (!value.isEmpty())
                m_info.fields.append(QString::fromLatin1(name));
        break;
    }
    if (m_info.fields.isEmpty())
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("%1 (a %2 database) gives no ASN, AS organisation or country (looked for "
                                     "autonomous_system_number, asn, autonomous_system_organization, as_name, "
                                     "country_code, country.iso_code)")
                          .arg(path, m_info.databaseType));
}

MmdbDatabase::~MmdbDatabase() = default;

std::shared_ptr<const MmdbDatabase> MmdbDatabase::open(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        throw Failure(Failure::Kind::NotFound, QStringLiteral("%1: no such database file").arg(path));
    if (!file.isFile())
        throw Failure(Failure::Kind::BadInput, QStringLiteral("%1 is not a file").arg(path));
    static std::mutex mutex;
    static QHash<CacheKey, std::weak_ptr<const MmdbDatabase>> cache;
    const CacheKey key{file.absoluteFilePath(), file.size(), file.lastModified().toMSecsSinceEpoch()};
    std::lock_guard guard(mutex);
    if (std::shared_ptr<const MmdbDatabase> open = cache.value(key).lock())
        return open;
    std::shared_ptr<const MmdbDatabase> opened(new MmdbDatabase(path));
    for (auto it = cache.begin(); it != cache.end();)
        it = it->expired() ? cache.erase(it) : std::next(it);
    cache.insert(key, opened);
    return opened;
}

QList<std::shared_ptr<const MmdbDatabase>> MmdbDatabase::openAll(const QStringList &paths)
{
    QList<std::shared_ptr<const MmdbDatabase>> out;
    for (const QString &path : paths)
        out.append(open(path));
    return out;
}

MmdbDatabase::Labels MmdbDatabase::labels(const IpAddress &address) const
{
    sockaddr_storage storage{};
    if (address.family == 4) {
        auto *in = reinterpret_cast<sockaddr_in *>(&storage);
        in->sin_family = AF_INET;
        std::memcpy(&in->sin_addr, address.bytes.data(), 4);
    } else {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        std::memcpy(&in6->sin6_addr, address.bytes.data(), 16);
    }
    int status = MMDB_SUCCESS;
    MMDB_lookup_result_s found =
        MMDB_lookup_sockaddr(m_db.get(), reinterpret_cast<const sockaddr *>(&storage), &status);
    if (status == MMDB_IPV6_LOOKUP_IN_IPV4_DATABASE_ERROR)
        return {};
    if (status != MMDB_SUCCESS)
        throw Failure(Failure::Kind::Corrupt,
                      QStringLiteral("%1: the search tree is damaged (libmaxminddb: %2)")
                          .arg(m_info.path, QString::fromUtf8(MMDB_strerror(status))));
    if (!found.found_entry)
        return {};
    return labelsAt(&found.entry);
}

MmdbDatabase::Labels MmdbDatabase::labelsAt(void *entryPointer) const
{
    auto *entry = static_cast<MMDB_entry_s *>(entryPointer);
    const auto at = [&](std::initializer_list<const char *> path) {
        std::vector<const char *> p(path);
        p.push_back(nullptr);
        return valueAt(entry, p.data(), m_info);
    };
    Labels out;
    out.asn = asnText(at({"autonomous_system_number"}));
    if (out.asn.isEmpty())
        out.asn = asnText(at({"asn"}));
    out.org = utf8(at({"autonomous_system_organization"}));
    if (out.org.isEmpty())
        out.org = utf8(at({"as_name"}));
    out.country = utf8(at({"country_code"}));
    if (out.country.isEmpty())
        out.country = utf8(at({"country", "iso_code"}));
    if (out.country.isEmpty()) {
        const QString plain = utf8(at({"country"}));
        if (plain.size() == 2)
            out.country = plain;
    }
    if (out.country.isEmpty())
        out.country = utf8(at({"registered_country", "iso_code"}));
    out.country = out.country.toUpper();
    return out;
}
