// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// WindowsEvent: one Windows event log record as the EVTX importer needs it, whatever it was
// read from: the provider (source) name, the event id, the computer, the time it was written
// and the EventData values by name, all UTF-8. Filled by EvtxFileReader.
//
// Ownership: a value; reused from record to record (its buffers keep their capacity).
// Thread-safety: none needed. Cost: value() is a linear search over a dozen names.
struct WindowsEvent {
    qint64 recordNumber = 0; // EVTX: the record's number (EventRecordID); XML exports: its place, from 1
    QByteArray provider;
    quint32 eventId = 0;
    QByteArray computer;
    qint64 writtenUs = 0;     // µs since the epoch, UTC (TimeCreated / written time)
    QList<QByteArray> names;  // EventData names, in order
    QList<QByteArray> values; // their values, same order (may be shorter: missing = empty)

    QByteArrayView value(QByteArrayView name) const
    {
        for (qsizetype i = 0; i < names.size() && i < values.size(); ++i) {
            if (names[i] == name)
                return values[i];
        }
        return {};
    }
};
