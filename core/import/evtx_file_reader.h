// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "windows_event.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

// EvtxFileReader: the records of one EVTX file, read with Debian's libevtx (no binary XML
// parsing of our own). For each record it gives the provider, event id, computer, written time
// and the EventData values as libevtx's strings. libevtx gives the values without their names,
// so the names are learnt from libevtx's XML rendering of the first record of each shape
// (provider, event id, number of values) and reused for every later record of that shape: the
// XML is made once per shape, not per record.
//
// Ownership: owns the libevtx file handle (closed in the destructor) and the shape table.
// Thread-safety: none; one reader per import.
// Cost: libevtx's parse of each record read (its binary XML and template values); values are
//   only fetched for the records the caller wants (wantValues()).
class EvtxFileReader {
public:
    EvtxFileReader();
    ~EvtxFileReader();
    EvtxFileReader(const EvtxFileReader &) = delete;
    EvtxFileReader &operator=(const EvtxFileReader &) = delete;

    // Opens the file; throws Failure (BadInput) saying why (not EVTX, unreadable header ...).
    void open(const QString &path);
    int records() const { return m_records; }
    // Reads record index (0-based, libevtx's count) into event: its EVTX record number, its header
    // facts, and its values when wantValues(provider, eventId) says so. Throws Failure (BadInput)
    // with libevtx's reason for a record libevtx cannot read (a corrupt chunk or record); the
    // event's recordNumber is then the record's number, or 0 when libevtx could not give it
    // (EvtxRecordBatches takes it to be the one after the record before).
    template<typename Want>
    void read(int index, WindowsEvent &event, Want wantValues)
    {
        readHeader(index, event);
        if (!wantValues(event.provider, event.eventId)) {
            event.names.clear();
            event.values.clear();
            return;
        }
        readValues(event);
    }

private:
    void readHeader(int index, WindowsEvent &event);
    void readValues(WindowsEvent &event);
    void learnNames(const QByteArray &shape, WindowsEvent &event);

    struct Handles;
    Handles *m_h;
    int m_records = 0;
    QHash<QByteArray, QList<QByteArray>> m_names; // shape -> EventData names
    QByteArray m_buffer;
};
