// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Address book dock in the real window: adding, editing and deleting rows writes the store
// and re-bins a chart split by client_owner; Ctrl+Z undoes each change; a malformed file
// changes nothing and says why; the Records dock shows the owner columns.
#include "../core/mmdb_test_support.h"
#include "address_book_dock.h"
#include "event_editor.h"
#include "event_workbench.h"
#include "filters_dock.h"
#include "owner_databases_dialog.h"
#include "records_dock.h"
#include "records_model.h"
#include "ui_test_store.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace ui_test;

class TstAddressBookUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_storePath;
    std::unique_ptr<MainWindow> m_window;

    QList<AddressBookEntry> stored() const { return openStore(m_storePath, StoreOpenMode::ReadOnly)->addressBook(); }
    // The chart's series names after the next table.
    QStringList seriesAfter(const std::function<void()> &change)
    {
        QSignalSpy ready(m_window->controller(), &TimelineController::tableReady);
        change();
        if (!ready.wait(10'000))
            return {QStringLiteral("<no table>")};
        QStringList names;
        for (const BinSeries &s : m_window->controller()->table().series)
            names.append(s.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-address-book-ui"));
        QSettings().clear();
        m_storePath = m_dir.filePath(QStringLiteral("owners.dnstl"));
        QVERIFY(makeStore(m_dir.path(), m_storePath));
        m_window = std::make_unique<MainWindow>();
        QVERIFY(openAndWait(*m_window, m_storePath));
        QTRY_VERIFY(m_window->addressBookDock()->table()->rowCount() == 0);
    }

    void addEditDeleteRebinAndUndoRestoresTheStore()
    {
        AddressBookDock *dock = m_window->addressBookDock();
        QCOMPARE(seriesAfter([&] { m_window->controller()->setSplit(LookupField::ClientOwner); }),
                 QStringList{QStringLiteral("(none)")});
        QStringList series = seriesAfter([&] {
            dock->addEntry({0, QStringLiteral("10.0.0.0/30"), QStringLiteral("Low four"), {}, {}});
        });
        QCOMPARE(series, (QStringList{QStringLiteral("Low four"), QStringLiteral("(none)")}));
        QTRY_COMPARE(dock->table()->rowCount(), 1);
        QCOMPARE(stored().size(), 1);
        AddressBookEntry edited = stored().front();
        edited.label = QStringLiteral("Renamed");
        series = seriesAfter([&] { dock->editEntry(edited); });
        QVERIFY2(series.contains(QStringLiteral("Renamed")), qPrintable(series.join(u',')));
        QTRY_COMPARE(dock->entries().front().label, QStringLiteral("Renamed"));
        series = seriesAfter([&] { dock->deleteEntry(edited.id); });
        QCOMPARE(series, QStringList{QStringLiteral("(none)")});
        QVERIFY(stored().isEmpty());

        QUndoStack *undo = m_window->eventWorkbench()->editor()->undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("Delete address book row “10.0.0.0/30”"));
        undo->undo(); // the row is back under its id
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().front().id, edited.id);
        QCOMPARE(stored().front().label, QStringLiteral("Renamed"));
        undo->undo();
        QCOMPARE(stored().front().label, QStringLiteral("Low four"));
        undo->undo();
        QVERIFY(stored().isEmpty());
        undo->redo();
        QCOMPARE(stored().size(), 1);
        undo->undo();
        QTRY_COMPARE(dock->table()->rowCount(), 0);
    }

    void aMalformedFileChangesNothingAndSaysWhere()
    {
        AddressBookDock *dock = m_window->addressBookDock();
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pattern,label\n10.0.0.0/24,Fine\n10.0.0.1/24,Bits\n");
        file.close();
        QStringList messages;
        const auto connection =
            connect(dock, &AddressBookDock::failed, this, [&](const Failure &f) { messages.append(f.message()); });
        QVERIFY(!dock->importFile(path, false));
        disconnect(connection);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.front().contains(path + QStringLiteral(":3:")), qPrintable(messages.front()));
        QVERIFY(stored().isEmpty());
    }

    void recordsShowTheOwnerColumns()
    {
        AddressBookDock *dock = m_window->addressBookDock();
        const QString path = m_dir.filePath(QStringLiteral("good.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"pattern\": \"10.0.0.3\", \"label\": \"Three\"}]");
        file.close();
        QVERIFY(dock->importFile(path, true));
        QTRY_COMPARE(dock->table()->rowCount(), 1);
        RecordQuery q;
        q.range = TimeRange{kStartUs, kStartUs + kDays * kDayUs};
        q.filters = {{LookupField::ClientOwner, QStringLiteral("Three")}};
        m_window->recordsDock()->show(m_window->controller()->store(), q, QStringLiteral("test"));
        RecordsModel *model = m_window->recordsDock()->model();
        QTRY_VERIFY(model->rowCount() > 0 && model->recordAt(0));
        const int column = RecordsModel::FirstOwner + ownerFieldIndex(LookupField::ClientOwner);
        QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("client owner")); // as the Filters dock names it
        QCOMPARE(model->data(model->index(0, column), Qt::DisplayRole).toString(), QStringLiteral("Three"));
        QCOMPARE(model->data(model->index(0, RecordsModel::Client), Qt::DisplayRole).toString(),
                 QStringLiteral("10.0.0.3"));
    }

    void preferencesRefuseANonDatabaseAndTheChosenOnesLabelTheChart()
    {
        const QString asn = m_dir.filePath(QStringLiteral("asn.mmdb"));
        const QString error = mmdb_test::write(asn, QStringLiteral("GeoLite2-ASN"),
                                               {mmdb_test::network("10.0.0.0/30", mmdb_test::asn(64500, "Low Net"))});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString junk = m_dir.filePath(QStringLiteral("junk.mmdb"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64, 'x'));
        file.close();
        OwnerDatabasesDialog dialog({}, m_window.get());
        QVERIFY(!dialog.addDatabase(junk));
        QVERIFY2(dialog.problem().startsWith(junk + QStringLiteral(": not a MaxMind DB file")),
                 qPrintable(dialog.problem()));
        QVERIFY(dialog.paths().isEmpty());
        QVERIFY(dialog.addDatabase(asn));
        QCOMPARE(dialog.paths(), QStringList{asn});
        m_window->controller()->setFilters({});
        seriesAfter([&] { m_window->setOwnerDatabases(dialog.paths()); });
        const QStringList series = seriesAfter([&] { m_window->controller()->setSplit(LookupField::ClientAsn); });
        QCOMPARE(series, (QStringList{QStringLiteral("AS64500"), QStringLiteral("(none)")}));
        QCOMPARE(OwnerDatabasesDialog::load(), QStringList{asn});
        m_window->setOwnerDatabases({});
    }

    void theFiltersDockKeepsOwnerFiltersApartFromTheirSourceField()
    {
        FiltersDock *dock = m_window->filtersDock();
        const QList<FieldFilter> filters = {{LookupField::ClientOwner, QStringLiteral("Bank*")},
                                            {LookupField::ServerCountry, QStringLiteral("RU")},
                                            {LookupField::AnswerOwner, QStringLiteral("CDN*")}};
        dock->setFilters(filters);
        QCOMPARE(dock->editFor(LookupField::ClientOwner)->text(), QStringLiteral("Bank*"));
        QCOMPARE(dock->editFor(LookupField::ServerCountry)->text(), QStringLiteral("RU"));
        QCOMPARE(dock->editFor(LookupField::AnswerOwner)->text(), QStringLiteral("CDN*"));
        QVERIFY(dock->editFor(LookupField::Client)->text().isEmpty());
        QVERIFY(dock->editFor(LookupField::Server)->text().isEmpty());
        QVERIFY(dock->editFor(LookupField::Answer)->text().isEmpty());
        QCOMPARE(dock->filters(), filters);
        dock->setFilters({});
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TstAddressBookUi)
#include "tst_address_book_ui.moc"
