// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class LookupStore;
class TaskProgress;

// Writes the rollups an opened store's older datasets lack (LookupStore::buildRollups) on a
// worker thread, with progress and Cancel in the status bar, and says when views are fast
// (done) so the window can re-bin. Views stay correct meanwhile, only slower; a cancelled
// build starts again the next time the store is opened. The progress callback only reads an
// atomic cancel flag and emits a queued signal. Owned by the window; GUI thread only; a new
// store or its destruction cancels the running build and waits for its rollback (short).
class RollupBackfill : public QObject {
    Q_OBJECT
public:
    RollupBackfill(TaskProgress *progress, QObject *parent = nullptr);
    ~RollupBackfill() override;

    // Starts if the store lacks rollups (cancelling a build for another store).
    void startFor(const std::shared_ptr<LookupStore> &store);
    // Cancels a running build and waits for its rollback (before an import writes).
    void stop();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void done();
    // A failure other than a cancel (a read-only file, a full disk).
    void failed(const QString &message);

private:
    TaskProgress *m_progress;
    std::shared_ptr<LookupStore> m_store;
    std::atomic<bool> m_cancel = false;
    QFutureWatcher<QString> m_watcher; // the failure, empty if none
};
