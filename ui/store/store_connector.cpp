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
        [this, display](const Failure &failure) { emit failed(display, failure, explain(display, failure)); });
}

QString StoreConnector::explain(const QString &display, const Failure &failure)
{
    QString hint;
    switch (failure.kind()) {
    case Failure::Kind::Unreachable:
        hint = tr("Nothing answers at that address: is the server running, and is the port its HTTP port "
                  "(8123 by default, not the native 9000)?");
        break;
    case Failure::Kind::Refused:
        hint = tr("The server refused the user or password.");
        break;
    case Failure::Kind::TimedOut:
        hint = tr("The server did not answer in time: check the address, or add ?timeout=SECONDS to the URL.");
        break;
    case Failure::Kind::NotFound:
        hint = tr("The host name, the database or the cluster of the URL is not known there.");
        break;
    default:
        break;
    }
    const QString head = tr("Could not open %1.").arg(display);
    return hint.isEmpty() ? head + QLatin1Char('\n') + failure.message()
                          : head + QLatin1Char('\n') + hint + QLatin1Char('\n') + failure.message();
}
