// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The unit of a plain number read as a time since the Unix epoch; Auto guesses it from the
// number's size (TimestampParser explains how).
enum class EpochUnit { Auto, Seconds, Milliseconds, Microseconds, Nanoseconds };
