// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"

#include <QByteArray>
#include <QIODevice>

#include <cstdlib>

// What the libFuzzer targets share: a device that hands out at most a few bytes per read (so
// importers meet every split of a record across reads), and a sink that touches every byte
// of every view it is given (so ASan sees views that outlive their buffer).

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
        const qint64 n = std::min({maxSize, m_chunk, qint64(m_data.size()) - m_pos});
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
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
