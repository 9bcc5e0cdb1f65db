// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_runner.h"

#include <QPointer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>

AnalysisRunner::AnalysisRunner(QObject *parent) : QObject(parent)
{
    // A job ended (delivered, failed, or dropped when cancelled): the next one, or idle.
    connect(&m_task, &BackgroundTask::busyChanged, this, [this](bool busy) {
        if (busy)
            return;
        m_runningKey.clear();
        if (m_queue.isEmpty())
            emit idle();
        else
            runNext();
    });
}

AnalysisRunner::~AnalysisRunner() = default;

bool AnalysisRunner::isBusy() const
{
    return m_task.isBusy() || !m_queue.isEmpty();
}

void AnalysisRunner::submit(const QString &key, const QString &label, Work work)
{
    m_queue.removeIf([&](const Job &j) { return j.key == key; });
    m_queue.append({key, label, std::move(work)});
    if (m_task.isBusy() && m_runningKey == key)
        m_task.cancel(); // busyChanged(false) then runs the next job
    else
        runNext();
}

void AnalysisRunner::cancel()
{
    const bool running = m_task.isBusy() && !m_runningKey.isEmpty();
    m_queue.clear();
    m_task.cancel();
    if (running)
        emit cancelled(m_runningLabel);
}

void AnalysisRunner::runNext()
{
    m_task.runWhenFree([this]() -> BackgroundTask::Request {
        if (m_queue.isEmpty())
            return {};
        Job job = m_queue.takeFirst();
        m_runningKey = job.key;
        m_runningLabel = job.label;
        emit progress(job.label, 0);
        return BackgroundTask::request(
            [self = QPointer<AnalysisRunner>(this), label = job.label,
             work = std::move(job.work)](const CancelToken &token) -> Apply {
                // Posted at most once per permille step, from the worker.
                auto lastPosted = std::make_shared<std::atomic<int>>(-1);
                const AnalysisProgress report = [self, token, label, lastPosted](double fraction) {
                    const int permille = int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000));
                    if (lastPosted->exchange(permille) != permille && !token.isCancelled())
                        QMetaObject::invokeMethod(
                            self.data(),
                            [self, label, permille] {
                                if (self)
                                    emit self->progress(label, permille);
                            },
                            Qt::QueuedConnection);
                    return !token.isCancelled();
                };
                return token.isCancelled() ? Apply{} : work(report);
            },
            [](const Apply &apply) {
                if (apply)
                    apply();
            },
            [this, label = job.label](const Failure &failure) { emit failed(label, failure); });
    });
}
