// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

// EvtxWriter: writes Windows XML Event Log (EVTX) files for the tests and benchmarks, because
// no real EVTX file with DNS events could be obtained here (Windows is not available) and no
// Debian package writes them. TEST CODE ONLY: the importer reads EVTX with Debian's libevtx;
// every file this writer makes is checked against the independent readers evtxexport
// (libevtx-utils) and evtx_dump.py (python3-evtx) by tst_evtx_importer before it is trusted.
//
// What it writes, as Windows does: a 4 KiB file header (ElfFile, CRC32), 64 KiB chunks (ElfChnk,
// header and records CRC32, string and template hash tables) holding event records (0x2a2a,
// FILETIME, binary XML). Each record's binary XML is a template instance: the first record of
// a shape (provider, event id, EventData names) in a chunk carries the template definition —
// the whole <Event><System>…</System><EventData><Data Name=…>…</EventData></Event> with
// typed substitutions (UInt16 EventID, FILETIME TimeCreated, UInt64 EventRecordID, GUID,
// HexInt64 Keywords, UnicodeString texts) — and later records refer to it by offset, with
// element and attribute names kept once per chunk.
//
// Ownership: a value that builds the whole file in memory (tests and benchmark inputs only).
// Thread-safety: none. Cost: a few µs per event.
class EvtxWriter {
public:
    struct Event {
        QString provider;
        QUuid providerGuid;
        quint16 eventId = 0;
        quint8 version = 0, level = 4, opcode = 0;
        quint16 task = 0;
        quint64 keywords = 0x8000000000000000ull;
        qint64 timeCreatedUs = 0; // µs since the epoch, UTC
        quint32 processId = 0, threadId = 0;
        QString channel, computer;
        QList<QPair<QString, QString>> data; // EventData: Data Name="first">second</Data>
    };

    void add(const Event &event);
    // The file: header, then every chunk. Records are numbered from 1 in the order added.
    QByteArray finish();
    qint64 records() const { return m_nextRecord - 1; }
    // Bytes left after the last record in the chunk being filled (a record that does not fit
    // starts the next chunk).
    qint64 chunkRoom() const;

private:
    struct Chunk;
    QByteArray record(const Event &event, quint64 id, qint64 chunkOffsetOfRecord);
    void closeChunk();

    QList<QByteArray> m_chunks;
    QByteArray m_chunk; // the chunk being filled (without its header until closed)
    quint64 m_nextRecord = 1;
    quint64 m_chunkFirst = 1;
    qint64 m_lastRecordOffset = 0;
    QHash<QString, quint32> m_names;     // name -> chunk offset of its definition
    QHash<QString, quint32> m_templates; // shape -> chunk offset of its definition
    quint32 m_stringTable[64] = {};
    quint32 m_templateTable[32] = {};
    int m_templateCount = 0;
};
