// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_interrupt.h"

#include "cli_support.h"

#include <QtGlobal>

#include <csignal>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace {

std::atomic<bool> g_interrupted{false};
struct sigaction g_previous;

void onInterrupt(int)
{
    g_interrupted.store(true, std::memory_order_relaxed);
}

} // namespace

CliInterrupt::CliInterrupt(QString label)
    : m_label(std::move(label)), m_show(isatty(STDERR_FILENO) || qEnvironmentVariableIntValue("DNSTL_PROGRESS") == 1)
{
    g_interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &g_previous);
}

CliInterrupt::~CliInterrupt()
{
    sigaction(SIGINT, &g_previous, nullptr);
    if (m_shown >= 0)
        fputc('\n', stderr);
}

const std::atomic<bool> *CliInterrupt::flag() const
{
    return &g_interrupted;
}

bool CliInterrupt::interrupted() const
{
    return g_interrupted.load(std::memory_order_relaxed);
}

AnalysisProgress CliInterrupt::progress()
{
    return [this](double fraction) {
        const int percent = int(qBound(0.0, fraction, 1.0) * 100);
        if (m_show && percent != m_shown) {
            m_shown = percent;
            fprintf(stderr, "\r%s: %d%%", qPrintable(m_label), percent);
            fflush(stderr);
        }
        return !interrupted();
    };
}

int CliInterrupt::fail()
{
    if (std::exchange(m_shown, -1) >= 0)
        fputc('\n', stderr);
    CliSupport::fail(QStringLiteral("%1 interrupted (Ctrl-C); nothing was printed").arg(m_label));
    return kExitCode;
}
