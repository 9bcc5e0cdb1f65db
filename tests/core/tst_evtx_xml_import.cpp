// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The EVTX importer on Windows events exported as XML (evtxexport -f xml, evtx_dump.py,
// Get-WinEvent exports): the same lookups as the binary file, a broken export keeps what came
// before the break, values across the reader's blocks kept whole, --strict stops at the first
// bad event. The binary files are tst_evtx_importer's.
#include "answer_recording_sink.h"
#include "evtx_importer.h"
#include "importer_test_support.h"

#include <QProcess>

#include <algorithm>

using namespace importer_test;

namespace {

// A Sysmon 22 event as XML exports write it, on one line: name<i>.example.com answered 192.0.2.x.
QByteArray sysmonXml(int i)
{
    return QStringLiteral("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System>"
                          "<Provider Name=\"Microsoft-Windows-Sysmon\"/><EventID>22</EventID><TimeCreated "
                          "SystemTime=\"2024-03-01T00:00:00.%1Z\"/><Computer>WS-1</Computer></System>"
                          "<EventData><Data Name=\"QueryName\">name%2.example.com</Data><Data "
                          "Name=\"QueryStatus\">0</Data><Data Name=\"QueryResults\">192.0.2.%3;</Data>"
                          "<Data Name=\"Image\">C:\\app.exe</Data></EventData></Event>\n")
        .arg(i, 6, 10, QLatin1Char('0'))
        .arg(i)
        .arg(i % 250 + 1)
        .toUtf8();
}

} // namespace

class TestEvtxXmlImport : public QObject {
    Q_OBJECT

private slots:
    void readsXmlExportsOfRealToolsLikeTheBinaryFile_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("committed");
        QTest::newRow("evtxexport -f xml") << "evtxexport"
                                           << "mixed.evtxexport.xml";
        QTest::newRow("evtx_dump.py") << "evtx_dump.py"
                                      << "mixed.evtx_dump.xml";
    }
    void readsXmlExportsOfRealToolsLikeTheBinaryFile()
    {
        QFETCH(QString, tool);
        QFETCH(QString, committed);
        RecordingSink binary;
        readFile(EvtxImporter(), fixture("evtx", "mixed.evtx"), binary);
        QList<QByteArray> exports = {};
        QFile saved(fixture("evtx", committed.toLatin1().constData()));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        exports.append(saved.readAll());
        if (haveTool(tool.toLatin1().constData())) { // the producer itself, now
            QProcess p;
            p.start(tool,
                    tool == QLatin1String("evtxexport")
                        ? QStringList{QStringLiteral("-f"), QStringLiteral("xml"), fixture("evtx", "mixed.evtx")}
                        : QStringList{fixture("evtx", "mixed.evtx")});
            QVERIFY(p.waitForFinished(60000));
            exports.append(p.readAllStandardOutput());
        }
        for (const QByteArray &xml : exports) {
            QVERIFY(EvtxImporter().sniff(xml.first(std::min<qsizetype>(xml.size(), 65536))));
            RecordingSink sink;
            const ImportReport r = readBytes(EvtxImporter(), xml, sink);
            QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
            QCOMPARE(r.records, 5);
            QCOMPARE(r.skipped, 3);
            QCOMPARE(r.rejected, 0);
            for (qsizetype i = 0; i < binary.lookups.size(); ++i) {
                QCOMPARE(fieldsOf(sink.lookups[i]), fieldsOf(binary.lookups[i]));
                // python-evtx turns FILETIMEs into datetimes through a float: .005000 can print
                // as .004999, so its export may be 1 µs early; evtxexport's is exact.
                QVERIFY2(qAbs(sink.lookups[i].tsUs - binary.lookups[i].tsUs) <=
                             (tool == QLatin1String("evtx_dump.py") ? 1 : 0),
                         qPrintable(QString::number(sink.lookups[i].tsUs - binary.lookups[i].tsUs)));
            }
        }
    }

    void aBrokenXmlExportKeepsTheEventsBeforeTheBreak()
    {
        RecordingSink sink;
        const ImportReport r = readFile(EvtxImporter(), fixture("evtx", "broken.xml"), sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.records, 2); // the two Sysmon queries before the break; the rest is not read
        QCOMPARE(r.rejected, 1);
        QVERIFY(r.firstIssues[0].message.startsWith(QStringLiteral("the XML breaks here")));
        QCOMPARE(r.firstIssues[0].line, 100); // the line after the broken one (99), where the parser finds it out
    }

    // The XML reader is fed 1 MiB at a time: a value whose text runs over the end of a chunk
    // (here a QueryName over the first boundary, a QueryResults over the second) is kept whole.
    void aValueAcrossTheXmlReadersChunksIsKeptWhole()
    {
        auto event = [](int i) { return sysmonXml(i); };
        constexpr qsizetype kChunk = qsizetype(1) << 20;
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Events>\n";
        int i = 0;
        for (const auto &[boundary, value] :
             {std::pair{kChunk, QByteArrayView("name")}, std::pair{2 * kChunk, QByteArrayView("192.0.2.")}}) {
            while (xml.size() + 2 * event(i).size() < boundary)
                xml += event(i++);
            // Blanks between events put the value's text 3 bytes before the boundary.
            xml.append(QByteArray(boundary - 3 - xml.size() - event(i).indexOf(value), ' '));
            QVERIFY(xml.size() + event(i).indexOf(value) + 3 == boundary);
            xml += event(i++);
        }
        const int events = i;
        xml += "</Events>\n";
        AnswerRecordingSink sink;
        const ImportReport r = readBytes(EvtxImporter(), xml, sink);
        QVERIFY2(!r.error, qPrintable((r.error ? r.error->message() : QString())));
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.records, events);
        for (int k = 0; k < events; ++k) {
            QCOMPARE(sink.lookups[k].qname, QStringLiteral("name%1.example.com").arg(k).toUtf8());
            QCOMPARE(sink.answers[k], QByteArrayList{QStringLiteral("A 192.0.2.%1 -1").arg(k % 250 + 1).toUtf8()});
        }
    }

    // The XML is parsed on a thread of its own, ahead of the events handed on: a strict import
    // that stops at a bad event several blocks into the file stores nothing after it and names it.
    void aStrictXmlImportStopsAtTheFirstBadEvent()
    {
        QByteArray xml = "<Events>\n";
        for (int i = 0; i < 12000; ++i) // about 5 MiB: five blocks of the reader
            xml += i == 7000 ? sysmonXml(i).replace("QueryName", "Query") : sysmonXml(i);
        xml += "</Events>\n";
        RecordingSink sink;
        ImportOptions strict;
        strict.strict = true;
        const ImportReport r = readBytes(EvtxImporter(), xml, sink, strict);
        QVERIFY(r.error);
        QCOMPARE(r.error->message(), QStringLiteral("line 7001: Sysmon event 22 without QueryName (--strict)"));
        QCOMPARE(r.rejected, 1);
        QVERIFY(sink.lookups.size() <= 7000);
        RecordingSink lenient;
        const ImportReport all = readBytes(EvtxImporter(), xml, lenient);
        QCOMPARE(all.records, 11999);
        QCOMPARE(all.rejected, 1);
        QCOMPARE(all.firstIssues[0].line, 7001);
        QCOMPARE(lenient.lookups[7000].qname, QByteArray("name7001.example.com"));
    }
};

QTEST_GUILESS_MAIN(TestEvtxXmlImport)
#include "tst_evtx_xml_import.moc"
