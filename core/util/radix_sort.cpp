// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "radix_sort.h"

#include <algorithm>
#include <array>
#include <bit>
#include <utility>

void RadixSort::sortNonNegative(std::vector<qint64> &values, std::vector<qint64> &scratch)
{
    constexpr int kBits = 11;
    constexpr size_t kBuckets = size_t(1) << kBits;
    constexpr size_t kShortest = 512; // below this std::sort is as quick
    if (values.size() < kShortest) {
        std::sort(values.begin(), values.end());
        return;
    }
    qint64 lowest = 0, highest = 0;
    for (qint64 v : values) {
        lowest = std::min(lowest, v);
        highest = std::max(highest, v);
    }
    if (lowest < 0) {
        std::sort(values.begin(), values.end());
        return;
    }
    const int passes = (std::bit_width(quint64(highest)) + kBits - 1) / kBits;
    scratch.resize(values.size());
    std::array<size_t, kBuckets> count;
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = pass * kBits;
        count.fill(0);
        for (qint64 v : values)
            ++count[size_t(quint64(v) >> shift) & (kBuckets - 1)];
        if (std::find(count.begin(), count.end(), values.size()) != count.end())
            continue; // one digit for all: the order stays
        size_t sum = 0;
        for (size_t &c : count)
            sum += std::exchange(c, sum);
        for (qint64 v : values)
            scratch[count[size_t(quint64(v) >> shift) & (kBuckets - 1)]++] = v;
        values.swap(scratch);
    }
}
