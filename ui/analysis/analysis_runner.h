// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

// Runs the window's analyses off the GUI thread, one at a time (the machine's cores are
// for the timeline first). A job is work done on a worker thread that returns what to apply
// on the GUI thread (a closure updating a panel), or an empty function when cancelled.
// A job submitted under a key replaces that key's queued job and cancels its running one, so
// a burst of view changes costs one run per analysis. Progress is the running job's label and
// fraction; cancel() stops the running job and drops the queue. GUI thread only; the workers
// only read an atomic flag and post the fraction with a queued call.
class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    using Apply = std::function<void()>;
    // May throw StoreError / std::exception: the message is reported through failed().
    using Work = std::function<Apply(const AnalysisProgress &progress)>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void submit(const QString &key, const QString &label, Work work);
    void cancel();
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }

signals:
    void progress(const QString &label, int permille);
    void idle();
    void failed(const QString &label, const QString &message);

private:
    struct Job {
        QString key, label;
        Work work;
    };
    struct Outcome {
        Apply apply;
        QString error;
    };
    void launch();
    void onFinished();

    QList<Job> m_queue;
    // Until onFinished: QFutureWatcher::isRunning() turns false before its finished signal
    // arrives, and a new setFuture() then would drop that signal with the job's result.
    bool m_running = false;
    QString m_runningKey, m_runningLabel;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
};
