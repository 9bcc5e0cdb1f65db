// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "failure.h"

#include <QObject>
#include <QPointer>

#include <memory>

class BackgroundTask;
class LookupStore;
class TaskProgress;

// Writes the rollups an opened store's older datasets lack (LookupStore::buildRollups) on a
// BackgroundTask, with progress and Cancel in the status bar, and says when views are fast
// (done) so the window can re-bin. Views stay correct meanwhile, only slower; a cancelled
// build starts again the next time the store is opened. Owned by the window; GUI thread only;
// a new store, stop() or its destruction cancels the running build and waits for its rollback
// (short: one dataset's transaction).
class RollupBackfill : public QObject {
    Q_OBJECT
public:
    explicit RollupBackfill(TaskProgress *progress, QObject *parent = nullptr);
    ~RollupBackfill() override;

    // Starts if the store lacks rollups (cancelling a build for another store).
    void startFor(const std::shared_ptr<LookupStore> &store);
    // Cancels a running build and waits for its rollback (before an import writes).
    void stop();
    bool isRunning() const;

signals:
    void done();
    // A failure other than a cancel (a read-only file, a full disk).
    void failed(const Failure &failure);

private:
    QPointer<TaskProgress> m_progress;
    BackgroundTask *m_task;
};
