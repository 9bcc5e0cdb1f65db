// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EVTX importer: Sysmon 22 and DNS Server analytic events become lookups, everything else
// is skipped and counted. No real EVTX file with DNS events could be had here, so the files
// are written by EvtxWriter (test code) — and every one is first read by the independent
// readers evtxexport (libevtx-utils) and evtx_dump.py (python3-evtx): the importer's counts
// and a handful of exact records must agree with what they print.
#include "answer_recording_sink.h"
#include "evtx_events.h"
#include "evtx_importer.h"
#include "importer_test_support.h"

#include <QMap>
#include <QProcess>
#include <QtEndian>

#include <algorithm>

using namespace importer_test;

namespace {

constexpr qint64 kT0 = EvtxEvents::kMixedLogStartUs; // 2024-03-01T00:00:00Z

// One record as evtxexport's text output shows it.
struct Exported {
    QByteArray computer, source;
    quint32 eventId = 0;
    QByteArrayList strings;
};

QList<Exported> evtxexport(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("evtxexport"), {file});
    p.waitForFinished(60000);
    QList<Exported> out;
    for (const QByteArray &raw : p.readAllStandardOutput().split('\n')) {
        const qsizetype colon = raw.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = raw.first(colon).trimmed(), value = raw.sliced(colon + 1).trimmed();
        if (key == "Event number")
            out.append(Exported());
        else if (out.isEmpty())
            continue;
        else if (key == "Computer name")
            out.back().computer = value;
        else if (key == "Source name")
            out.back().source = value;
        else if (key == "Event identifier")
            out.back().eventId = value.mid(value.indexOf('(') + 1).chopped(1).toUInt();
        else if (key.startsWith("String")) // "String: 5\t\t\t: value"
            out.back().strings.append(raw.sliced(raw.indexOf(':', colon + 1) + 1).trimmed());
    }
    return out;
}

QString writeFile(QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Where each record of an EVTX file starts, by record number: the chunks' records, as the
// file header and chunk headers lay them out (4 KiB file header, 64 KiB chunks, records from
// byte 512 of a chunk, each opening with "**\0\0", its size and its number).
QMap<quint64, qsizetype> recordStarts(const QByteArray &evtx)
{
    QMap<quint64, qsizetype> starts;
    for (qsizetype chunk = 4096; chunk + 65536 <= evtx.size(); chunk += 65536) {
        if (!evtx.sliced(chunk).startsWith(QByteArrayView("ElfChnk\0", 8)))
            break;
        for (qsizetype at = chunk + 512; at + 24 <= chunk + 65536;) {
            if (!evtx.sliced(at).startsWith(QByteArrayView("**\0\0", 4)))
                break;
            const quint32 size = qFromLittleEndian<quint32>(evtx.constData() + at + 4);
            starts.insert(qFromLittleEndian<quint64>(evtx.constData() + at + 8), at);
            if (size < 24)
                break;
            at += size;
        }
    }
    return starts;
}

// count Sysmon queries, one a millisecond: record n asks for h<n-1>.example.
QByteArray sysmonQueries(int count)
{
    EvtxWriter w;
    for (int i = 0; i < count; ++i)
        w.add(EvtxEvents::sysmonDns(kT0 + i * qint64(1000), QStringLiteral("WS-1"), QStringLiteral("C:\\a.exe"), 1,
                                    QStringLiteral("h%1.example").arg(i), 0, QStringLiteral("::ffff:192.0.2.1;")));
    return w.finish();
}

} // namespace

class TestEvtxImporter : public QObject {
    Q_OBJECT

private slots:
    void theTestFileIsReadTheSameByEvtxexport()
    {
        if (!haveTool("evtxexport"))
            QSKIP("evtxexport (libevtx-utils) is not installed");
        QTemporaryDir dir;
        const QString path = writeFile(dir, "mixed.evtx", EvtxEvents::mixedLog());
        const QList<Exported> exported = evtxexport(path);
        QCOMPARE(exported.size(), 9);
        QCOMPARE(exported[0].source, QByteArray("Microsoft-Windows-Sysmon"));
        QCOMPARE(exported[0].eventId, 22u);
        QCOMPARE(exported[0].strings.value(4), QByteArray("WWW.Example.com"));
        QCOMPARE(exported[3].source, QByteArray("Microsoft-Windows-DNSServer"));
        QCOMPARE(exported[3].eventId, 256u);
    }

    void theTestFileIsReadTheSameByPythonEvtx()
    {
        if (!haveTool("evtx_dump.py"))
            QSKIP("evtx_dump.py (python3-evtx) is not installed");
        QTemporaryDir dir;
        const QString path = writeFile(dir, "mixed.evtx", EvtxEvents::mixedLog());
        QProcess p;
        p.start(QStringLiteral("evtx_dump.py"), {path});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray xml = p.readAllStandardOutput();
        QCOMPARE(xml.count("<Event xmlns"), 9);
        QCOMPARE(xml.count("<EventID>22</EventID>"), 2);
        QVERIFY(xml.contains("<Data Name=\"QueryName\">nothere.example.org</Data>"));
        QVERIFY(xml.contains("<Data Name=\"Source\">10.0.0.20</Data>"));
    }

    void importsWhatTheIndependentReaderShows()
    {
        if (!haveTool("evtxexport"))
            QSKIP("evtxexport (libevtx-utils) is not installed");
        QTemporaryDir dir;
        const QString path = writeFile(dir, "mixed.evtx", EvtxEvents::mixedLog());
        const QList<Exported> exported = evtxexport(path);
        AnswerRecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), path, sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        // Every record is a lookup, a response paired with one, or skipped and counted.
        qint64 sysmonQueries = 0, serverQueries = 0, serverResponses = 0;
        for (const Exported &e : exported) {
            sysmonQueries += e.source == "Microsoft-Windows-Sysmon" && e.eventId == 22;
            serverQueries += e.source == "Microsoft-Windows-DNSServer" && e.eventId == 256;
            serverResponses += e.source == "Microsoft-Windows-DNSServer" && (e.eventId == 257 || e.eventId == 258);
        }
        QCOMPARE(r.records, sysmonQueries + serverQueries + 1); // one response without its query
        QCOMPARE(r.skipped, exported.size() - sysmonQueries - serverQueries - serverResponses);
        QCOMPARE(r.rejected, 0);
        // The exact records, field by field against evtxexport's strings.
        const Exported &s = exported[0];
        QCOMPARE(sink.lookups[0].client, s.computer + '/' + s.strings[7]); // WS-7/Image
        QCOMPARE(sink.lookups[0].qname, s.strings[4].toLower());           // QueryName
        QCOMPARE(sink.lookups[0].tsUs, utc("2024-03-01T00:00:00Z"));       // UtcTime
        QCOMPARE(fieldsOf(sink.lookups[0]),
                 (QByteArrayList{"WS-7/C:\\Windows\\System32\\svchost.exe", "www.example.com", "", "NOERROR", ""}));
        QCOMPARE(sink.answers[0],
                 (QByteArrayList{"CNAME edge.example.net -1", "A 93.184.216.34 -1", "AAAA 2001:db8::7 -1"}));
        QCOMPARE(fieldsOf(sink.lookups[1]),
                 (QByteArrayList{"WS-7/C:\\Tools\\beacon.exe", "nothere.example.org", "", "NXDOMAIN", ""}));
        QCOMPARE(sink.lookups[1].tsUs, utc("2024-03-01T00:00:00.002Z"));
        const Exported &q = exported[3];
        QCOMPARE(sink.lookups[2].client, q.strings[2]); // Source
        QCOMPARE(fieldsOf(sink.lookups[2]),
                 (QByteArrayList{"10.0.0.20", "mail.example.com", "MX", "NOERROR", "10.0.0.1"}));
        QCOMPARE(sink.lookups[2].tsUs, kT0 + 3000);
        QCOMPARE(fieldsOf(sink.lookups[3]), (QByteArrayList{"10.0.0.21", "gone.example", "A", "", "10.0.0.1"}));
        QCOMPARE(fieldsOf(sink.lookups[4]),
                 (QByteArrayList{"10.0.0.22", "alone.example", "AAAA", "SERVFAIL", "10.0.0.1"}));
        QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Microsoft-Windows-DNSServer 260: 1")));
        QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Microsoft-Windows-Sysmon 1: 1")));
    }

    void countsAgreeWithEvtxexportOnAGeneratedLogOfManyChunks()
    {
        if (!haveTool("evtxexport"))
            QSKIP("evtxexport (libevtx-utils) is not installed");
        EvtxWriter w;
        for (int i = 0; i < 3000; ++i) {
            const qint64 t = kT0 + i * qint64(1000000);
            if (i % 3 == 2)
                w.add(EvtxEvents::sysmonProcessCreate(t, QStringLiteral("WS-1"), QStringLiteral("C:\\x.exe")));
            else
                w.add(EvtxEvents::sysmonDns(
                    t, QStringLiteral("WS-%1").arg(i % 5), QStringLiteral("C:\\a%1.exe").arg(i % 7), 1,
                    QStringLiteral("h%1.example").arg(i), 0, QStringLiteral("::ffff:192.0.2.1;")));
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, "many.evtx", w.finish());
        const QList<Exported> exported = evtxexport(path);
        QCOMPARE(exported.size(), 3000);
        RecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), path, sink);
        QCOMPARE(r.records, 2000);
        QCOMPARE(r.skipped, 1000);
        for (int i : {0, 1, 1000, 2998}) { // first, second, a middle chunk, the last DNS event
            const Exported &e = exported[i];
            const qsizetype n = i - i / 3; // lookups before record i
            QCOMPARE(sink.lookups[n].qname, e.strings[4]);
            QCOMPARE(sink.lookups[n].client, e.computer + '/' + e.strings[7]);
        }
    }

    void aLogReadInBatchesOnTwoThreadsGivesTheLookupsOfItsXmlExport()
    {
        // 5,000 records of varying size: the batches of 2,048 records that the two libevtx
        // handles parse end inside chunks, a DNS Server query and its response sit on either side
        // of the first split (records 2048 and 2049), other events are mixed in, one record of
        // each thread's batches is damaged and one chunk's checksum is wrong. evtxexport's XML of
        // the same file, read as the file streams in one pass, must give the same lookups.
        if (!haveTool("evtxexport"))
            QSKIP("evtxexport (libevtx-utils) is not installed");
        EvtxWriter w;
        const QString dc = QStringLiteral("DC1"), iface = QStringLiteral("10.0.0.1");
        for (int i = 0; i < 5000; ++i) {
            const qint64 t = kT0 + i * qint64(250000);
            // A response (i % 9 == 6, and record 2049) answers the query of the record before.
            const bool response = i == 2048 || i % 9 == 6;
            const int asked = response ? i - 1 : i;
            const QString client = QStringLiteral("10.0.%1.%2").arg(asked / 250).arg(asked % 250);
            const QString name = QStringLiteral("h%1.example").arg(asked);
            if (response)
                w.add(EvtxEvents::dnsResponse(t, dc, client, iface, name, 1, quint16(asked),
                                              i % 4 == 0 && i != 2048 ? 3 : 0,
                                              {QStringLiteral("192.0.2.%1").arg(i % 200)}));
            else if (i == 2047 || i % 9 == 5)
                w.add(EvtxEvents::dnsQueryReceived(t, dc, client, iface, name, 1, quint16(asked)));
            else if (i % 9 == 7)
                w.add(EvtxEvents::sysmonProcessCreate(t, QStringLiteral("WS-1"), QStringLiteral("C:\\x.exe")));
            else
                w.add(EvtxEvents::sysmonDns(t, QStringLiteral("WS-%1").arg(i % 5),
                                            QStringLiteral("C:\\%1.exe").arg(QString(i % 40, QLatin1Char('a'))),
                                            quint32(i), name, i % 11 == 0 ? 9003 : 0,
                                            QStringLiteral("::ffff:192.0.2.%1;").arg(i % 200)));
        }
        QByteArray bytes = w.finish();
        const QMap<quint64, qsizetype> starts = recordStarts(bytes);
        QCOMPARE(starts.size(), 5000);
        // Records 2048 and 2049 share a chunk: the first split is inside it.
        QCOMPARE((starts[2048] - 4096) / 65536, (starts[2049] - 4096) / 65536);
        const qsizetype badChunk = 4096 + (starts[4100] - 4096) / 65536 * 65536;
        bytes[badChunk + 52] = char(bytes[badChunk + 52] ^ 0x5a); // its records' checksum
        QTemporaryDir dir;
        const QString whole = writeFile(dir, "whole.evtx", bytes);
        for (quint64 damaged : {1503, 2300}) // two Sysmon queries: template offset outside the chunk
            qToLittleEndian<quint32>(0x00fffff0, bytes.data() + starts[damaged] + 24 + 4 + 6);
        const QString path = writeFile(dir, "batches.evtx", bytes);

        RecordingSink binary;
        const ImportReport r = readFile(EvtxImporter(), path, binary);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        // The records libevtx leaves out without an error (ending in the last 4 bytes of their
        // chunk) are named too, in file order among the two it cannot read.
        QMap<quint64, QString> named = {{1503, QStringLiteral("record 1503 cannot be read: ")},
                                        {2300, QStringLiteral("record 2300 cannot be read: ")}};
        for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
            const qsizetype chunkEnd = 4096 + ((it.value() - 4096) / 65536 + 1) * 65536;
            const qsizetype end = it.value() + qFromLittleEndian<quint32>(bytes.constData() + it.value() + 4);
            if (chunkEnd - end < 4)
                named.insert(it.key(),
                             QStringLiteral("record %1 (chunk %2) could not be read by libevtx: it ends "
                                            "within 4 bytes of its chunk's end")
                                 .arg(it.key())
                                 .arg((it.value() - 4096) / 65536));
        }
        QVERIFY(named.size() > 2); // this file has such records
        QCOMPARE(r.rejected, named.size());
        qsizetype k = 0;
        for (auto it = named.cbegin(); it != named.cend(); ++it, ++k) {
            QCOMPARE(r.firstIssues[k].line, qint64(it.key()));
            QVERIFY2(r.firstIssues[k].message.startsWith(it.value()), qPrintable(r.firstIssues[k].message));
        }

        // evtxexport stops at a record it cannot read: its XML is of the file before the damage,
        // whose lookups are the same less the two damaged queries (it leaves out the others too).
        QProcess p;
        p.start(QStringLiteral("evtxexport"), {QStringLiteral("-f"), QStringLiteral("xml"), whole});
        QVERIFY(p.waitForFinished(60000));
        RecordingSink xml;
        const ImportReport x = readBytes(EvtxImporter(), p.readAllStandardOutput(), xml);
        QVERIFY2(!x.error, qPrintable((x.error ? x.error->message() : QString())));
        QCOMPARE(x.rejected, 0);
        QCOMPARE(r.records, x.records - 2);
        QCOMPARE(r.skipped, x.skipped);
        QList<RecordingSink::Lookup> expected;
        for (const auto &l : xml.lookups) {
            if (l.qname != "h1502.example" && l.qname != "h2299.example")
                expected.append(l);
        }
        QCOMPARE(binary.lookups.size(), expected.size());
        for (qsizetype i = 0; i < binary.lookups.size(); ++i) {
            QCOMPARE(fieldsOf(binary.lookups[i]), fieldsOf(expected[i]));
            QCOMPARE(binary.lookups[i].tsUs, expected[i].tsUs);
        }
        // The pair across the split is one lookup with the response's rcode.
        const auto pair = std::find_if(binary.lookups.cbegin(), binary.lookups.cend(),
                                       [](const auto &l) { return l.qname == "h2047.example"; });
        QVERIFY(pair != binary.lookups.cend());
        QCOMPARE(fieldsOf(*pair), (QByteArrayList{"10.0.8.47", "h2047.example", "A", "NOERROR", "10.0.0.1"}));
    }

    void answersComeFromTheResponsesPacketData()
    {
        const QString dc = QStringLiteral("DC1"), iface = QStringLiteral("10.0.0.1");
        EvtxWriter w;
        w.add(EvtxEvents::dnsQueryReceived(kT0, dc, QStringLiteral("10.0.0.30"), iface, QStringLiteral("two.example"),
                                           1, 7));
        w.add(EvtxEvents::dnsResponse(kT0 + 1000, dc, QStringLiteral("10.0.0.30"), iface, QStringLiteral("two.example"),
                                      1, 7, 0, {QStringLiteral("192.0.2.7"), QStringLiteral("192.0.2.8")}));
        EvtxWriter::Event cut =
            EvtxEvents::dnsResponse(kT0 + 2000, dc, QStringLiteral("10.0.0.31"), iface, QStringLiteral("cut.example"),
                                    1, 8, 0, {QStringLiteral("192.0.2.9")});
        for (auto &d : cut.data) {
            if (d.first == QLatin1String("PacketData"))
                d.second.chop(6); // the last record's address cut short
        }
        w.add(cut);
        QTemporaryDir dir;
        AnswerRecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), writeFile(dir, "answers.evtx", w.finish()), sink);
        QCOMPARE(r.records, 2);
        QCOMPARE(sink.answers[0], (QByteArrayList{"A 192.0.2.7 300", "A 192.0.2.8 300"}));
        QCOMPARE(sink.answers[1], QByteArrayList()); // left out, and said
        QCOMPARE(fieldsOf(sink.lookups[1]), (QByteArrayList{"10.0.0.31", "cut.example", "A", "NOERROR", "10.0.0.1"}));
        QVERIFY(r.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("1 DNS Server responses have a PacketData that is not")));
    }

    void aDamagedRecordIsRejectedAndTheRestImported()
    {
        const QByteArray bytes = EvtxEvents::withDamagedRecord(EvtxEvents::mixedLog(), 4);
        QTemporaryDir dir;
        RecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), writeFile(dir, "damaged.evtx", bytes), sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.firstIssues[0].line, 4);
        QVERIFY(r.firstIssues[0].message.startsWith(QStringLiteral("record 4 cannot be read")));
        QCOMPARE(r.records, 5); // the lost 256 leaves its 257 as a lookup by itself
        QCOMPARE(fieldsOf(sink.lookups[2]),
                 (QByteArrayList{"10.0.0.20", "mail.example.com", "MX", "NOERROR", "10.0.0.1"}));
    }

    void recordsLibevtxLeavesOutAtAChunksEndAreNamed()
    {
        // libevtx (20181227) reads no record that ends in the last 4 bytes of its chunk, and says
        // nothing (evtxexport leaves them out too). Chunk 0 ends with a record flush with its end,
        // chunk 1 with one 2 bytes short of it, chunk 2 with one 4 bytes short (libevtx reads it).
        // python-evtx, the independent reader, reads every record.
        QList<qint64> lastOf; // the last record of chunks 0, 1, 2, 3
        const QByteArray bytes = EvtxEvents::chunkEndsLog({0, 2, 4, 600}, &lastOf);
        const qint64 total = lastOf.back();
        QTemporaryDir dir;
        const QString path = writeFile(dir, "chunk_ends.evtx", bytes);
        if (haveTool("evtx_dump.py")) {
            QProcess p;
            p.start(QStringLiteral("evtx_dump.py"), {path});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray xml = p.readAllStandardOutput();
            QCOMPARE(xml.count("<Event xmlns"), total);
            for (qint64 n : lastOf)
                QVERIFY(xml.contains(QStringLiteral("<EventRecordID>%1</EventRecordID>").arg(n).toUtf8()));
        }
        if (haveTool("evtxexport"))
            QCOMPARE(evtxexport(path).size(), total - 2);

        RecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), path, sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.records, total - 2);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.firstIssues.size(), 2);
        for (int c : {0, 1}) {
            QCOMPARE(r.firstIssues[c].line, lastOf[c]);
            QCOMPARE(r.firstIssues[c].message,
                     QStringLiteral("record %1 (chunk %2) could not be read by libevtx: it ends within 4 bytes of "
                                    "its chunk's end (%3 left), where libevtx reads no record")
                         .arg(lastOf[c])
                         .arg(c)
                         .arg(c * 2));
        }
        QVERIFY(r.notes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("2 records that the file's chunks hold could not be read by libevtx")));
        // Every other record is a lookup, in order.
        QByteArrayList expected;
        for (qint64 n = 1; n <= total; ++n) {
            if (n != lastOf[0] && n != lastOf[1])
                expected.append(QStringLiteral("h%1.example").arg(n - 1).toUtf8());
        }
        QByteArrayList imported;
        for (const auto &l : sink.lookups)
            imported.append(l.qname);
        QCOMPARE(imported, expected);
    }

    void recordsAfterADamagedRecordOrInADamagedChunkAreNamed()
    {
        // libevtx stops reading a chunk at a record whose header it cannot read, and lists no
        // record of a chunk whose header is damaged, without an error. Here the signature of the
        // third record from the end of chunk 1 and that of chunk 2 are broken.
        QByteArray bytes = sysmonQueries(400);
        const QMap<quint64, qsizetype> starts = recordStarts(bytes);
        QCOMPARE(starts.size(), 400);
        QMap<qsizetype, QList<quint64>> byChunk; // chunk -> its records
        for (auto it = starts.cbegin(); it != starts.cend(); ++it)
            byChunk[(it.value() - 4096) / 65536].append(it.key());
        QVERIFY(byChunk.size() >= 4);
        const quint64 damaged = byChunk[1].back() - 2;
        bytes[starts[damaged]] = 'X';
        bytes[4096 + 2 * 65536] = 'X';
        QTemporaryDir dir;
        const QString path = writeFile(dir, "damaged_chunks.evtx", bytes);

        RecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), path, sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        const qint64 lost = 3 + byChunk[2].size();
        QCOMPARE(r.rejected, lost);
        QCOMPARE(r.records, 400 - lost);
        auto issue = [](quint64 record, int chunk, const char *why) {
            return QStringLiteral("record %1 (chunk %2) could not be read by libevtx: %3")
                .arg(record)
                .arg(chunk)
                .arg(QLatin1String(why));
        };
        QCOMPARE(r.firstIssues[0].line, qint64(damaged));
        QCOMPARE(r.firstIssues[0].message, issue(damaged, 1, "its record header is damaged"));
        QCOMPARE(r.firstIssues[1].message, issue(damaged + 1, 1, "it follows a damaged record in its chunk"));
        QCOMPARE(r.firstIssues[2].message, issue(damaged + 2, 1, "it follows a damaged record in its chunk"));
        QCOMPARE(r.firstIssues[3].line, qint64(byChunk[2].front()));
        QCOMPARE(r.firstIssues[3].message, issue(byChunk[2].front(), 2, "its chunk's header is damaged"));
        QCOMPARE(r.firstIssues.last().line, qint64(byChunk[2].front()) + r.firstIssues.size() - 4);
        // The lookups are those of the records outside the damage, in order.
        QCOMPARE(sink.lookups.first().qname, QByteArray("h0.example"));
        QCOMPARE(sink.lookups[qsizetype(damaged) - 2].qname, QStringLiteral("h%1.example").arg(damaged - 2).toUtf8());
        QCOMPARE(sink.lookups[qsizetype(damaged) - 1].qname,
                 QStringLiteral("h%1.example").arg(byChunk[3].front() - 1).toUtf8());
        QCOMPARE(sink.lookups.last().qname, QByteArray("h399.example"));
    }

    void aLogThatWrappedRejectsNothing()
    {
        // A full log goes on in its oldest chunk: the chunks' records are not in file order.
        // Chunks 0 and 1 swapped: libevtx lists chunk 1's records first, and none is missing.
        QByteArray bytes = sysmonQueries(400);
        const QByteArray first = bytes.mid(4096, 65536);
        bytes.replace(4096, 65536, bytes.mid(4096 + 65536, 65536));
        bytes.replace(4096 + 65536, 65536, first);
        QTemporaryDir dir;
        RecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), writeFile(dir, "wrapped.evtx", bytes), sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, 400);
    }

    void aTruncatedFileOrGarbageFailsWithTheReason()
    {
        QTemporaryDir dir;
        RecordingSink sink;
        const ImportReport header = readBytes(EvtxImporter(), EvtxEvents::mixedLog().first(2000), sink);
        QVERIFY(header.error);
        QVERIFY2(header.error->message().startsWith(QStringLiteral("libevtx cannot read the file")),
                 qPrintable(header.error->message()));
        const ImportReport garbage =
            readBytes(EvtxImporter(), QByteArray("ElfFile\0garbage", 15) + QByteArray(5000, 'x'), sink);
        QVERIFY(garbage.error);
        const ImportReport other = readBytes(EvtxImporter(), QByteArray("not an event log"), sink);
        QVERIFY(other.error);
        QVERIFY(other.error->message().contains(QStringLiteral("no ElfFile signature")));
        QCOMPARE(sink.lookups.size(), 0);
    }

    void aLogWithoutDnsEventsFailsTheImportAndStoresNothing()
    {
        EvtxWriter w;
        w.add(EvtxEvents::sysmonProcessCreate(kT0, QStringLiteral("WS-1"), QStringLiteral("C:\\x.exe")));
        QTemporaryDir dir;
        SqliteStore store(dir.filePath(QStringLiteral("s.dnstl")), StoreOpenMode::Create);
        ImportRequest request;
        request.filePath = writeFile(dir, "none.evtx", w.finish());
        const ImportResult result = runImport(store, request, {});
        QVERIFY(result.report.error);
        QVERIFY(result.report.error->message().contains(QStringLiteral("no valid lookup")));
        QCOMPARE(store.datasets().size(), 0);
    }

    void theCommittedFixturesAreWhatTheWriterMakes()
    {
        for (const auto &[name, bytes] : EvtxEvents::fixtures()) {
            QFile f(fixture("evtx", name));
            QVERIFY2(f.open(QIODevice::ReadOnly), name);
            QVERIFY2(f.readAll() == bytes, name); // else: gen_evtx --fixtures tests/data/evtx
        }
    }

    void isRecognisedByContentAndCancels()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "mixed.evtx", EvtxEvents::mixedLog());
        const ImportResult r = importIntoNewStore(path);
        QCOMPARE(r.dataset.format, QStringLiteral("evtx"));
        QCOMPARE(r.dataset.records, 5);
        RecordingSink sink;
        const ImportReport cancelled =
            readFile(EvtxImporter(), path, sink, {}, [](const ImportProgress &) { return false; });
        QVERIFY(cancelled.cancelled);
    }
};

QTEST_GUILESS_MAIN(TestEvtxImporter)
#include "tst_evtx_importer.moc"
