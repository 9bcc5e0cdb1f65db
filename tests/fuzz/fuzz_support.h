// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QIODevice>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// What the libFuzzer targets share: a device that hands out at most a few bytes per read (so
// importers meet every split of a record across reads), a sink that touches every byte of
// every view it is given (so ASan sees views that outlive their buffer), and an input's outcome
// as text (fuzzOutcome).

// A QIODevice over a byte array that returns at most `chunk` bytes per readData() call.
class ChunkedDevice : public QIODevice {
public:
    ChunkedDevice(QByteArrayView data, qint64 chunk) : m_data(data), m_chunk(chunk > 0 ? chunk : 1) {}
    bool isSequential() const override { return m_sequential; }
    void setSequential(bool sequential) { m_sequential = sequential; }
    qint64 size() const override { return m_sequential ? 0 : m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        // At the end 0, as QFile and the project's readers (GzipReader, Utf16Reader) return: their
        // -1 means a read error, which the importers report as such.
        const qint64 n = std::min({maxSize, m_chunk, qint64(m_data.size()) - m_pos});
        if (n <= 0)
            return 0;
        memcpy(data, m_data.data() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArrayView m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
    bool m_sequential = false;
};

class CountingSink : public RecordSink {
public:
    void add(const RawLookup &l) override
    {
        ++records;
        for (QByteArrayView v : {l.client, l.qname, l.qtype, l.rcode, l.server})
            for (char c : v)
                checksum += quint8(c);
        checksum += quint64(l.tsUs);
    }
    void addObservation(const RawObservation &o) override
    {
        ++records;
        if (o.rrname.isEmpty() || o.timeLastUs < o.timeFirstUs || o.count < -1)
            abort(); // the importer promised a name and first <= last
        for (QByteArrayView v : {o.rrname, o.rrtype, o.rdata, o.bailiwick})
            for (char c : v)
                checksum += quint8(c);
        checksum += quint64(o.timeFirstUs) ^ quint64(o.timeLastUs);
    }
    qint64 records = 0;
    quint64 checksum = 0;
};

// What one input gives, as one line of text (counts, the error's message, a parsed value): every
// target computes it, LLVMFuzzerTestOneInput through it, and tst_fuzz_regressions compares it
// with the outcome recorded in tests/data/regressions/outcomes.tsv. The replay build renames it
// per target (fuzzOutcome=dnstl_outcome_<target>), as it renames the entry point.
QByteArray fuzzOutcome(const uint8_t *bytes, size_t size);

// Text as one line of printable ASCII: a backslash doubled, other bytes outside 0x20–0x7e as \xNN.
inline QByteArray oneLine(QByteArrayView text)
{
    QByteArray out;
    for (char c : text) {
        const auto byte = quint8(c);
        if (c == '\\')
            out += "\\\\";
        else if (byte < 0x20 || byte > 0x7e)
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}
