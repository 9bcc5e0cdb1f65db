// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evtx_chunk_census.h"
#include "evtx_file_reader.h"
#include "windows_event.h"

#include <QString>

#include <functional>
#include <memory>

// EvtxRecordBatches: every record of an EVTX file, in order, parsed by two libevtx handles at
// once — libevtx's parse of a record's binary XML is nearly all of an EVTX import's work, and
// a file's records can be parsed independently. The calling thread parses batches 0, 2, 4 ...
// of kBatch records while one helper thread parses batches 1, 3, 5 ... with its own handle
// (at most one batch ahead); the caller is handed the records strictly in file order. Within
// a batch, records are asked of libevtx in EvtxRecordOrder's order (cheap frees of its cache).
// Records are numbered by their EVTX record number. Every record the file's chunks hold that
// libevtx does not return (EvtxChunkCensus) is handed to `unreadable` too, in file order, so none
// is lost without a word.
//
// Ownership: owns both readers and the helper thread, which read() joins before returning
//   (also on cancel or a stop from the caller).
// Thread-safety: read() from one thread; the callbacks run on that thread.
// Cost: libevtx's parse of each record, on two cores; memory: two batches of records.
class EvtxRecordBatches {
public:
    static constexpr int kBatch = 2048;
    using Wanted = bool (*)(QByteArrayView provider, quint32 eventId);
    struct Callbacks {
        std::function<bool(const WindowsEvent &)> event; // false: stop
        // A record that could not be read: its record number and a sentence saying so and why,
        // e.g. "record 20616 (chunk 224) could not be read by libevtx: …". False: stop.
        std::function<bool(qint64 record, const QString &message)> unreadable;
        std::function<bool(int done, int total)> progress; // false: cancel
    };
    enum class End { Done, Stopped, Cancelled };

    EvtxRecordBatches();
    ~EvtxRecordBatches();
    // Opens the file with both handles; throws Failure (BadInput) with libevtx's reason.
    void open(const QString &path);
    int records() const; // as libevtx counts them
    End read(Wanted wanted, const Callbacks &callbacks);
    // Records of the file's chunks that libevtx did not return (after read()).
    qint64 missed() const { return m_census.missed(); }

private:
    struct Shared;
    std::unique_ptr<EvtxFileReader> m_main, m_helper;
    EvtxChunkCensus m_census;
};
