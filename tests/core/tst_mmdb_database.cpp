// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MaxMind-format databases read with libmaxminddb: ASN, organisation and country of IPv4,
// IPv6 and IPv4-mapped addresses in files written by MaxMind's writer (GeoLite2-ASN and
// -Country layouts, IPinfo Lite's), their provenance, and clear failures for bad files.
#include "failure.h"
#include "mmdb_database.h"
#include "mmdb_test_support.h"
#include "owner_directory.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace mmdb_test;

class TstMmdbDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_asn, m_country, m_ipinfo;

    MmdbDatabase::Labels at(const QString &path, const char *address)
    {
        return MmdbDatabase::open(path)->labels(*IpAddress::parse(QString::fromLatin1(address)));
    }

private slots:
    void initTestCase()
    {
        m_asn = m_dir.filePath(QStringLiteral("asn.mmdb"));
        m_country = m_dir.filePath(QStringLiteral("country.mmdb"));
        m_ipinfo = m_dir.filePath(QStringLiteral("ipinfo.mmdb"));
        QString error = write(m_asn, QStringLiteral("GeoLite2-ASN"),
                              {network("217.12.96.0/24", asn(15632, "Alfa Bank")),
                               network("217.12.96.128/25", asn(64501, "Alfa Bank DMZ")),
                               network("2001:db8::/32", asn(64500, "Documentation Net"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = write(m_country, QStringLiteral("GeoLite2-Country"),
                      {network("217.12.0.0/16", country("RU")), network("2001:db8::/32", country("de"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = write(m_ipinfo, QStringLiteral("ipinfo_lite.mmdb"),
                      {network("198.51.100.0/24",
                               QJsonObject{{QStringLiteral("asn"), QStringLiteral("AS13335")},
                                           {QStringLiteral("as_name"), QStringLiteral("Cloudflare")},
                                           {QStringLiteral("country_code"), QStringLiteral("US")}})});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void anAsnDatabaseGivesNumberAndOrganisationByLongestNetwork()
    {
        QCOMPARE(at(m_asn, "217.12.96.5").asn, QStringLiteral("AS15632"));
        QCOMPARE(at(m_asn, "217.12.96.5").org, QStringLiteral("Alfa Bank"));
        QCOMPARE(at(m_asn, "217.12.96.200").asn, QStringLiteral("AS64501"));
        QCOMPARE(at(m_asn, "2001:db8:1::1").org, QStringLiteral("Documentation Net"));
        QCOMPARE(at(m_asn, "::ffff:217.12.96.5").asn, QStringLiteral("AS15632"));
        QVERIFY(at(m_asn, "192.0.2.1").asn.isEmpty());
        QVERIFY(at(m_asn, "217.12.96.5").country.isEmpty());
    }

    void aCountryDatabaseGivesUpperCaseIsoCodes()
    {
        QCOMPARE(at(m_country, "217.12.1.1").country, QStringLiteral("RU"));
        QCOMPARE(at(m_country, "2001:db8::53").country, QStringLiteral("DE"));
        QVERIFY(at(m_country, "217.12.1.1").asn.isEmpty());
    }

    void ipinfoLiteFieldsAreReadToo()
    {
        const MmdbDatabase::Labels l = at(m_ipinfo, "198.51.100.7");
        QCOMPARE(l.asn, QStringLiteral("AS13335"));
        QCOMPARE(l.org, QStringLiteral("Cloudflare"));
        QCOMPARE(l.country, QStringLiteral("US"));
    }

    void twoDatabasesTogetherLabelEveryAttributeFirstOneWinning()
    {
        const OwnerDirectory directory(nullptr, MmdbDatabase::openAll({m_asn, m_country}));
        const OwnerLabels l = directory.labels(QStringLiteral("217.12.96.5"));
        QCOMPARE(l.asn, QStringLiteral("AS15632"));
        QCOMPARE(l.org, QStringLiteral("Alfa Bank"));
        QCOMPARE(l.country, QStringLiteral("RU"));
        QVERIFY(l.owner.isEmpty());
        QCOMPARE(directory.labels(QStringLiteral("mail.example.com")), OwnerLabels{}); // not an address
    }

    void provenanceNamesTypeBuildTimeAndSha256()
    {
        const MmdbDatabasePtr database = MmdbDatabase::open(m_asn);
        const MmdbDatabase::Info &info = database->info();
        QCOMPARE(info.fileName, QStringLiteral("asn.mmdb"));
        QCOMPARE(info.databaseType, QStringLiteral("GeoLite2-ASN"));
        QCOMPARE(info.built.toSecsSinceEpoch(), 1'700'000'000);
        QFile file(m_asn);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(info.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(info.fields, QStringList({QStringLiteral("asn"), QStringLiteral("org")}));
    }

    void theSameFileIsOpenedOnceWhileInUse()
    {
        const MmdbDatabasePtr open = MmdbDatabase::open(m_asn);
        QCOMPARE(MmdbDatabase::open(m_asn).get(), open.get());
    }

    void badFilesFailWithTheirPathAndTheReason()
    {
        const auto failureOf = [](const QString &path) {
            try {
                MmdbDatabase::open(path);
            } catch (const Failure &e) {
                return std::pair{e.kind(), e.message()};
            }
            return std::pair{Failure::Kind::Cancelled, QString()};
        };
        const QString missing = m_dir.filePath(QStringLiteral("missing.mmdb"));
        QCOMPARE(failureOf(missing).first, Failure::Kind::NotFound);
        QVERIFY(failureOf(missing).second.contains(missing));

        const QString junk = m_dir.filePath(QStringLiteral("junk.mmdb"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QCOMPARE(failureOf(junk).first, Failure::Kind::Corrupt);
        QVERIFY2(failureOf(junk).second.startsWith(junk + QStringLiteral(": not a MaxMind DB file")),
                 qPrintable(failureOf(junk).second));

        const QString city = m_dir.filePath(QStringLiteral("city.mmdb"));
        const QString error =
            write(city, QStringLiteral("Cities"),
                  {network("192.0.2.0/24", QJsonObject{{QStringLiteral("city"), QStringLiteral("X")}})});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(failureOf(city).first, Failure::Kind::BadInput);
        QVERIFY(failureOf(city).second.contains(u"gives no ASN, AS organisation or country"));
    }
};

QTEST_GUILESS_MAIN(TstMmdbDatabase)
#include "tst_mmdb_database.moc"
