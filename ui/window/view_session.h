// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "view_state.h"

#include <QObject>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

class LookupStore;

// What the window shows as a whole: the open store (with its path or displayed URL, the
// name in the title, and why it cannot be changed, if it cannot) and the time zone every
// date is shown in. The widgets are bound to it once (MainWindow::wire) and follow its
// signals; the window only sets it. Who owns the rest of the view: the TimelineController
// owns the datasets shown, the range, the filters, the split and the bin width (the session
// hands it the datasets and range a store opens with, and no more); the plot owns the look.
// Shares the store with its receivers, which call it on worker threads; the session itself
// is GUI-thread only. Setting it costs what its receivers do (a re-read of the view).
class ViewSession : public QObject {
    Q_OBJECT
public:
    explicit ViewSession(QObject *parent = nullptr);

    std::shared_ptr<LookupStore> store() const { return m_store; }
    // The store's file path, or its clickhouse:// URL as displayed (no password); empty: none.
    QString path() const { return m_path; }
    // The file name, or the whole URL of a ClickHouse store.
    QString displayName() const;
    // Set: the store is read-only, for this reason ("the file is read-only", …).
    std::optional<QString> readOnlyReason() const { return m_readOnlyReason; }
    QTimeZone timeZone() const { return m_zone; }

    // Shows store (not null) from now on; opening is the view it opens with (its last one).
    void open(std::shared_ptr<LookupStore> store, const QString &path, const ViewState &opening);
    // An invalid zone is ignored; setting the zone shown is not a change.
    void setTimeZone(const QTimeZone &zone);

signals:
    // The receivers are called in the order they were connected: the store watch first, so
    // that it sees every change committed after the store was opened.
    void storeOpened(const std::shared_ptr<LookupStore> &store, const ViewState &opening);
    void timeZoneChanged(const QTimeZone &zone);

private:
    std::shared_ptr<LookupStore> m_store;
    QString m_path;
    std::optional<QString> m_readOnlyReason;
    QTimeZone m_zone = QTimeZone::utc();
};
