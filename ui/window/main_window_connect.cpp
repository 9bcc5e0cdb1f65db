// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: opening a clickhouse:// URL (command line, Recent stores) off the GUI thread,
// with a busy bar and Cancel in the status bar; a failure is a message, and the window keeps
// its store.
#include "failure.h"
#include "main_window.h"

#include "clickhouse_url.h"
#include "import_job.h"
#include "store_connector.h"
#include "task_progress.h"

#include <QMessageBox>
#include <QStatusBar>

void MainWindow::connectInBackground(const QString &url)
{
    if (!m_connector) {
        m_connector = new StoreConnector(this);
        connect(m_connector, &StoreConnector::opened, this,
                [this](const std::shared_ptr<LookupStore> &store, const QString &display) {
                    m_task->finish();
                    useStore(store, display);
                    statusBar()->showMessage(tr("Connected to %1").arg(display), 5'000);
                });
        connect(m_connector, &StoreConnector::failed, this,
                [this](const QString &, const Failure &, const QString &message) {
                    m_task->finish();
                    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 15'000);
                    auto *box =
                        new QMessageBox(QMessageBox::Warning, tr("Open store"),
                                        message + tr("\n\nA password is asked in File → Connect to ClickHouse…"),
                                        QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("connectError"));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open(); // not exec(): nothing waits for it
                });
        connect(m_task, &TaskProgress::cancelRequested, m_connector, [this] {
            if (!m_connector->isBusy())
                return;
            m_connector->cancel();
            m_task->finish();
            statusBar()->showMessage(tr("Connecting cancelled"), 5'000);
        });
    }
    QString display = url;
    try {
        display = ClickHouseUrl::parse(url).display();
    } catch (const Failure &) {
        // The connector reports the malformed URL.
    }
    m_task->showProgress(tr("Connecting to %1…").arg(display), -1, true);
    m_connector->open(url, display, StoreOpenMode::ReadWrite);
}

bool MainWindow::importAfterConnecting(const QList<ImportRequest> &requests)
{
    if (!m_connector || !m_connector->isBusy())
        return false;
    // `dnstimeline URL files…`: the files go into the store once it is open (after useStore).
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_connector, &StoreConnector::opened, this, [this, requests, once] {
        disconnect(*once);
        importRequests(requests);
    });
    connect(
        m_connector, &StoreConnector::failed, this, [once] { disconnect(*once); }, Qt::SingleShotConnection);
    return true;
}
