// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A store the window may not change: on a read-only mount (as root: a read-only bind mount in
// the test's own mount namespace, gone when the test ends), or else behind file and folder
// permissions. It opens read-only with a visible note saying why, and every editing action
// says why it is unavailable instead of failing later; the store is left byte for byte as it was.
#include "analysis_dock.h"
#include "burst_panel.h"
#include "datasets_dock.h"
#include "event_dialog.h"
#include "event_layer.h"
#include "event_workbench.h"
#include "events_dock.h"
#include "sqlite_db.h"
#include "ui_test_store.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ui_test;

namespace {
QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex() + ' ' + QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}
} // namespace

class TstReadOnlyStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void opensReadOnlyWithAVisibleNote();
    void everyEditingActionSaysWhyItIsUnavailable();
    void aWritableOpenIsRefusedWithTheReason();

private:
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }

    QTemporaryDir m_dir;
    QString m_source;     // the folder the store was made in
    QString m_storePath;  // the store as the window sees it: read-only
    QString m_reason;     // what the note must say
    bool m_chmod = false; // made read-only by permissions (undone at the end)
    QByteArray m_before;
    std::unique_ptr<MainWindow> m_window;
};

void TstReadOnlyStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests-read-only"));
    m_source = m_dir.filePath(QStringLiteral("source"));
    QVERIFY(QDir().mkpath(m_source));
    const QString made = m_source + QStringLiteral("/ro.dnstl");
    QVERIFY(makeStore(m_dir.path(), made));
    {
        SqliteDb db(made, SqliteDb::Mode::ReadWrite); // fold the WAL in: the file alone is the store
        db.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = WAL;");
    }
    QFile::remove(made + QStringLiteral("-wal"));
    QFile::remove(made + QStringLiteral("-shm"));
    const QString mountPoint = m_dir.filePath(QStringLiteral("mounted"));
    QVERIFY(QDir().mkpath(mountPoint));
    const QByteArray source = QFile::encodeName(m_source), target = QFile::encodeName(mountPoint);
    if (geteuid() == 0 && unshare(CLONE_NEWNS) == 0 &&
        mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
        mount(source.constData(), target.constData(), nullptr, MS_BIND, nullptr) == 0 &&
        mount(nullptr, target.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0) {
        m_storePath = mountPoint + QStringLiteral("/ro.dnstl");
        m_reason = QStringLiteral("ro.dnstl is on a read-only file system");
        qInfo("the store is on a read-only bind mount (in this test's own mount namespace)");
    } else if (geteuid() != 0) {
        QVERIFY(chmod(QFile::encodeName(made).constData(), 0444) == 0);
        QVERIFY(chmod(source.constData(), 0555) == 0);
        m_chmod = true;
        m_storePath = made;
        m_reason = QStringLiteral("ro.dnstl may not be written by you (its file permissions)");
        qInfo("the store and its folder are read-only by their permissions");
    } else {
        QSKIP("root without a mount namespace: neither a read-only mount nor permissions can protect the store");
    }
    m_before = fingerprint(m_storePath);
    QVERIFY(!m_before.isEmpty());
}

void TstReadOnlyStore::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(openAndWait(*m_window, m_storePath));
}

void TstReadOnlyStore::cleanup()
{
    m_window.reset();
    QCOMPARE(fingerprint(m_storePath), m_before); // nothing was written
    QVERIFY(!QFile::exists(m_storePath + QStringLiteral("-wal")));
}

void TstReadOnlyStore::cleanupTestCase()
{
    if (m_chmod) {
        chmod(QFile::encodeName(m_source).constData(), 0755);
        chmod(QFile::encodeName(m_source + QStringLiteral("/ro.dnstl")).constData(), 0644);
    }
}

void TstReadOnlyStore::opensReadOnlyWithAVisibleNote()
{
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(m_reason), qPrintable(note->text()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(read-only)")));
    QCOMPARE(m_window->plot()->table().binCount() > 0, true); // the data shows as usual
    QCOMPARE(m_window->eventWorkbench()->events().size(), 1);
}

void TstReadOnlyStore::everyEditingActionSaysWhyItIsUnavailable()
{
    // Import: off in the menu, its tip saying why; files given anyway are refused, saying why.
    QAction *import = menuAction(*m_window, QStringLiteral("&Import file(s)…"));
    QVERIFY(import);
    QVERIFY(!import->isEnabled());
    QVERIFY2(import->statusTip().contains(m_reason), qPrintable(import->statusTip()));
    m_window->importFiles({m_dir.filePath(QStringLiteral("lookups.csv"))});
    QVERIFY2(statusMessage().contains(QStringLiteral("Nothing can be imported")) && statusMessage().contains(m_reason),
             qPrintable(statusMessage()));

    // Events import: off in the menu, its tip saying why; asked for anyway, it says why.
    QAction *importEvents = menuAction(*m_window, QStringLiteral("Import e&vents…"));
    QVERIFY(importEvents);
    QVERIFY(!importEvents->isEnabled());
    QVERIFY2(importEvents->statusTip().contains(m_reason), qPrintable(importEvents->statusTip()));
    m_window->eventWorkbench()->openImportDialog(m_dir.filePath(QStringLiteral("events.ics")));
    QVERIFY2(statusMessage().contains(QStringLiteral("Events cannot be imported")), qPrintable(statusMessage()));

    // Datasets: Rename and Delete off, with the reason.
    for (QPushButton *b : m_window->datasetsDock()->findChildren<QPushButton *>()) {
        QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
        QVERIFY2(b->toolTip().contains(m_reason), qPrintable(b->toolTip()));
    }

    // Events dock: Add, Edit and Delete off, with the reason; the Delete key says it.
    EventsDock *dock = m_window->eventsDock();
    dock->list()->setCurrentRow(0);
    QVERIFY(dock->selectedId() > 0);
    for (const QString &text : {QStringLiteral("Add…"), QStringLiteral("Edit…"), QStringLiteral("Delete")}) {
        QToolButton *button = nullptr;
        for (QToolButton *b : dock->findChildren<QToolButton *>())
            if (b->text() == text)
                button = b;
        QVERIFY(button);
        QVERIFY2(!button->isEnabled(), qPrintable(text));
        QVERIFY2(button->toolTip().contains(m_reason), qPrintable(button->toolTip()));
    }
    dock->list()->setFocus();
    QTest::keyClick(dock->list(), Qt::Key_Delete);
    QVERIFY2(statusMessage().contains(QStringLiteral("Events cannot be deleted")), qPrintable(statusMessage()));

    // The timeline: Ctrl+click asks for no dialog, a drag moves nothing, a double-click on an
    // event opens nothing; each says why at once.
    TimelinePlot *plot = m_window->plot();
    const QRect area = plot->axisRect()->rect();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::ControlModifier, area.center());
    QVERIFY(!m_window->findChild<EventDialog *>());
    QVERIFY2(statusMessage().contains(QStringLiteral("Events cannot be added")) && statusMessage().contains(m_reason),
             qPrintable(statusMessage()));
    m_window->statusBar()->clearMessage();
    const TimelineEvent e = m_window->eventWorkbench()->events().first();
    const int x = int(std::lround(plot->xAxis->coordToPixel(double(e.startUs) / 1e6)));
    const QPoint from(x, area.bottom() - 20), to(x + 80, from.y());
    QVERIFY(plot->eventLayer()->hitAt(from));
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    QVERIFY2(statusMessage().contains(QStringLiteral("Events cannot be moved")), qPrintable(statusMessage()));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(m_window->eventWorkbench()->events().first().startUs, e.startUs);
    m_window->statusBar()->clearMessage();
    QTest::mouseDClick(plot, Qt::LeftButton, Qt::NoModifier, from);
    QVERIFY(!m_window->findChild<EventDialog *>());
    QVERIFY2(statusMessage().contains(QStringLiteral("Events cannot be edited")), qPrintable(statusMessage()));

    // Analysis: bursts cannot become events.
    BurstPanel *bursts = m_window->analysisDock()->burstPanel();
    QVERIFY(!bursts->acceptButton()->isEnabled());
    QVERIFY2(bursts->acceptButton()->toolTip().contains(m_reason), qPrintable(bursts->acceptButton()->toolTip()));

    // Redaction needs a key this store does not have and cannot keep: said when it is asked for.
    QAction *redact = menuAction(*m_window, QStringLiteral("Redact addresses in exports"));
    QVERIFY(redact);
    redact->setChecked(true);
    QVERIFY(!redact->isChecked());
    QVERIFY2(statusMessage().contains(QStringLiteral("redaction key")), qPrintable(statusMessage()));
}

void TstReadOnlyStore::aWritableOpenIsRefusedWithTheReason()
{
    try {
        openStore(m_storePath, StoreOpenMode::ReadWrite);
        QFAIL("a writable open of a store that cannot be written succeeded");
    } catch (const Failure &failure) {
        QCOMPARE(failure.kind(), Failure::Kind::Refused);
        QVERIFY2(failure.message().contains(m_reason.mid(QStringLiteral("ro.dnstl ").size())),
                 qPrintable(failure.message()));
    }
}

QTEST_MAIN(TstReadOnlyStore)
#include "tst_read_only_store.moc"
