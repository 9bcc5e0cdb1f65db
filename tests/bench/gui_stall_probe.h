// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the GUI thread stops answering: a 5 ms timer on it, and for the longest
// gap between two of its ticks, where that time went, from the thread's own scheduler counters
// (/proc/thread-self/schedstat): running on a core (its CPU time), ready but waiting for a core
// (the run queue: other processes' load, not the program's doing), and the rest, asleep while
// it should have ticked (blocked: a mutex, a wait, a sleep). "Own" is the gap without the run
// queue wait: what the program itself held the thread for, the figure the 50 ms budget is
// about; on a quiet machine both are the same.
// Lives on the GUI thread and reads only that thread's counters. Cost: one small file read per tick.
class GuiStallProbe : public QObject {
public:
    struct Gap {
        double wallMs = 0;
        double cpuMs = 0;
        double queuedMs = 0;
        double ownMs() const { return wallMs - queuedMs; }
        double blockedMs() const; // asleep beyond the tick interval
    };

    explicit GuiStallProbe(QObject *parent = nullptr);
    void start();
    void reset(); // forget the gaps so far
    Gap longestWall() const { return m_longestWall; }
    Gap longestOwn() const { return m_longestOwn; }
    static constexpr int kIntervalMs = 5;

private:
    struct Counters {
        qint64 cpuNs = 0;
        qint64 queuedNs = 0;
    };
    static Counters read();
    void tick();

    QTimer m_timer;
    QElapsedTimer m_wall;
    Counters m_last;
    Gap m_longestWall, m_longestOwn;
};
