// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

// How an analysis reports progress: fraction in [0, 1]; returning false cancels, and the
// analysis then returns nothing. Called from the analysis' own thread, a few hundred times
// at most; an empty function means no reporting. The window's callback only reads an
// atomic cancel flag and posts the fraction with a queued signal.
using AnalysisProgress = std::function<bool(double fraction)>;

inline bool reportProgress(const AnalysisProgress &progress, double fraction)
{
    return !progress || progress(fraction);
}
