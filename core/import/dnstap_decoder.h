// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dnstap_record.h"

#include <QByteArrayView>

#include <cstddef>
#include <vector>

// DnstapDecoder: unpacks data frames into DnstapRecord with libprotobuf-c, from the schema
// Debian ships (dnstap.proto, compiled at build time by protoc-c), with an arena allocator so
// that a message costs no malloc.
//
// Ownership: owns the arena (about twice the largest frame seen); the record's views point
// into it.
// Thread-safety: none; one decoder per import.
// Cost: libprotobuf-c's unpack (one pass over the frame, a copy of its byte fields).
class DnstapDecoder {
public:
    // Fills out, or returns why the frame is not a usable dnstap message (nullptr: it is).
    const char *decode(QByteArrayView frame, DnstapRecord &out);

private:
    static void *allocate(void *self, size_t size);
    static void release(void *, void *) {}

    std::vector<std::max_align_t> m_arena;
    size_t m_used = 0;                                     // in units of max_align_t
    std::vector<std::vector<std::max_align_t>> m_overflow; // what did not fit, freed by the next decode()
};
