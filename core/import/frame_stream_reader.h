// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <optional>
#include <vector>

struct fstrm_reader;

// FrameStreamReader: the data frames of a uni-directional Frame Streams file (the container of
// dnstap logs: a START control frame naming the content type, length-prefixed data frames, an
// optional STOP control frame), read from a QIODevice with libfstrm's reader. libfstrm reads
// through our own read callback, so the bytes may come from a pipe, a gzip stream or the
// hashing reader; the callback also keeps the byte positions that the error messages give.
//
// Ownership: reads from, but does not own, the device; owns libfstrm's reader (which holds
// the current frame, valid until the next call to next()) and a 256 KiB read buffer.
// Thread-safety: none; one reader per import.
// Cost: libfstrm copies each frame once into its buffer; no allocation per frame once the
// buffer has grown to the largest frame (at most kMaxFrameBytes).
class FrameStreamReader {
public:
    enum class Status {
        Frame,     // frame is filled
        End,       // the clean end: a STOP control frame, or the end of the file between frames
        Truncated, // the file ends inside a frame (problem() says which and where)
        Corrupt,   // a frame that cannot be read (over kMaxFrameBytes): the rest cannot be either
        Error,     // not a Frame Streams file of this content type, or the device failed
    };
    static constexpr size_t kMaxFrameBytes = 1 << 20; // libfstrm's default

    // contentType: what the START frame must name, e.g. "protobuf:dnstap.Dnstap".
    FrameStreamReader(QIODevice &in, QByteArrayView contentType);
    ~FrameStreamReader();
    FrameStreamReader(const FrameStreamReader &) = delete;
    FrameStreamReader &operator=(const FrameStreamReader &) = delete;

    // The next data frame; frame points into the reader and is valid until the next call.
    Status next(QByteArrayView &frame);
    qint64 framesRead() const { return m_frames; }  // data frames returned so far
    qint64 bytesRead() const { return m_consumed; } // bytes taken from the device
    QString problem() const { return m_problem; }

    // The content type named by the START control frame at the head of a Frame Streams file,
    // or nothing when head does not begin with one (head: the first bytes of the file).
    static std::optional<QByteArray> contentTypeOf(QByteArrayView head);

private:
    struct Callbacks; // libfstrm's read method, in the .cpp (its types stay out of this header)
    friend struct Callbacks;
    // Copies count bytes to data: true if all arrived (false at the end of the device).
    bool read(char *data, size_t count);
    bool fill();
    Status startFailure();
    bool deviceFailed(); // sets the problem if so

    QIODevice &m_in;
    QByteArray m_contentType;
    fstrm_reader *m_reader = nullptr;
    std::vector<char> m_buffer;
    size_t m_at = 0, m_end = 0;
    qint64 m_consumed = 0;
    QByteArray m_head;         // the first bytes of the stream, for the messages
    qint64 m_frameStart = 0;   // where the frame next() is reading began
    quint32 m_lastWord = 0;    // the last 4-byte read (a frame length)
    bool m_endedShort = false; // the device ended inside a read
    bool m_deviceFailed = false;
    bool m_opened = false;
    qint64 m_frames = 0;
    QString m_problem;
};
