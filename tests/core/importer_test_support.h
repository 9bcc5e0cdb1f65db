// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the importer tests share: fixture paths, UTC instants, reading a file or bytes with an
// importer into a RecordingSink, a lookup's fields as one list, and runImport on a fixture.
#pragma once

#include "import_job.h"
#include "importer.h"
#include "issue_lines.h"
#include "recording_sink.h"
#include "sqlite_store.h"
#include "timestamp_parser.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ImportOptions)

namespace importer_test {

// Whether a program the tests compare with (an independent reader) is installed: outside CI its
// tests skip without it; in CI, where ./dev test installs it, a missing one fails the test.
inline bool haveTool(const char *tool)
{
    if (!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
        return true;
    if (qgetenv("CI") == "true")
        qFatal("%s is missing: ./dev test installs it", tool);
    return false;
}

// tests/data/FOLDER/NAME
inline QString fixture(const char *folder, const char *name)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/") + QString::fromLatin1(folder) + QLatin1Char('/') +
        QString::fromLatin1(name);
}

inline qint64 utc(const char *iso)
{
    return *TimestampParser().parse(iso);
}

inline ImportOptions inZone(const char *zone)
{
    ImportOptions options;
    options.zone = QTimeZone(zone);
    return options;
}

// For syslog stamps, which have no year.
inline ImportOptions inYear(int year)
{
    ImportOptions options;
    options.year = year;
    return options;
}

inline ImportReport readFile(const Importer &importer, const QString &path, RecordingSink &sink,
                             const ImportOptions &options = {}, const ProgressFn &progress = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return importer.read(file, options, sink, progress);
}

inline ImportReport readBytes(const Importer &importer, const QByteArray &bytes, RecordingSink &sink,
                              const ImportOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importer.read(buffer, options, sink, {});
}

// client, qname, qtype, rcode, server: one value to compare.
inline QByteArrayList fieldsOf(const RecordingSink::Lookup &l)
{
    return {l.client, l.qname, l.qtype, l.rcode, l.server};
}

// runImport on file into a new store, as the window and the command line import it; fails
// the calling test (check QTest::currentTestFailed()) when the import reports an error.
inline ImportResult importIntoNewStore(const QString &file)
{
    QTemporaryDir dir;
    SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
    ImportRequest request;
    request.filePath = file;
    const ImportResult r = runImport(store, request, {});
    [&] { QVERIFY2(!r.report.error, qPrintable((r.report.error ? r.report.error->message() : QString()))); }();
    return r;
}

// The columns "file" and "format" of a data function: the fixtures of folder and the format
// runImport must recognise in them.
inline void addFormatRows(const char *folder, std::initializer_list<const char *> names, const QString &format)
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const char *name : names)
        QTest::newRow(name) << fixture(folder, name) << format;
}

// The test of those rows: runImport on the row's file picks its format; the result.
inline ImportResult importsAsItsFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const ImportResult r = importIntoNewStore(file);
    [&] { QCOMPARE(r.dataset.format, format); }();
    return r;
}

} // namespace importer_test
