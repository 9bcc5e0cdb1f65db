// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "radix_sort.h"

#include <algorithm>
#include <array>
#include <bit>
#include <type_traits>
#include <utility>

namespace {

constexpr int kBits = 11;
constexpr size_t kBuckets = size_t(1) << kBits;
constexpr size_t kShortest = 512; // below this std::sort is as quick

// values: from 0 to highest. The counts of every digit are taken in one read.
template<typename T>
void sortDigits(std::vector<T> &values, std::vector<T> &scratch, std::make_unsigned_t<T> highest)
{
    using U = std::make_unsigned_t<T>;
    constexpr int kMaxPasses = (int(sizeof(T)) * 8 + kBits - 1) / kBits;
    const int passes = (std::bit_width(highest) + kBits - 1) / kBits;
    std::array<std::array<size_t, kBuckets>, kMaxPasses> count{};
    for (T v : values) {
        for (int pass = 0; pass < passes; ++pass)
            ++count[size_t(pass)][size_t(U(v) >> (pass * kBits)) & (kBuckets - 1)];
    }
    scratch.resize(values.size());
    for (int pass = 0; pass < passes; ++pass) {
        std::array<size_t, kBuckets> &at = count[size_t(pass)];
        if (std::find(at.begin(), at.end(), values.size()) != at.end())
            continue; // one digit for all: the order stays
        size_t sum = 0;
        for (size_t &c : at)
            sum += std::exchange(c, sum);
        const int shift = pass * kBits;
        for (T v : values)
            scratch[at[size_t(U(v) >> shift) & (kBuckets - 1)]++] = v;
        values.swap(scratch);
    }
}

} // namespace

void RadixSort::sortNonNegative(std::vector<qint64> &values, std::vector<qint64> &scratch)
{
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
    sortDigits(values, scratch, quint64(highest));
}

void RadixSort::sortUnsigned(std::vector<quint32> &values, std::vector<quint32> &scratch)
{
    if (values.size() < kShortest) {
        std::sort(values.begin(), values.end());
        return;
    }
    sortDigits(values, scratch, *std::max_element(values.begin(), values.end()));
}
