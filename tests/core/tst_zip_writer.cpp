// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ZipWriter (libzip): archives read back by unzip -t and Python's zipfile, deflate only where it
// helps, UTC DOS times plus the exact Unix time, reproducible bytes, ZIP64 past the classic limits.
#include "zip_writer.h"

#include "zip_readers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace {

const QDateTime kModified = QDateTime(QDate(2016, 11, 8), QTime(12, 34, 57), QTimeZone::utc());

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject entryNamed(const QJsonArray &entries, const QString &name)
{
    for (const QJsonValue &v : entries)
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

void setZone(const char *tz)
{
    qputenv("TZ", tz);
    tzset();
}

} // namespace

class TstZipWriter : public QObject {
    Q_OBJECT

private slots:
    void bothReadersReadEveryEntryBack();
    void deflatesTextAndStoresWhatDoesNotShrink();
    void datesAreUtcAndUnzipRestoresTheExactTime();
    void sameInputGivesTheSameBytesInAnyTimeZone();
    void moreThan65535EntriesUseZip64Records();
    void entryPastFourGiBUsesZip64();
    void missingFolderFailsNamingTheFile();

private:
    QTemporaryDir m_dir;
};

void TstZipWriter::bothReadersReadEveryEntryBack()
{
    ZipWriter zip;
    const QByteArray script = "#!/bin/sh\necho ok\n";
    const QByteArray csv = QByteArray("bin_start,series,count\n").repeated(50);
    zip.add(QStringLiteral("reproduce.sh"), script, true, kModified);
    zip.add(QStringLiteral("bins.csv"), csv, false, kModified);
    zip.add(QStringLiteral("empty.txt"), QByteArray(), false, kModified);
    zip.add(QStringLiteral("Ünïcode/名前.txt"), "x", false, kModified);
    const QString path = m_dir.filePath(QStringLiteral("both.zip"));
    const std::optional<Failure> problem = zip.write(path);
    QVERIFY2(!problem, (problem ? qPrintable(problem->message()) : ""));

    const zip_readers::Result unzip = zip_readers::unzipTest(path);
    QVERIFY2(unzip.ok, qPrintable(unzip.problem));
    const zip_readers::Result python = zip_readers::pythonZipfile(path);
    QVERIFY2(python.ok, qPrintable(python.problem));
    QCOMPARE(python.entries.size(), 4);
    QCOMPARE(entryNamed(python.entries, QStringLiteral("reproduce.sh")).value(QStringLiteral("mode")).toInt(), 0100755);
    QCOMPARE(entryNamed(python.entries, QStringLiteral("bins.csv")).value(QStringLiteral("mode")).toInt(), 0100644);
    QCOMPARE(entryNamed(python.entries, QStringLiteral("bins.csv")).value(QStringLiteral("data_sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(entryNamed(python.entries, QStringLiteral("Ünïcode/名前.txt")).value(QStringLiteral("size")).toInt(), 1);
    QCOMPARE(entryNamed(python.entries, QStringLiteral("empty.txt")).value(QStringLiteral("size")).toInt(), 0);
}

void TstZipWriter::deflatesTextAndStoresWhatDoesNotShrink()
{
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    ZipWriter zip;
    zip.add(QStringLiteral("text.csv"), QByteArray("2016-07-18T00:00:00-04:00,,12\n").repeated(2000), false, kModified);
    zip.add(QStringLiteral("noise.png"), noise, false, kModified);
    const QString path = m_dir.filePath(QStringLiteral("methods.zip"));
    QVERIFY(!zip.write(path));
    const zip_readers::Result python = zip_readers::pythonZipfile(path);
    QVERIFY2(python.ok, qPrintable(python.problem));
    QCOMPARE(entryNamed(python.entries, QStringLiteral("text.csv")).value(QStringLiteral("compress_type")).toInt(), 8);
    QCOMPARE(entryNamed(python.entries, QStringLiteral("noise.png")).value(QStringLiteral("compress_type")).toInt(), 0);
    QVERIFY(QFileInfo(path).size() < noise.size() + 2000);
}

void TstZipWriter::datesAreUtcAndUnzipRestoresTheExactTime()
{
    ZipWriter zip;
    zip.add(QStringLiteral("chart.svg"), "<svg/>", false, kModified);
    const QString path = m_dir.filePath(QStringLiteral("times.zip"));
    QVERIFY(!zip.write(path));
    const zip_readers::Result python = zip_readers::pythonZipfile(path);
    QVERIFY2(python.ok, qPrintable(python.problem));
    // DOS fields: the UTC wall clock, in 2-second steps.
    const QJsonArray dateTime = python.entries.at(0).toObject().value(QStringLiteral("date_time")).toArray();
    QCOMPARE(dateTime, (QJsonArray{2016, 11, 8, 12, 34, 56}));
    // unzip takes the exact time from the extended-timestamp field, whatever its own zone.
    const QString out = m_dir.filePath(QStringLiteral("times-out"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("America/New_York"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("unzip"), {QStringLiteral("-qq"), path, QStringLiteral("-d"), out});
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QFileInfo(out + QStringLiteral("/chart.svg")).lastModified().toSecsSinceEpoch(),
             kModified.toSecsSinceEpoch());
}

void TstZipWriter::sameInputGivesTheSameBytesInAnyTimeZone()
{
    const QByteArray saved = qgetenv("TZ");
    QList<QByteArray> archives;
    for (const char *tz : {"UTC", "America/New_York", "Asia/Kathmandu"}) {
        setZone(tz);
        ZipWriter zip;
        zip.add(QStringLiteral("provenance.json"), "{\"version\":1}\n", false, kModified);
        zip.add(QStringLiteral("reproduce.sh"), "#!/bin/sh\n", true, kModified);
        const QString path = m_dir.filePath(QStringLiteral("zone-%1.zip").arg(archives.size()));
        QVERIFY(!zip.write(path));
        archives.append(readAll(path));
    }
    if (saved.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
    QVERIFY(!archives[0].isEmpty());
    QCOMPARE(archives[1], archives[0]);
    QCOMPARE(archives[2], archives[0]);
}

void TstZipWriter::moreThan65535EntriesUseZip64Records()
{
    constexpr int kEntries = 70'000;
    ZipWriter zip;
    for (int i = 0; i < kEntries; ++i)
        zip.add(QStringLiteral("part/%1.txt").arg(i), QByteArray::number(i), false, kModified);
    const QString path = m_dir.filePath(QStringLiteral("many.zip"));
    const std::optional<Failure> problem = zip.write(path);
    QVERIFY2(!problem, (problem ? qPrintable(problem->message()) : ""));
    QVERIFY(readAll(path).contains(QByteArrayView("PK\x06\x06", 4))); // the ZIP64 end of central directory
    const zip_readers::Result unzip = zip_readers::unzipTest(path);
    QVERIFY2(unzip.ok, qPrintable(unzip.problem));
    const zip_readers::Result python = zip_readers::pythonZipfile(path);
    QVERIFY2(python.ok, qPrintable(python.problem));
    QCOMPARE(python.entries.size(), kEntries);
    QCOMPARE(entryNamed(python.entries, QStringLiteral("part/69999.txt")).value(QStringLiteral("size")).toInt(), 5);
}

// 4.3 GB of memory and about a minute of CPU: run by hand with DNSTL_LARGE_TESTS=1.
void TstZipWriter::entryPastFourGiBUsesZip64()
{
    if (qEnvironmentVariableIntValue("DNSTL_LARGE_TESTS") != 1)
        QSKIP("set DNSTL_LARGE_TESTS=1 to write and read back a 4.3 GB entry");
    const qsizetype size = (qsizetype(1) << 32) + (qsizetype(1) << 28); // 4.25 GiB
    QByteArray big(size, 'a');
    ZipWriter zip;
    zip.add(QStringLiteral("bins.csv"), big, false, kModified);
    big = QByteArray(); // the writer holds its own (shared) copy
    const QString path = m_dir.filePath(QStringLiteral("big.zip"));
    const std::optional<Failure> problem = zip.write(path);
    QVERIFY2(!problem, (problem ? qPrintable(problem->message()) : ""));
    const zip_readers::Result unzip = zip_readers::unzipTest(path);
    QVERIFY2(unzip.ok, qPrintable(unzip.problem));
    const zip_readers::Result python = zip_readers::pythonZipfile(path);
    QVERIFY2(python.ok, qPrintable(python.problem));
    QCOMPARE(python.entries.at(0).toObject().value(QStringLiteral("size")).toInteger(), qint64(size));
}

void TstZipWriter::missingFolderFailsNamingTheFile()
{
    ZipWriter zip;
    zip.add(QStringLiteral("a.txt"), "a", false, kModified);
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/bundle.zip"));
    const std::optional<Failure> problem = zip.write(path);
    QVERIFY(problem);
    QCOMPARE(problem->kind(), Failure::Kind::Io);
    QVERIFY2(problem->message().contains(QDir::toNativeSeparators(path)), qPrintable(problem->message()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TstZipWriter)
#include "tst_zip_writer.moc"
