// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis_progress.h"

#include <QString>

#include <atomic>

// Ctrl-C and progress for a long command (`stats`): while a CliInterrupt lives, SIGINT sets a
// flag instead of ending the process, so the work stops at its next check (the analyses'
// progress callbacks; the store's passes through a QueryCancelScope on flag()) and the command
// says so and exits 130. progress() prints "label: 42%" on stderr, on one line rewritten, when
// stderr is a terminal or DNSTL_PROGRESS=1 is set. One at a time; the main thread's.
class CliInterrupt {
public:
    static constexpr int kExitCode = 130; // 128 + SIGINT, as shells report it

    explicit CliInterrupt(QString label);
    ~CliInterrupt(); // restores SIGINT's action; ends the progress line
    CliInterrupt(const CliInterrupt &) = delete;
    CliInterrupt &operator=(const CliInterrupt &) = delete;

    const std::atomic<bool> *flag() const;
    bool interrupted() const;
    // Reports the fraction done (when shown); false once interrupted.
    AnalysisProgress progress();
    // The message and exit code of an interrupted command.
    int fail();

private:
    QString m_label;
    bool m_show;
    int m_shown = -1; // percent last printed
};
