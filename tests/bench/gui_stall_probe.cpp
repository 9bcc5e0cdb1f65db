// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_stall_probe.h"

#include <algorithm>
#include <cstdio>

double GuiStallProbe::Gap::blockedMs() const
{
    return std::max(0.0, wallMs - cpuMs - queuedMs - kIntervalMs);
}

GuiStallProbe::GuiStallProbe(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GuiStallProbe::tick);
}

GuiStallProbe::Counters GuiStallProbe::read()
{
    // "<ns on a core> <ns waiting on the run queue> <timeslices>"
    Counters c;
    if (FILE *f = std::fopen("/proc/thread-self/schedstat", "r")) {
        long long cpu = 0, queued = 0;
        if (std::fscanf(f, "%lld %lld", &cpu, &queued) == 2)
            c = {cpu, queued};
        std::fclose(f);
    }
    return c;
}

void GuiStallProbe::start()
{
    reset();
    m_timer.start();
}

void GuiStallProbe::reset()
{
    m_longestWall = m_longestOwn = Gap{};
    m_last = read();
    m_wall.start();
}

void GuiStallProbe::tick()
{
    const Counters now = read();
    Gap gap;
    gap.wallMs = double(m_wall.nsecsElapsed()) / 1e6;
    gap.cpuMs = double(now.cpuNs - m_last.cpuNs) / 1e6;
    gap.queuedMs = double(now.queuedNs - m_last.queuedNs) / 1e6;
    m_wall.start();
    m_last = now;
    if (gap.wallMs > m_longestWall.wallMs)
        m_longestWall = gap;
    if (gap.ownMs() > m_longestOwn.ownMs())
        m_longestOwn = gap;
}
