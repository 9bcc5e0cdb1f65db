// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"
#include "background_task.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

// Runs the window's analyses off the GUI thread, one at a time (the machine's cores are
// for the timeline first), on a BackgroundTask. A job is work done on the worker that returns
// what to apply on the GUI thread (a closure updating a panel), or an empty function when
// cancelled. A job submitted under a key replaces that key's queued job and cancels its
// running one (whose result is dropped), so a burst of view changes costs one run per
// analysis. Progress is the running job's label and fraction; cancel() stops the running job
// (cancelled() names it) and drops the queue. GUI thread only; the workers only read the task's cancel token and
// post the fraction with a queued call.
class AnalysisRunner : public QObject {
    Q_OBJECT
public:
    using Apply = std::function<void()>;
    // May throw Failure (or std::exception): the message is reported through failed().
    using Work = std::function<Apply(const AnalysisProgress &progress)>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void submit(const QString &key, const QString &label, Work work);
    void cancel();
    bool isBusy() const;

signals:
    void progress(const QString &label, int permille);
    void idle();
    void failed(const QString &label, const Failure &failure);
    void cancelled(const QString &label); // by cancel(), while it ran

private:
    struct Job {
        QString key, label;
        Work work;
    };
    void runNext();

    QList<Job> m_queue;
    QString m_runningKey; // empty when none runs
    QString m_runningLabel;
    // Last: destroyed first, it cancels and joins the running job while this object is whole.
    BackgroundTask m_task{BackgroundTask::Overlap::FinishRunning, this};
};
