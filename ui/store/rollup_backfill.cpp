// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup_backfill.h"

#include "background_task.h"
#include "failure_notice.h"
#include "lookup_store.h"
#include "task_progress.h"

RollupBackfill::RollupBackfill(TaskProgress *progress, QObject *parent)
    : QObject(parent), m_progress(progress), m_task(new BackgroundTask(BackgroundTask::Overlap::CancelRunning, this))
{
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        if (m_task->isBusy())
            stop();
    });
}

RollupBackfill::~RollupBackfill()
{
    m_task->cancel();
    m_task->join();
}

bool RollupBackfill::isRunning() const
{
    return m_task->isBusy();
}

void RollupBackfill::stop()
{
    const bool wasRunning = m_task->isBusy();
    m_task->cancel();
    m_task->join();
    if (wasRunning && m_progress)
        m_progress->finish();
}

void RollupBackfill::startFor(const std::shared_ptr<LookupStore> &store)
{
    stop();
    if (!store || store->datasetsWithoutRollups().isEmpty())
        return;
    const QString text = tr("Indexing older datasets for fast views…");
    m_progress->showProgress(text, 0, true);
    m_task->run(
        [this, store, text](const CancelToken &token) {
            store->buildRollups([this, text, token](double fraction) {
                QMetaObject::invokeMethod(
                    this,
                    [this, text, fraction, token] {
                        if (m_progress && !token.isCancelled())
                            m_progress->showProgress(text, int(fraction * 1000), true);
                    },
                    Qt::QueuedConnection);
                return !token.isCancelled();
            });
        },
        [this] {
            if (m_progress)
                m_progress->finish();
            emit done();
        },
        [this](const Failure &failure) {
            if (m_progress)
                m_progress->finish();
            if (!FailureNotice::isQuiet(failure))
                emit failed(failure);
        });
}
