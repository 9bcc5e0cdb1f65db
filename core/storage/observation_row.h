// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// An observation on its way into the store: a RawObservation with its texts copied, so that
// it can wait in a batch for the writer thread. Times µs UTC; count -1 = unknown.
struct ObservationRow {
    QByteArray rrname, rrtype, rdata, bailiwick;
    qint64 timeFirstUs = 0;
    qint64 timeLastUs = 0;
    qint64 count = -1;
    bool zoneTimes = false;
};
