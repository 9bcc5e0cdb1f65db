// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ip_address.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct MMDB_s;

// MmdbDatabase: one MaxMind-format database (.mmdb) the user supplies, read with Debian's
// libmaxminddb, for the ASN, AS organisation and country of addresses. The fields are found
// under the names the common free databases use:
//   asn      autonomous_system_number (GeoLite2-ASN, DB-IP ASN Lite), else asn ("AS64500",
//            IPinfo Lite); spelled "AS64500"
//   org      autonomous_system_organization, else as_name
//   country  country_code (IPinfo), else country.iso_code (GeoLite2-Country/-City, DB-IP
//            Country Lite), else a two-letter country, else registered_country.iso_code
// Opened through open(), which keeps one instance per file (path, size and modification
// time) for the process, so every view and thread shares it. Provenance: the database's
// type, build time and the file's SHA-256.
// Thread-safe: lookups only read the memory-mapped file. Cost: opening maps the file and
// hashes it once (about 0.1 s for a 10 MB database); a lookup walks the search tree, about
// 1 µs.
class MmdbDatabase {
public:
    struct Labels {
        QString asn;     // "AS64500"; empty: the database does not say
        QString org;     // the AS organisation
        QString country; // ISO 3166-1 alpha-2, upper-case ("DE")
    };
    struct Info {
        QString path;
        QString fileName;
        QString databaseType; // the metadata's database_type, e.g. "GeoLite2-ASN"
        QDateTime built;      // the metadata's build_epoch, UTC
        QString sha256;       // of the file, lower-case hex
        QStringList fields;   // of asn, org, country: those its first records hold
    };

    ~MmdbDatabase();
    MmdbDatabase(const MmdbDatabase &) = delete;
    MmdbDatabase &operator=(const MmdbDatabase &) = delete;

    // Throws Failure: NotFound for a missing file, Corrupt for one libmaxminddb cannot read
    // ("…: not a MaxMind DB file (libmaxminddb: …)"), BadInput for a database with none of
    // the fields above.
    static std::shared_ptr<const MmdbDatabase> open(const QString &path);
    // Every path, in order; throws as open() on the first that fails.
    static QList<std::shared_ptr<const MmdbDatabase>> openAll(const QStringList &paths);

    const Info &info() const { return m_info; }
    // What the database says about address (none found: empty labels). Throws Failure
    // (Corrupt) when the record the search tree points at cannot be decoded.
    Labels labels(const IpAddress &address) const;

private:
    explicit MmdbDatabase(const QString &path);
    Labels labelsAt(void *entry) const;

    struct Close {
        void operator()(MMDB_s *db) const;
    };
    Info m_info;
    std::unique_ptr<MMDB_s, Close> m_db; // open once set
};
using MmdbDatabasePtr = std::shared_ptr<const MmdbDatabase>;
