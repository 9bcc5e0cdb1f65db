// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cancel_token.h"
#include "failure.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

// The one way the window works off the GUI thread: "the latest request wins". A request is
// work run on this task's own worker thread with a CancelToken, then its result handed to a
// callback on the GUI thread, or the Failure it threw to another. One request runs at a time;
// of those made meanwhile only the newest waits, the older are dropped unrun. What happens to
// the running one when a newer comes is the task's Overlap. A result whose request was
// cancelled or overtaken is dropped, never delivered. While work runs, a QueryCancelScope ties
// its store queries to the token, so cancelling also stops a ClickHouse query on the server.
// No detached threads: destroying the task cancels and joins its work, and joinAll() does that
// for every task under a window being closed. GUI thread only (the work runs on the worker and
// must capture what it reads by value). Cost: a thread per task while it has work (idle
// threads end after 30 s), one queued call per result.
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    enum class Overlap {
        CancelRunning, // a newer request cancels the running one (a refresh, a preview, connecting)
        FinishRunning, // the running one finishes and is delivered (each table of a dragged view shows)
    };
    using Delivery = std::function<void()>; // runs on the GUI thread
    using FailedFn = std::function<void(const Failure &)>;
    // A request: work (on the worker) that returns what to deliver on the GUI thread, and what
    // to call with the Failure it throws (another exception becomes Failure::Kind::Io).
    struct Request {
        std::function<Delivery(const CancelToken &)> work; // empty: nothing to do
        FailedFn failed;
    };

    explicit BackgroundTask(Overlap overlap, QObject *parent = nullptr);
    ~BackgroundTask() override; // cancels, then joins

    // A request running work(token) on the worker and done(result) on the GUI thread (done()
    // when work returns void).
    template<typename Work, typename Done>
    static Request request(Work work, Done done, FailedFn failed = {});

    template<typename Work, typename Done>
    void run(Work work, Done done, FailedFn failed = {})
    {
        runWhenFree([r = request(std::move(work), std::move(done), std::move(failed))] { return r; });
    }
    // The request is made only when the worker is free: prepare() runs on the GUI thread right
    // before it starts and returns it (or a Request without work: nothing to do), so requests
    // made while one runs fold into one made from the state of that moment.
    void runWhenFree(std::function<Request()> prepare);

    // Cancels the running request (its result is dropped) and drops the waiting one.
    void cancel();
    // Asks the running request to stop early, through its token; what it returns (or throws)
    // is still delivered (an import batch reports the files it did).
    void interrupt();
    // Waits until the worker is idle; a result it leaves is delivered by the event loop later.
    void join();
    // Cancels and joins every BackgroundTask among root's descendants (a window being closed).
    static void joinAll(QObject *root);

    // A current request runs or waits, or its result has not been delivered yet (while it is
    // being delivered, no longer; busyChanged(false) comes after the delivery).
    bool isBusy() const { return (m_running && m_runningGeneration == m_generation) || m_waiting; }
    // A newer request waits for the running one.
    bool hasWaiting() const { return bool(m_waiting); }

signals:
    void busyChanged(bool busy);

private:
    struct Outcome {
        Delivery delivery;
        std::optional<Failure> failure;
    };
    void launch();
    void finish(quint64 generation, Outcome outcome);
    void updateBusy();

    Overlap m_overlap;
    quint64 m_generation = 0; // bumped by cancel(): results of older generations are stale
    bool m_running = false;
    quint64 m_runningGeneration = 0;
    CancelToken m_runningToken;
    FailedFn m_runningFailed;
    std::function<Request()> m_waiting;
    bool m_busy = false; // as last signalled
    QThreadPool m_pool;  // one thread: never the shared pool, which a hung server would starve
};

template<typename Work, typename Done>
BackgroundTask::Request BackgroundTask::request(Work work, Done done, FailedFn failed)
{
    using Result = std::invoke_result_t<Work &, const CancelToken &>;
    Request r;
    r.failed = std::move(failed);
    r.work = [work = std::move(work), done = std::move(done)](const CancelToken &token) mutable -> Delivery {
        if constexpr (std::is_void_v<Result>) {
            work(token);
            return [done]() mutable { done(); };
        } else {
            return [done, result = work(token)]() mutable { done(std::move(result)); };
        }
    };
    return r;
}
