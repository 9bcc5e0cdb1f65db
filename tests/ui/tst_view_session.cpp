// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_store.h"

#include "address_book_dock.h"
#include "event_editor.h"
#include "event_workbench.h"
#include "overview_strip.h"
#include "records_dock.h"
#include "records_model.h"
#include "time_zone_box.h"
#include "view_options_bar.h"
#include "view_session.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>

// The window's ViewSession: the zone and the store are set in one place, and reach every part
// of the window that shows them.
class TstViewSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void zoneSetOnTheSessionReachesEveryReceiver();
    void windowSetTimeZoneSetsTheSessionOnly();
    void invalidZoneIsIgnored();
    void storeOpenedOnTheSessionReachesEveryReceiver();

private:
    static void verifyZoneEverywhere(MainWindow &window, const QTimeZone &zone);

    QTemporaryDir m_dir;
    QString m_storePath;
};

void TstViewSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
    QVERIFY(m_dir.isValid());
    m_storePath = m_dir.filePath(QStringLiteral("session.dnstl"));
    QVERIFY(ui_test::makeStore(m_dir.path(), m_storePath));
}

void TstViewSession::verifyZoneEverywhere(MainWindow &window, const QTimeZone &zone)
{
    QCOMPARE(window.session()->timeZone(), zone);
    QCOMPARE(window.plot()->timeZone(), zone);
    QCOMPARE(window.overview()->timeZone(), zone);
    QCOMPARE(window.controller()->timeZone(), zone);
    QCOMPARE(window.recordsDock()->model()->timeZone(), zone);
    QCOMPARE(window.eventWorkbench()->timeZone(), zone);
    QCOMPARE(window.optionsBar()->zoneBox()->zone(), zone);
    QVERIFY2(window.statusText().contains(QString::fromUtf8(zone.id())), qPrintable(window.statusText()));
}

void TstViewSession::zoneSetOnTheSessionReachesEveryReceiver()
{
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, m_storePath));
    const QTimeZone berlin("Europe/Berlin");
    QSignalSpy changed(window.session(), &ViewSession::timeZoneChanged);
    window.session()->setTimeZone(berlin);
    QCOMPARE(changed.count(), 1);
    verifyZoneEverywhere(window, berlin);
    window.session()->setTimeZone(berlin); // the zone shown: no change, nothing re-read
    QCOMPARE(changed.count(), 1);
}

void TstViewSession::windowSetTimeZoneSetsTheSessionOnly()
{
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, m_storePath));
    const QTimeZone tokyo("Asia/Tokyo");
    window.setTimeZone(tokyo);
    verifyZoneEverywhere(window, tokyo);
    window.setTimeZone(QTimeZone::utc());
    verifyZoneEverywhere(window, QTimeZone::utc());
}

void TstViewSession::invalidZoneIsIgnored()
{
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, m_storePath));
    QSignalSpy changed(window.session(), &ViewSession::timeZoneChanged);
    window.session()->setTimeZone(QTimeZone("Nowhere/Atlantis"));
    QCOMPARE(changed.count(), 0);
    verifyZoneEverywhere(window, QTimeZone::utc());
}

// A second store, read-only, opened on the session of a window showing the first: the watch,
// the event workbench, the address book, the records dock, the analysis dock and the controller
// all take it, and
// the window says it is read-only.
void TstViewSession::storeOpenedOnTheSessionReachesEveryReceiver()
{
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, m_storePath));
    window.drillDown({ui_test::kStartUs, ui_test::kStartUs + ui_test::kDayUs}, -1);
    QTRY_VERIFY(window.recordsDock()->model()->rowCount() > 0);

    const QString copy = m_dir.filePath(QStringLiteral("copy.dnstl"));
    QVERIFY(QFile::copy(m_storePath, copy));
    std::shared_ptr<LookupStore> other = openStore(copy, StoreOpenMode::ReadOnly);
    QVERIFY(other->readOnlyReason());
    ViewState opening;
    opening.range = TimeRange{ui_test::kStartUs + ui_test::kDayUs, ui_test::kStartUs + 2 * ui_test::kDayUs};
    QSignalSpy ready(window.controller(), &TimelineController::tableReady);
    window.session()->open(other, copy, opening);

    QCOMPARE(window.session()->store(), other);
    QCOMPARE(window.storePath(), copy);
    QCOMPARE(window.controller()->store(), other);
    QCOMPARE(window.eventWorkbench()->editor()->store(), other);
    QCOMPARE(window.addressBookDock()->store(), other);
    QCOMPARE(window.recordsDock()->model()->rowCount(), 0); // the first store's lookups are gone
    QVERIFY(ready.wait(10'000));
    QTRY_VERIFY(!window.controller()->isBusy());
    QCOMPARE(window.plot()->visibleRange(), *opening.range);
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("copy.dnstl (read-only)")),
             qPrintable(window.windowTitle()));
    auto *note = window.findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note);
    QVERIFY(note->isVisibleTo(&window));
    QVERIFY(note->text().contains(*other->readOnlyReason()));
    QCOMPARE(window.eventWorkbench()->events().size(), 1); // the copy's event, read after the open
}

QTEST_MAIN(TstViewSession)
#include "tst_view_session.moc"
