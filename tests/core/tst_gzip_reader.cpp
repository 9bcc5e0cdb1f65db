// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GzipReader over in-memory and fixture data: members, peeking, small reads, damage.
#include "gzip_reader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

namespace {
QByteArray fileContent(const char *name)
{
    QFile f(QStringLiteral(DNSTL_TEST_DATA_DIR "/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", name);
    return f.readAll();
}

// Reads everything in reads of chunk bytes; false (and the error in *error) if a read failed.
bool inflateAll(const QByteArray &compressed, qint64 chunk, QByteArray *out, QString *error = nullptr)
{
    QBuffer source;
    source.setData(compressed);
    source.open(QIODevice::ReadOnly);
    GzipReader reader(source);
    QByteArray buffer(chunk, Qt::Uninitialized);
    out->clear();
    for (;;) {
        const qint64 n = reader.read(buffer.data(), chunk);
        if (n < 0) {
            if (error)
                *error = reader.errorString();
            return false;
        }
        if (n == 0)
            return true;
        out->append(buffer.constData(), n);
    }
}
} // namespace

class TestGzipReader : public QObject {
    Q_OBJECT

private slots:
    void detectsGzipMagic()
    {
        QVERIFY(GzipReader::isGzip(fileContent("zeek/simple.csv.gz")));
        QVERIFY(!GzipReader::isGzip(fileContent("csv/simple.csv")));
        QVERIFY(!GzipReader::isGzip(QByteArrayView("\x1f")));
    }

    void inflatesToTheOriginalWhateverTheReadSize()
    {
        const QByteArray expected = fileContent("csv/simple.csv");
        for (qint64 chunk : {qint64(1), qint64(7), qint64(4096), qint64(4 << 20)}) {
            QByteArray got;
            QVERIFY(inflateAll(fileContent("zeek/simple.csv.gz"), chunk, &got));
            QCOMPARE(got, expected);
        }
    }

    void readsConcatenatedMembers()
    {
        QByteArray got;
        QVERIFY(inflateAll(fileContent("zeek/two_members.log.gz"), 1 << 16, &got));
        QCOMPARE(got, fileContent("zeek/concatenated_logs.log"));
    }

    void peekDoesNotConsume()
    {
        QBuffer source;
        source.setData(fileContent("zeek/simple.csv.gz"));
        source.open(QIODevice::ReadOnly);
        GzipReader reader(source);
        const QByteArray head = reader.peek(64 * 1024);
        const QByteArray all = reader.readAll();
        QCOMPARE(head, fileContent("csv/simple.csv"));
        QCOMPARE(all, head);
    }

    void reportsCorruptData()
    {
        QByteArray got;
        QString error;
        QVERIFY(!inflateAll(fileContent("zeek/corrupt.log.gz"), 1 << 16, &got, &error));
        QVERIFY2(error.contains(QLatin1String("corrupt gzip data")), qPrintable(error));
    }

    void reportsTruncatedData()
    {
        QByteArray got;
        QString error;
        QVERIFY(!inflateAll(fileContent("zeek/truncated.log.gz"), 1 << 16, &got, &error));
        QVERIFY2(error.contains(QLatin1String("truncated gzip data")), qPrintable(error));
        QVERIFY(!got.isEmpty()); // what came before the cut was handed out
    }

    void reportsGarbageAfterTheMagicBytes()
    {
        QByteArray got;
        QString error;
        static const char raw[] = "\x1f\x8b\x08\x00garbage that is not deflate data at all";
        QVERIFY(!inflateAll(QByteArray(raw, sizeof raw - 1), 64, &got, &error));
        QVERIFY2(error.contains(QLatin1String("gzip data")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGzipReader)
#include "tst_gzip_reader.moc"
