// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

// Sorts non-negative 64-bit or unsigned 32-bit integers ascending, as std::sort would, by
// least-significant-digit radix passes of 11 bits, as many as the largest value needs (three
// below 2^33: gaps under 2.4 hours in µs), the counts of every pass taken in one read; short
// arrays by std::sort. For sorting millions of time gaps.
// Stateless; thread-safe on distinct arrays. Cost: O(n × passes), n values of scratch (kept by
// the caller between calls) and 16 KB of counts per pass on the stack.
namespace RadixSort {
// values: all ≥ 0 (negative values are sorted by std::sort instead).
void sortNonNegative(std::vector<qint64> &values, std::vector<qint64> &scratch);
void sortUnsigned(std::vector<quint32> &values, std::vector<quint32> &scratch);
} // namespace RadixSort
