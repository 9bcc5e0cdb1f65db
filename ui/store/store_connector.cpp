// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_connector.h"

#include "sqlite_db.h"

#include <QCoreApplication>
#include <QPointer>

#include <thread>

struct StoreConnector::Attempt {
    QPointer<StoreConnector> owner; // read on the GUI thread only
};

StoreConnector::StoreConnector(QObject *parent) : QObject(parent)
{}

StoreConnector::~StoreConnector()
{
    cancel();
}

void StoreConnector::cancel()
{
    if (m_attempt)
        m_attempt->owner.clear();
    m_attempt.reset();
}

void StoreConnector::open(const QString &location, const QString &display, StoreOpenMode mode)
{
    cancel();
    auto attempt = std::make_shared<Attempt>();
    attempt->owner = this;
    m_attempt = attempt;
    std::thread([attempt, location, display, mode] {
        std::shared_ptr<LookupStore> store;
        QString error;
        try {
            store = ::openStore(location, mode);
            store->datasets(); // the first query the window would make
        } catch (const StoreError &e) {
            store.reset();
            error = e.message();
        } catch (const std::exception &e) {
            store.reset();
            error = QString::fromLocal8Bit(e.what());
        }
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(
            app,
            [attempt, store = std::move(store), error, display]() mutable {
                StoreConnector *self = attempt->owner.data();
                if (!self || self->m_attempt != attempt)
                    return; // abandoned: the store, if any, closes here
                self->m_attempt.reset();
                if (store)
                    emit self->opened(store, display);
                else
                    emit self->failed(display, explain(display, error));
            },
            Qt::QueuedConnection);
    }).detach();
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
