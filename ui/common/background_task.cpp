// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "background_task.h"

#include "query_cancel_scope.h"

#include <exception>

BackgroundTask::BackgroundTask(Overlap overlap, QObject *parent) : QObject(parent), m_overlap(overlap)
{
    m_pool.setMaxThreadCount(1);
}

BackgroundTask::~BackgroundTask()
{
    // cancel() without its busyChanged: the owner may be half destroyed.
    m_waiting = {};
    if (m_running)
        m_runningToken.cancel();
    m_pool.waitForDone();
    // A result posted meanwhile is discarded with this object.
}

void BackgroundTask::runWhenFree(std::function<Request()> prepare)
{
    m_waiting = std::move(prepare);
    if (m_running && m_overlap == Overlap::CancelRunning && m_runningGeneration == m_generation) {
        ++m_generation;
        m_runningToken.cancel();
    }
    launch();
    updateBusy();
}

void BackgroundTask::cancel()
{
    m_waiting = {};
    if (m_running && m_runningGeneration == m_generation) {
        ++m_generation;
        m_runningToken.cancel();
    }
    updateBusy();
}

void BackgroundTask::interrupt()
{
    if (m_running)
        m_runningToken.cancel();
}

void BackgroundTask::join()
{
    m_pool.waitForDone();
}

void BackgroundTask::joinAll(QObject *root)
{
    const QList<BackgroundTask *> tasks = root->findChildren<BackgroundTask *>();
    for (BackgroundTask *task : tasks)
        task->cancel();
    for (BackgroundTask *task : tasks)
        task->join();
}

void BackgroundTask::launch()
{
    while (!m_running && m_waiting) {
        const Request request = std::exchange(m_waiting, {})();
        if (!request.work)
            continue;
        m_running = true;
        m_runningGeneration = m_generation;
        m_runningToken = CancelToken();
        m_runningFailed = request.failed;
        const quint64 generation = m_generation;
        // The task outlives the runnable (the destructor joins), so the post to it is safe.
        m_pool.start([this, work = request.work, token = m_runningToken, generation]() mutable {
            Outcome outcome;
            try {
                const QueryCancelScope remote(token.flag());
                outcome.delivery = work(token);
            } catch (const Failure &f) {
                outcome.failure = f;
            } catch (const std::exception &e) {
                outcome.failure = Failure(Failure::Kind::Io, QString::fromLocal8Bit(e.what()));
            }
            work = {}; // what it captured goes on the worker, not the GUI thread
            QMetaObject::invokeMethod(
                this,
                [this, generation, outcome = std::move(outcome)]() mutable { finish(generation, std::move(outcome)); },
                Qt::QueuedConnection);
        });
    }
}

void BackgroundTask::finish(quint64 generation, Outcome outcome)
{
    const bool current = generation == m_generation;
    const FailedFn failed = std::exchange(m_runningFailed, {});
    m_running = false;
    if (current) {
        if (outcome.failure) {
            if (failed)
                failed(*outcome.failure);
        } else if (outcome.delivery) {
            outcome.delivery();
        }
    }
    launch(); // unless the delivery already made (and so started) a newer request
    updateBusy();
}

void BackgroundTask::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}
