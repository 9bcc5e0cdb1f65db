// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_runner.h"

#include "query_cancel_scope.h"
#include "sqlite_db.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <exception>

AnalysisRunner::AnalysisRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisRunner::onFinished);
}

AnalysisRunner::~AnalysisRunner()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void AnalysisRunner::submit(const QString &key, const QString &label, Work work)
{
    m_queue.removeIf([&](const Job &j) { return j.key == key; });
    m_queue.append({key, label, std::move(work)});
    if (m_running && m_runningKey == key && m_cancel)
        *m_cancel = true;
    if (!m_running)
        launch();
}

void AnalysisRunner::cancel()
{
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
}

void AnalysisRunner::launch()
{
    if (m_queue.isEmpty()) {
        emit idle();
        return;
    }
    Job job = m_queue.takeFirst();
    m_running = true;
    m_runningKey = job.key;
    m_runningLabel = job.label;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    emit progress(job.label, 0);
    QPointer<AnalysisRunner> self(this);
    const auto cancel = m_cancel;
    const QString label = job.label;
    // Posted at most once per permille step, from the worker.
    auto lastPosted = std::make_shared<std::atomic<int>>(-1);
    const AnalysisProgress report = [self, cancel, label, lastPosted](double fraction) {
        const int permille = int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000));
        if (lastPosted->exchange(permille) != permille && self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, label, permille] {
                    if (self)
                        emit self->progress(label, permille);
                },
                Qt::QueuedConnection);
        return !*cancel;
    };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(job.work), report, cancel]() -> Outcome {
        Outcome out;
        try {
            const QueryCancelScope remote(cancel.get()); // Cancel kills a ClickHouse query on the server too
            if (!*cancel)
                out.apply = work(report);
        } catch (const StoreError &e) {
            out.error = e.message();
        } catch (const std::exception &e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        if (*cancel)
            out.apply = {};
        return out;
    }));
}

void AnalysisRunner::onFinished()
{
    m_running = false;
    const Outcome out = m_watcher.result();
    if (!out.error.isEmpty())
        emit failed(m_runningLabel, out.error);
    else if (out.apply)
        out.apply();
    m_runningKey.clear();
    launch();
}
