// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_store.h"

#include <QObject>
#include <QString>

#include <memory>

class BackgroundTask;

// Opens a store off the GUI thread: the connection to a ClickHouse server (schema check, first
// datasets query) can take up to its timeouts, and the window must stay usable meanwhile.
// One attempt at a time, on a BackgroundTask (its own thread, never the shared pool, which a
// hung server would starve); a new attempt or cancel() cancels the running one, whose HTTP
// requests then stop within about a second, and its store, if any, is dropped. opened/failed
// come on the GUI thread for the attempt still current only. Destroying the connector cancels
// and joins the attempt. GUI thread only.
class StoreConnector : public QObject {
    Q_OBJECT
public:
    explicit StoreConnector(QObject *parent = nullptr);
    ~StoreConnector() override;

    // Starts opening location (a path, or a URL with its password); display is the same
    // without the password, for messages and the window. A running attempt is abandoned.
    void open(const QString &location, const QString &display, StoreOpenMode mode);
    void cancel();
    bool isBusy() const;

    // A failure to open display as a message for the user: what failed, and a hint by its kind
    // (nothing listening, a refused user or password, no answer, an unknown host or database).
    static QString explain(const QString &display, const Failure &failure);

signals:
    void opened(const std::shared_ptr<LookupStore> &store, const QString &display);
    // message: explain(display, failure).
    void failed(const QString &display, const Failure &failure, const QString &message);

private:
    BackgroundTask *m_task;
};
