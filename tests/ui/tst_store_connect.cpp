// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connecting to a ClickHouse server runs off the GUI thread (StoreConnector): with nothing
// listening, or a server that never answers, the window and the Connect dialog keep
// repainting (a QTimer keeps firing), Cancel abandons the attempt, and the failure is shown
// as a clear message while the window keeps its store. (A successful connection to the test
// cluster: tests/clickhouse/tst_clickhouse_connect.)
#include "clickhouse_connect_dialog.h"
#include "main_window.h"
#include "store_connector.h"
#include "ui_test_store.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// A loopback TCP socket bound to a free port; listening (the kernel completes connections
// but nobody ever answers) or not (connections are refused).
class LoopbackPort {
public:
    explicit LoopbackPort(bool listen)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof a;
        if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), size) == 0 &&
            ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &size) == 0)
            m_port = ntohs(a.sin_port);
        if (listen && m_port)
            ::listen(m_fd, 8);
    }
    ~LoopbackPort() { ::close(m_fd); }
    int port() const { return m_port; }
    QString url(const QString &query = {}) const
    {
        return QStringLiteral("clickhouse://127.0.0.1:%1/dnstl%2").arg(m_port).arg(query);
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

// Counts QTimer ticks: a GUI thread blocked in a connect would not tick.
struct Ticker {
    QTimer timer;
    int ticks = 0;
    Ticker()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
        timer.start(10);
    }
};

QPushButton *connectButton(ClickHouseConnectDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TstStoreConnect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogReportsNothingListening();
    void dialogStaysResponsiveAndCancels();
    void dialogReportsATimeout();
    void windowStaysUsableWhenAUrlFails();

private:
    QTemporaryDir m_dir;
};

void TstStoreConnect::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline-tests"));
    QVERIFY(m_dir.isValid());
}

void TstStoreConnect::dialogReportsNothingListening()
{
    LoopbackPort closed(false);
    QVERIFY(closed.port() > 0);
    ClickHouseConnectDialog dialog;
    dialog.setUrl(closed.url());
    dialog.show();
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isConnecting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 10'000);
    QVERIFY2(dialog.errorText().contains(QLatin1String("Nothing answers")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QString::number(closed.port())));
    QVERIFY(dialog.isVisible()); // open for another try
    QVERIFY(!dialog.store());
    QVERIFY(connectButton(dialog)->isEnabled());
}

void TstStoreConnect::dialogStaysResponsiveAndCancels()
{
    LoopbackPort silent(true);
    ClickHouseConnectDialog dialog;
    dialog.setUrl(silent.url(QStringLiteral("?timeout=30")));
    dialog.show();
    Ticker ticker;
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QVERIFY(!connectButton(dialog)->isEnabled());
    QTest::qWait(800);
    QVERIFY(dialog.isConnecting());                                          // the server never answers
    QVERIFY2(ticker.ticks >= 20, qPrintable(QString::number(ticker.ticks))); // ~80 if never blocked
    dialog.reject(); // Cancel while connecting abandons the attempt only
    QVERIFY(!dialog.isConnecting());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorText(), QStringLiteral("Cancelled."));
    QVERIFY(connectButton(dialog)->isEnabled());
    QVERIFY(clock.elapsed() < 5'000);
    dialog.reject(); // a second Cancel closes
    QVERIFY(!dialog.isVisible());
}

void TstStoreConnect::dialogReportsATimeout()
{
    LoopbackPort silent(true);
    ClickHouseConnectDialog dialog;
    dialog.setUrl(silent.url(QStringLiteral("?timeout=1")));
    dialog.show();
    Ticker ticker;
    QTest::mouseClick(connectButton(dialog), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 15'000);
    QVERIFY2(dialog.errorText().contains(QLatin1String("did not answer in time")), qPrintable(dialog.errorText()));
    QVERIFY(ticker.ticks >= 100); // about 3 s of 10 ms ticks
}

void TstStoreConnect::windowStaysUsableWhenAUrlFails()
{
    const QString storePath = m_dir.filePath(QStringLiteral("kept.dnstl"));
    QVERIFY(ui_test::makeStore(m_dir.path(), storePath));
    MainWindow window;
    QVERIFY(ui_test::openAndWait(window, storePath));
    LoopbackPort silent(true);
    Ticker ticker;
    QVERIFY_THROWS_NO_EXCEPTION(window.openStore(silent.url(QStringLiteral("?timeout=1")))); // started, not done
    QTest::qWait(500);
    QVERIFY(ticker.ticks >= 15);
    QCOMPARE(window.storePath(), storePath);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window.findChild<QMessageBox *>(QStringLiteral("connectError"))) && box->isVisible(), 15'000);
    QVERIFY2(box->text().contains(QLatin1String("did not answer in time")), qPrintable(box->text()));
    QCOMPARE(window.storePath(), storePath); // the window kept its store
    box->accept();
    // And a refused connection, from the same window.
    LoopbackPort closed(false);
    QVERIFY_THROWS_NO_EXCEPTION(window.openStore(closed.url()));
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window.findChild<QMessageBox *>(QStringLiteral("connectError"))) && box->isVisible(), 10'000);
    QVERIFY2(box->text().contains(QLatin1String("Nothing answers")), qPrintable(box->text()));
    QCOMPARE(window.storePath(), storePath);
    QVERIFY(window.plot()->table().binCount() > 0);
}

QTEST_MAIN(TstStoreConnect)
#include "tst_store_connect.moc"
