// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Small MaxMind DB files for the owner tests, written by MaxMind's own writer
// (tests/support/write_mmdb.pl, Debian's libmaxmind-db-writer-perl), never by hand.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTest>

namespace mmdb_test {

// Writes networks ({"network": …, "data": {…}}) as a database of that type to path; an empty
// string when it worked, else what went wrong.
inline QString write(const QString &path, const QString &databaseType, const QJsonArray &networks,
                     qint64 buildEpoch = 1'700'000'000)
{
    const QString spec = path + QStringLiteral(".json");
    QFile file(spec);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("database_type"), databaseType},
                                         {QStringLiteral("build_epoch"), buildEpoch},
                                         {QStringLiteral("networks"), networks}})
                   .toJson());
    file.close();
    QProcess perl;
    perl.start(QStringLiteral("perl"), {QStringLiteral(DNSTL_TEST_DATA_DIR "/../support/write_mmdb.pl"), spec, path});
    if (!perl.waitForFinished(60'000) || perl.exitStatus() != QProcess::NormalExit || perl.exitCode() != 0)
        return QStringLiteral("write_mmdb.pl failed (is libmaxmind-db-writer-perl installed? ./dev installs it): ") +
            QString::fromUtf8(perl.readAllStandardError());
    return {};
}

inline QJsonObject network(const char *cidr, const QJsonObject &data)
{
    return QJsonObject{{QStringLiteral("network"), QString::fromLatin1(cidr)}, {QStringLiteral("data"), data}};
}

inline QJsonObject asn(qint64 number, const char *org)
{
    return QJsonObject{{QStringLiteral("autonomous_system_number"), number},
                       {QStringLiteral("autonomous_system_organization"), QString::fromUtf8(org)}};
}

inline QJsonObject country(const char *iso)
{
    return QJsonObject{
        {QStringLiteral("country"), QJsonObject{{QStringLiteral("iso_code"), QString::fromLatin1(iso)}}}};
}

} // namespace mmdb_test
