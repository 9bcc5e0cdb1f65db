// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user walk, importing (issue #15 items 1, 4, 10, 11): a dnsmasq log real dnsmasq wrote,
// whose times carry no year, through the import dialog's Year; the same file again (refused,
// then "Import again"); every reply kind's rcode; and the view and the notice after an import.
#include "walk_support.h"

#include <cmath>

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>

using namespace walk;

class TstWalkImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // real_plain.log copied with a modification time in 2026, as a log copied off a router today.
    QString copiedLog(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(data("dnsmasq/real_plain.log"), path);
        QFile file(path);
        file.open(QIODevice::ReadWrite);
        file.setFileTime(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()),
                         QFileDevice::FileModificationTime);
        return path;
    }

    // Shows window on a new, empty store of that name.
    bool openNewStore(MainWindow &window, const char *name)
    {
        window.resize(1366, 740);
        window.show();
        try {
            window.openStore(m_dir.filePath(QString::fromLatin1(name)), true);
        } catch (const Failure &failure) {
            qWarning("%s", qPrintable(failure.message()));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { firstRun(); }

    // Item 1: the dialog has a Year for logs without one, says where the year shown comes
    // from, and the year chosen reaches the import (and is kept with the dataset).
    void yearOfADnsmasqLogIsShownAndChosenInTheDialog()
    {
        const QString log = copiedLog(QStringLiteral("pihole.log"));
        MainWindow window;
        QVERIFY(openNewStore(window, "year.dnstl"));
        window.showImportDialog({log});
        ImportDialog *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->preview(0).formatId == QLatin1String("dnsmasq"), 10'000);
        QSpinBox *year = dialog->yearBox();
        QVERIFY(year && year->isEnabled());
        QVERIFY2(dialog->yearNote()->text().contains(QLatin1String("2026 is taken from the file's modification time")),
                 qPrintable(dialog->yearNote()->text()));
        QVERIFY(dialog->previewTable()->item(0, 0)->text().startsWith(QLatin1String("2026-12-07")));
        QSignalSpy ready(dialog, &ImportDialog::previewReady);
        year->setValue(2016);
        QVERIFY(ready.wait(10'000));
        QVERIFY(dialog->previewTable()->item(0, 0)->text().startsWith(QLatin1String("2016-12-07")));
        QVERIFY(dialog->yearNote()->text().contains(QLatin1String("read in 2016, as set")));
        QCOMPARE(dialog->requests().value(0).options.year, 2016);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!window.notice()->text().isEmpty(), 30'000);
        QVERIFY(settle(window));
        const QList<DatasetInfo> datasets = window.controller()->datasets();
        QCOMPARE(datasets.size(), 1);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(datasets[0].tsMinUs / 1000, QTimeZone::utc()).date().year(), 2016);
        QVERIFY(datasets[0].importOptions.contains(QLatin1String("\"year\":2016")));
    }

    // Item 1: without a year the one taken from the file's time is said after the import and
    // kept with the dataset (so that reproduce.sh re-imports a copy the same); the same file
    // again is refused with "Import again" offered, which imports it.
    void inferredYearIsSaidAndKeptAndImportAgainForcesADuplicate()
    {
        const QString log = copiedLog(QStringLiteral("router.log"));
        MainWindow window;
        QVERIFY(openNewStore(window, "again.dnstl"));
        QVERIFY(importAndWait(window, {request(log)}));
        QVERIFY2(window.notice()->text().contains(QLatin1String("2026 was taken from the file's date")),
                 qPrintable(window.notice()->text()));
        QVERIFY(window.controller()->datasets().value(0).importOptions.contains(QLatin1String("\"year\":2026")));

        QVERIFY(importAndWait(window, {request(log)}));
        QVERIFY2(window.notice()->text().contains(
                     QLatin1String("router.log is already in the store as dataset 1 (same SHA-256)")),
                 qPrintable(window.notice()->text()));
        const QList<QPushButton *> buttons = window.notice()->actionButtons();
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons[0]->text(), QStringLiteral("Import again"));
        buttons[0]->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.notice()->text().startsWith(QLatin1String("Imported router.log: 20 lookups")),
                                 30'000);
        QVERIFY(settle(window));
        QCOMPARE(window.controller()->datasets().size(), 2);
    }

    // Item 10: every reply kind a real dnsmasq wrote gives its rcode, through the window: the
    // PTR lookups answered "config 192.168.1.99 is NXDOMAIN" are NXDOMAIN.
    void everyDnsmasqReplyKindGivesItsRcode()
    {
        MainWindow window;
        QVERIFY(openNewStore(window, "rcodes.dnstl"));
        ImportRequest r = request(data("dnsmasq/real_extra.log"));
        r.options.year = 2024;
        QVERIFY(importAndWait(window, {r}));
        window.controller()->setSplit(LookupField::Rcode);
        QVERIFY(settle(window));
        window.controller()->showAll();
        QVERIFY(settle(window));
        const BinTable &t = window.controller()->table();
        QCOMPARE(total(t), qint64(20));
        QCOMPARE(total(t, QStringLiteral("NXDOMAIN")), qint64(5)); // nx.example, three PTR, localhost
        QCOMPARE(total(t, QStringLiteral("REFUSED")), qint64(1));
        QCOMPARE(total(t, QStringLiteral("NOERROR")), qint64(13));
        // A few lookups a bin: the count axis ticks whole numbers, each where its label says.
        window.controller()->setSplit(std::nullopt);
        QVERIFY(settle(window));
        window.plot()->replot();
        QVERIFY(window.plot()->yAxis->range().upper < 20);
        const QVector<double> ticks = window.plot()->yAxis->tickVector();
        QVERIFY(ticks.size() >= 3);
        for (double tick : ticks)
            QVERIFY2(tick == std::floor(tick), qPrintable(QString::number(tick)));
    }

    // Items 4 and 11: after an import the view goes to the new dataset, ticked, far from the
    // one shown, and the notice says what was imported.
    void importGoesToTheNewDatasetAndSaysWhatCameOfIt()
    {
        WALK_NEED_CORPUS();
        MainWindow window;
        QVERIFY(open(window, sampleCopy(m_dir)));
        const QList<DatasetInfo> before = window.controller()->datasets();
        window.controller()->setDatasets({before.value(0).id}); // only some ticked
        QVERIFY(settle(window));
        QVERIFY(importAndWait(window, {request(zeekJsonFromCorpus(m_dir))}));
        QVERIFY2(window.notice()->text().startsWith(QLatin1String("Imported dns.json: 53,615 lookups (dataset ")),
                 qPrintable(window.notice()->text()));
        const DatasetInfo zeek = window.controller()->datasets().constLast();
        QVERIFY(window.controller()->selectedDatasets().contains(zeek.id));
        const TimeRange shown = window.plot()->visibleRange();
        QVERIFY(shown.fromUs <= zeek.tsMinUs && shown.toUs > zeek.tsMaxUs);
        QVERIFY2(shown.length() < 2 * (zeek.tsMaxUs - zeek.tsMinUs), "the view is about the 21 minutes");
        QVERIFY(total(window.controller()->table()) > 50'000);
    }

    // The command line's paths (dnstimeline PATH…): a .dnstl that does not exist is a new, empty
    // store (not a data file imported into itself: "an SQLite file without Pi-hole's tables");
    // a data file that does not exist is said, and no store is made for it; a data file that
    // exists is imported into a store named after it.
    void pathsFromTheCommandLineOpenMakeOrSay()
    {
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.dnstl"));
        {
            MainWindow window;
            window.show();
            QString boxText;
            QTimer watch;
            connect(&watch, &QTimer::timeout, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    boxText += box->text();
                    box->accept();
                }
            });
            watch.start(20);
            window.openPaths({fresh});
            QTest::qWait(100);
            QVERIFY2(boxText.isEmpty(), qPrintable(boxText));
            QCOMPARE(window.storePath(), fresh);
            QVERIFY(QFile::exists(fresh));
            QVERIFY(window.controller()->datasets().isEmpty());
            // The empty plot says why it is empty, over its axes.
            QCOMPARE(window.emptyNoteText(),
                     QStringLiteral("No lookups yet: import a file (File → Import, or drop it here)."));

            const QString missing = m_dir.filePath(QStringLiteral("missing.pcap"));
            window.openPaths({missing});
            QTRY_VERIFY(!boxText.isEmpty());
            QVERIFY2(boxText.contains(QStringLiteral("missing.pcap: no such file")), qPrintable(boxText));
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.dnstl"))));
            QCOMPARE(window.storePath(), fresh);
        }
        MainWindow window;
        window.show();
        const QString log = copiedLog(QStringLiteral("router.log"));
        window.openPaths({log});
        QCOMPARE(window.storePath(), m_dir.filePath(QStringLiteral("router.dnstl")));
        QTRY_VERIFY_WITH_TIMEOUT(window.controller()->datasets().size() == 1, 10'000);
        QTRY_COMPARE(window.emptyNoteText(), QString());
        window.controller()->setDatasets({-1}); // none ticked
        QTRY_COMPARE(window.emptyNoteText(), QStringLiteral("No dataset is ticked: tick one in the Datasets dock."));
    }
};

QTEST_MAIN(TstWalkImport)
#include "tst_walk_import.moc"
