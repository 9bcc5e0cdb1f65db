// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_classifier.h"
#include "lookup_row.h"
#include "value_counter.h"

#include <QByteArray>

#include <array>
#include <functional>
#include <limits>
#include <optional>
#include <span>

// Turns one dataset's lookups, given in time order, into its rollups (the README's
// lookup_rollups and lookup_value_counts): per UTC day and field, the lookups per minute and
// value (RollupCodec), and per field the lookups per value over the whole dataset. Fields are
// the five name columns, proto (LookupFlags::protoId) and kAllField (every lookup, value 0).
// A day whose rollup of a field would not be much smaller than its lookups (more entries than
// a quarter of them, and more than a day has minutes) is given as nullopt: readers count that
// day from the lookups instead. Fed by the import's writer (StoreWriteSession) and by the
// backfill of stores written before rollups (RollupTables::build).
// Not thread-safe. Memory: one day of entries per field (at most kMaxDayEntries each) and
// 16–32 bytes per distinct value of the dataset. Cost: a hash probe per lookup and field.
class RollupBuilder {
public:
    static constexpr int kAllField = LookupClassifier::kAllField; // stored field numbers: see there
    static constexpr int kFields = 7;
    static constexpr qsizetype kMaxDayEntries = qsizetype(1) << 22;

    // A finished day of one field: the blob, or nullopt when the lookups must be read instead.
    using DayFn = std::function<void(int field, qint64 day, const std::optional<QByteArray> &blob)>;
    explicit RollupBuilder(DayFn day);

    // Rows in time order, continuing those given before.
    void add(std::span<const LookupRow> rows);
    // Ends the last day; then totals() holds every value's lookups.
    void finish();
    // Per field, each value's lookups (after finish()).
    const ValueCounter &totals(int field) const { return m_totals[size_t(field)]; }

private:
    void endMinute();
    void endDay();

    DayFn m_dayFn;
    qint64 m_minute = std::numeric_limits<qint64>::min(); // current minute since the epoch
    qint64 m_day = std::numeric_limits<qint64>::min();
    qint64 m_dayLookups = 0;
    qint64 m_minuteLookups = 0;
    std::array<ValueCounter, kFields - 1> m_inMinute; // kAllField needs only m_minuteLookups
    std::array<QByteArray, kFields> m_dayBlob;
    std::array<qsizetype, kFields> m_dayEntries{};
    std::array<int, kFields> m_previousMinute{};
    std::array<ValueCounter, kFields> m_totals;
    std::vector<quint32> m_values, m_counts; // scratch
};
