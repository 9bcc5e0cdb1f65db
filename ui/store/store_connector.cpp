// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_connector.h"

#include "background_task.h"

StoreConnector::StoreConnector(QObject *parent)
    : QObject(parent), m_task(new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this))
{}

StoreConnector::~StoreConnector() = default; // the task, a child, cancels and joins the attempt

void StoreConnector::cancel()
{
    m_task->cancel();
}

bool StoreConnector::isBusy() const
{
    return m_task->isBusy();
}

void StoreConnector::open(const QString &location, const QString &display, StoreOpenMode mode)
{
    m_task->run(
        [location, mode](const CancelToken &) {
            std::shared_ptr<LookupStore> store = ::openStore(location, mode);
            store->datasets(); // the first query the window would make
            return store;
        },
        [this, display](const std::shared_ptr<LookupStore> &store) { emit opened(store, display); },
        [this, display](const Failure &failure) { emit failed(display, explain(display, failure.message())); });
}

QString StoreConnector::explain(const QString &display, const QString &error)
{
    QString hint;
    if (error.contains(QLatin1String("Couldn't connect"), Qt::CaseInsensitive) ||
        error.contains(QLatin1String("Connection refused"), Qt::CaseInsensitive))
        hint = tr("Nothing answers at that address: is the server running, and is the port its HTTP port "
                  "(8123 by default, not the native 9000)?");
    else if (error.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
             error.contains(QLatin1String("Authentication"), Qt::CaseInsensitive) ||
             error.contains(QLatin1String("Code: 192")) || error.contains(QLatin1String("Code: 193")))
        hint = tr("The server refused the user or password.");
    else if (error.contains(QLatin1String("no answer within")) ||
             error.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
        hint = tr("The server did not answer in time: check the address, or add ?timeout=SECONDS to the URL.");
    else if (error.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
        hint = tr("The host name is not known.");
    const QString head = tr("Could not open %1.").arg(display);
    return hint.isEmpty() ? head + QLatin1Char('\n') + error
                          : head + QLatin1Char('\n') + hint + QLatin1Char('\n') + error;
}
