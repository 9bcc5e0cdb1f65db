// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "count_ticker.h"

#include <cmath>

double CountTicker::getTickStep(const QCPRange &range)
{
    return std::max(1.0, std::floor(QCPAxisTicker::getTickStep(range)));
}
