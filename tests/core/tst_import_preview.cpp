// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportPreview, the import dialog's look at a file's head: the format, the first rows, the
// counts so far, and stopping early on a large file.
#include "import_preview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
ImportRequest requestFor(const QString &path, const QString &format = QStringLiteral("auto"))
{
    ImportRequest r;
    r.filePath = path;
    r.format = format;
    return r;
}
} // namespace

class TestImportPreview : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private slots:
    void readsOnlyTheHeadOfALargeFile() // about the importer's first read (4 MiB) of it
    {
        QByteArray csv("timestamp,client,qname\n");
        for (int i = 0; i < 200000; ++i) // about 10 MiB: more than an importer's 4 MiB read
            csv += "2016-07-18T10:00:00Z,10.0.0.1,host" + QByteArray::number(i) + ".example\n";
        const QString path = write("large.csv", csv);
        const ImportPreview p = ImportPreview::make(requestFor(path), 20, 64 * 1024);
        QVERIFY(!p.error);
        QCOMPARE(p.formatId, QStringLiteral("csv"));
        QCOMPARE(p.rows.size(), 20);
        QCOMPARE(p.rows[19][2], QStringLiteral("host19.example"));
        QCOMPARE(p.headers[2], QStringLiteral("qname"));
        QVERIFY(!p.wholeFile);
        QVERIFY(p.records >= 20 && p.records < 200000); // importers read 4 MiB at a time: the first chunk's
        // Small enough to be read whole: every record counted, still 20 rows shown.
        const ImportPreview whole = ImportPreview::make(requestFor(path), 20, qint64(64) << 20);
        QVERIFY(whole.wholeFile);
        QCOMPARE(whole.records, 200000);
        QCOMPARE(whole.rows.size(), 20);
    }

    void readsGzipAndTimesInTheChosenZone()
    {
        const ImportPreview p =
            ImportPreview::make(requestFor(QStringLiteral(DNSTL_TEST_DATA_DIR "/zeek/two_members.log.gz")));
        QVERIFY2(!p.error, qPrintable((p.error ? p.error->message() : QString())));
        QCOMPARE(p.formatId, QStringLiteral("zeek"));
        QVERIFY(!p.rows.isEmpty());
        ImportRequest zoned = requestFor(QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv"));
        zoned.options.zone = QTimeZone("America/New_York");
        const ImportPreview ny = ImportPreview::make(zoned);
        QCOMPARE(ny.rows[0][0], QStringLiteral("2016-07-18T06:00:00-04:00"));
    }

    void saysWhyItCannotPreview()
    {
        QCOMPARE(ImportPreview::make(requestFor(write("empty.txt", {}))).error->message(),
                 QStringLiteral("the file is empty"));
        const ImportPreview unknown =
            ImportPreview::make(requestFor(write("blob.bin", QByteArray("\x01\x02\x00\x03", 4))));
        QVERIFY(unknown.error && unknown.error->message().contains(QLatin1String("unknown format")));
        QVERIFY(ImportPreview::make(requestFor(m_dir.filePath(QStringLiteral("missing.csv")))).error);
        // A format chosen by hand that does not fit: the importer's own message.
        const ImportPreview wrong = ImportPreview::make(
            requestFor(QStringLiteral(DNSTL_TEST_DATA_DIR "/csv/simple.csv"), QStringLiteral("zeek")));
        QVERIFY(wrong.error || wrong.records == 0);
        QCOMPARE(wrong.formatId, QStringLiteral("zeek"));
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_import_preview.moc"
