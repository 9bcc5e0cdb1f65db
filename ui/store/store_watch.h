// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class LookupStore;
class TimelineController;
class QWidget;

// Keeps the window's picture of its store current while other programs write to it, and
// brings the view back after the store failed to answer. A store with a change stamp (SQLite:
// PRAGMA data_version, read without waiting for the store) is looked at every kPollMs while
// the window is idle — no query running, no mouse button held, no dialog open —, and a change
// another process committed (an import, a renamed or deleted dataset, an event) reloads the
// datasets, the events and the view through the controller, which keeps the visible range.
// A store without one (ClickHouse) is reloaded when the window becomes active again, at most
// once per kPollMs. After a view failed (a shard away, a lock held too long), the view is
// asked for again every kRetryMs until it comes back, and notice() says so. reloadNow() is
// File → Reload. Owned by the window (Qt parent); GUI thread only; a poll costs microseconds.
class StoreWatch : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 2000;
    static constexpr int kRetryMs = 5000;

    StoreWatch(TimelineController *controller, QWidget *window);

    // The store the window now shows: changes are those committed after this call. Called
    // before the controller first reads it, so that nothing committed in between is missed.
    void watch(const std::shared_ptr<LookupStore> &store);
    void reloadNow();
    // The last view failed and is being tried again.
    bool isRetrying() const { return m_retry.isActive(); }

signals:
    // A sentence for the status bar: a failure and the retry, or a reload after a change.
    void notice(const QString &text, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool idle() const;
    void poll();
    void retry();

    TimelineController *m_controller;
    QWidget *m_window;
    QTimer m_poll;
    QTimer m_retry;
    std::weak_ptr<LookupStore> m_store; // whose stamp m_stamp is
    qint64 m_stamp = -1;
    qint64 m_lastActivationReload = 0; // ms since the epoch
};
