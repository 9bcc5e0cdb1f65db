// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import dialog, offscreen: detection, the 20-row preview, an edited column mapping, the
// rejected count, and the requests it hands to the import.
#include "import_dialog.h"
#include "import_job.h"
#include "main_window.h"
#include "observation_lane.h"
#include "sqlite_store.h"
#include "time_zone_box.h"
#include "timeline_controller.h"
#include "timeline_plot.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString data(const char *path)
{
    return QStringLiteral(DNSTL_TEST_DATA_DIR "/") + QString::fromLatin1(path);
}

constexpr int kQname = 2;  // ColumnMapping slot and preview column of qname
constexpr int kServer = 5; // preview column of server
} // namespace

class TstImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_csv;

    // Waits until file's preview is shown.
    static void waitPreview(ImportDialog &dialog, QSignalSpy &spy, int file)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(spy.cbegin(), spy.cend(), [&](const QList<QVariant> &a) { return a[0].toInt() == file; }),
            10000);
        spy.clear();
        Q_UNUSED(dialog);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // 50 lookups: more than the preview shows.
        m_csv = m_dir.filePath(QStringLiteral("fifty.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("timestamp,client,qname,server\n");
        for (int i = 0; i < 50; ++i)
            f.write(QStringLiteral("2016-07-18T10:%1:00Z,10.0.0.%2,host%3.example,192.0.2.%4\n")
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(i % 7)
                        .arg(i)
                        .arg(i + 1)
                        .toUtf8());
    }

    void detectsFormatsAndPreviewsTwentyRows()
    {
        ImportDialog dialog({data("zeek/concatenated_logs.log"), m_csv});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.preview(0).formatId.isEmpty() && !dialog.preview(1).formatId.isEmpty(), 10000);
        QCOMPARE(dialog.preview(0).formatId, QStringLiteral("zeek"));
        QCOMPARE(dialog.preview(1).formatId, QStringLiteral("csv"));
        QCOMPARE(dialog.fileList()->count(), 2);
        QVERIFY(dialog.formatBox()->currentText().contains(QLatin1String("found: zeek")));
        QCOMPARE(dialog.previewTable()->rowCount(), int(std::min<qint64>(20, dialog.preview(0).records)));
        QVERIFY(!dialog.zoneBox()->isEnabled()); // Zeek times are epoch numbers

        dialog.fileList()->setCurrentRow(1);
        QVERIFY(dialog.formatBox()->currentText().contains(QLatin1String("found: csv")));
        QCOMPARE(dialog.previewTable()->rowCount(), 20);
        QCOMPARE(dialog.previewTable()->item(0, kQname)->text(), QStringLiteral("host0.example"));
        QCOMPARE(dialog.previewTable()->item(19, kQname)->text(), QStringLiteral("host19.example"));
        QVERIFY(dialog.zoneBox()->isEnabled());
        QVERIFY(dialog.columnEdit(kQname)->isVisible());
        QVERIFY(dialog.rejectedLabel()->text().startsWith(QLatin1String("0 record")));
        if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT"))
            dialog.grab().save(qEnvironmentVariable("DNSTL_SHOT"));
    }

    void changedMappingChangesThePreview()
    {
        ImportDialog dialog({m_csv});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.show();
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.previewTable()->item(3, kQname)->text(), QStringLiteral("host3.example"));
        QCOMPARE(dialog.previewTable()->item(3, kServer)->text(), QStringLiteral("192.0.2.4"));
        dialog.columnEdit(kQname)->setText(QStringLiteral("server"));
        emit dialog.columnEdit(kQname)->editingFinished();
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.previewTable()->item(3, kQname)->text(), QStringLiteral("192.0.2.4"));
        QCOMPARE(dialog.requests()[0].options.columnMap, QStringList{QStringLiteral("qname=server")});
        // A column that does not exist: the preview says why, nothing crashes.
        dialog.columnEdit(kQname)->setText(QStringLiteral("nonesuch"));
        emit dialog.columnEdit(kQname)->editingFinished();
        waitPreview(dialog, ready, 0);
        QVERIFY(dialog.preview(0).error);
        QVERIFY(dialog.rejectedLabel()->text().contains(QLatin1String("nonesuch")));
        // A chosen format and zone go into the request.
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("zeek")));
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.requests()[0].format, QStringLiteral("zeek"));
        QCOMPARE(dialog.preview(0).formatId, QStringLiteral("zeek"));
    }

    void rejectedCountMatchesTheImport()
    {
        ImportDialog dialog({data("csv/bad_rows.csv")});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        waitPreview(dialog, ready, 0);
        SqliteStore store(m_dir.filePath(QStringLiteral("bad.dnstl")), StoreOpenMode::Create);
        const ImportResult imported = runImport(store, dialog.requests()[0], {});
        QVERIFY(imported.report.rejected > 0);
        QCOMPARE(dialog.preview(0).rejected, imported.report.rejected);
        QCOMPARE(dialog.preview(0).records, imported.dataset.records);
        QCOMPARE(dialog.previewTable()->rowCount(), int(imported.dataset.records));
        const QString label = dialog.rejectedLabel()->text();
        QVERIFY2(
            label.startsWith(QStringLiteral("%1 record(s) rejected in the whole file").arg(imported.report.rejected)),
            qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral("line %1:").arg(imported.report.firstIssues[0].line)),
                 qPrintable(label));
    }

    void anEvtxRecordLibevtxLeavesOutIsNamedInThePreview()
    {
        // libevtx lists neither last record of these two chunks, and says nothing (EvtxChunkCensus).
        ImportDialog dialog({data("evtx/chunk_ends.evtx")});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.show();
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.preview(0).formatId, QStringLiteral("evtx"));
        QCOMPARE(dialog.preview(0).rejected, 2);
        const QString label = dialog.rejectedLabel()->text();
        QVERIFY2(label.startsWith(QLatin1String("2 record(s) rejected in the whole file")), qPrintable(label));
        QVERIFY2(label.contains(QLatin1String("line 114: record 114 (chunk 0) could not be read by libevtx: it ends "
                                              "within 4 bytes of its chunk's end (0 left)")),
                 qPrintable(label));
        QVERIFY2(label.contains(QLatin1String("line 228: record 228 (chunk 1) could not be read by libevtx")),
                 qPrintable(label));
        QVERIFY2(label.contains(QLatin1String("2 records that the file's chunks hold could not be read by libevtx")),
                 qPrintable(label));
        if (!qEnvironmentVariableIsEmpty("DNSTL_SHOT"))
            dialog.grab().save(qEnvironmentVariable("DNSTL_SHOT"));
    }

    void aWindowsDebugLogShowsItsDatePatternAndTakesALocale()
    {
        ImportDialog dialog({data("windows-dns/ambiguous_dates_24h.log")});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.show();
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.preview(0).formatId, QStringLiteral("windows-dns"));
        QVERIFY(dialog.localeBox()->isEnabled());
        QVERIFY(dialog.zoneBox()->isEnabled());
        // 06/05/2013 without a day over 12: guessed day first, and the dialog says so.
        QCOMPARE(dialog.previewTable()->item(0, 0)->text(), QStringLiteral("2013-05-06T10:20:33+00:00"));
        QString label = dialog.rejectedLabel()->text();
        QVERIFY2(label.contains(QLatin1String("dates read as d/M/yyyy H:mm:ss, guessed")), qPrintable(label));
        QVERIFY2(label.contains(QLatin1String("times read as UTC, guessed")), qPrintable(label));
        // Picking a locale re-reads the preview with it and goes into the request.
        dialog.localeBox()->setCurrentIndex(dialog.localeBox()->findData(QStringLiteral("en-US")));
        emit dialog.localeBox()->activated(dialog.localeBox()->currentIndex());
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.requests()[0].options.locale, QStringLiteral("en-US"));
        label = dialog.rejectedLabel()->text();
        QVERIFY2(label.contains(QLatin1String("as --locale en-US gives")), qPrintable(label));
        // en-US has a 12-hour clock: these 24-hour lines do not fit it and are rejected.
        QVERIFY(dialog.preview(0).rejected > 0);
        // Another format: no date format to choose.
        ImportDialog zeek({data("zeek/concatenated_logs.log")});
        QSignalSpy zeekReady(&zeek, &ImportDialog::previewReady);
        waitPreview(zeek, zeekReady, 0);
        QVERIFY(!zeek.localeBox()->isEnabled());
    }

    // A dnstap log (gzip) is detected by content; the preview shows each lookup's role as proto,
    // and its answers.
    void previewsDnstapWithItsRoles()
    {
        ImportDialog dialog({data("dnstap/unbound_resolver.dnstap.gz")});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.preview(0).formatId, QStringLiteral("dnstap"));
        QCOMPARE(dialog.preview(0).records, 19);
        QCOMPARE(dialog.previewTable()->rowCount(), 19);
        const int answers = dialog.previewTable()->columnCount() - 1, proto = answers - 1;
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(proto)->text(), QStringLiteral("proto"));
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(answers)->text(), QStringLiteral("answers"));
        QCOMPARE(dialog.previewTable()->item(1, answers)->text(), QStringLiteral("A 300 192.0.2.10"));
        QCOMPARE(dialog.previewTable()->item(0, proto)->text(), QStringLiteral("resolver"));
        QCOMPARE(dialog.previewTable()->item(1, proto)->text(), QStringLiteral("dns"));
        QCOMPARE(dialog.previewTable()->item(1, kQname)->text(), QStringLiteral("www.corp.example"));
        QVERIFY(!dialog.zoneBox()->isEnabled()); // dnstap times are UTC epoch seconds
    }

    void detectsTheResolverAndCloudLogsAndShowsWhatWasSkipped()
    {
        const QList<std::pair<const char *, QString>> files = {{"suricata/eve_v2.json", QStringLiteral("suricata")},
                                                               {"route53/s3_array.json", QStringLiteral("route53")},
                                                               {"gcp-dns/gcloud_read.json", QStringLiteral("gcp-dns")},
                                                               {"adguard/querylog.json", QStringLiteral("adguard")},
                                                               {"unbound/ascii.log", QStringLiteral("unbound")},
                                                               {"coredns/journald.log", QStringLiteral("coredns")}};
        QStringList paths;
        for (const auto &f : files)
            paths.append(data(f.first));
        ImportDialog dialog(paths);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(files.cbegin(), files.cend(),
                        [&](const auto &f) { return !dialog.preview(int(&f - files.data())).formatId.isEmpty(); }),
            20000);
        for (qsizetype i = 0; i < files.size(); ++i)
            QCOMPARE(dialog.preview(int(i)).formatId, files[i].second);
        dialog.fileList()->setCurrentRow(0);
        QCOMPARE(dialog.previewTable()->rowCount(), 7);
        QCOMPARE(dialog.previewTable()->item(0, kQname)->text(), QStringLiteral("www.suricata.io"));
        QVERIFY2(dialog.rejectedLabel()->text().contains(QLatin1String("3 skipped")),
                 qPrintable(dialog.rejectedLabel()->text()));
        QVERIFY(!dialog.zoneBox()->isEnabled()); // EVE times carry their offset
        dialog.fileList()->setCurrentRow(5);
        QVERIFY(dialog.zoneBox()->isEnabled()); // syslog stamps are local time
        // The year of a syslog stamp is never a silent guess: the dialog says where it came from.
        QVERIFY2(dialog.rejectedLabel()->text().contains(QLatin1String("modification time")),
                 qPrintable(dialog.rejectedLabel()->text()));
    }

    void previewsObservationsOfPassiveDns()
    {
        ImportDialog dialog({data("cof/farsight.jsonl")});
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        waitPreview(dialog, ready, 0);
        QCOMPARE(dialog.preview(0).formatId, QStringLiteral("cof"));
        QVERIFY(dialog.preview(0).observations);
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QCOMPARE(dialog.previewTable()->horizontalHeaderItem(0)->text(), QStringLiteral("rrname"));
        QCOMPARE(dialog.previewTable()->item(0, 0)->text(), QStringLiteral("fsi.io"));
    }
    void droppedFilesOpenTheDialogThenImportWithTheLane()
    {
        MainWindow window;
        QVERIFY_THROWS_NO_EXCEPTION(window.openStore(m_dir.filePath(QStringLiteral("drop.dnstl")), true));
        window.show();
        QTRY_VERIFY(!window.controller()->isBusy());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_csv), QUrl::fromLocalFile(data("cof/farsight.jsonl"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->fileList()->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->preview(1).formatId.isEmpty(), 10000);
        dialog->accept();
        auto *lane = window.plot()->findChild<ObservationLane *>();
        QVERIFY(lane);
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->store()->datasets().size() == 2 && lane->spans().size() == 2,
                                 20000);
        QCOMPARE(window.controller()->store()->datasets()[1].kind, DatasetKind::Observations);
        QVERIFY(lane->rect());
        // The Filters dock's qname glob narrows the lane too (rrname fsi.io. for both records).
        window.controller()->setFilters({{LookupField::Qname, QStringLiteral("www.*")}});
        QTRY_VERIFY(lane->spans().isEmpty());
        QVERIFY(lane->filterNote().contains(QStringLiteral("0 of 2")));
        window.controller()->setFilters({{LookupField::Qname, QStringLiteral("fsi.io")}});
        QTRY_COMPARE(lane->spans().size(), 2);
        window.controller()->setFilters({});
        QTRY_VERIFY(lane->filterNote().isEmpty());
    }
};

QTEST_MAIN(TstImportDialog)
#include "tst_import_dialog.moc"
