// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

//   dnstimeline_bench answers [--corpus ZEEK.log.gz] [--copies K] [--runs R] [--dir DIR]
//                             [--dnstimeline PATH]
// What keeping answers and TTLs costs (issue 16): the corpus's Zeek dns.log (real answers and
// TTLs), once for the store's extra bytes per lookup, then K times over (default 20, shifted
// in time) imported alternately as it is and with its answers and TTLs columns renamed (the
// same bytes, read past as before answers were kept): medians of wall and CPU time, lookups
// per second, the speed ratio, the load average.
int benchAnswers(const QStringList &args);
