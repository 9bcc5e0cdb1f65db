// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_stream_reader.h"

#include <fstrm.h>

#include <cstring>

namespace {

constexpr size_t kBufferBytes = 256 << 10;
constexpr qsizetype kHeadBytes = 1024; // more than a START frame (at most 8 + 512 bytes)
constexpr quint32 kControlStart = 2;
constexpr quint32 kFieldContentType = 1;
constexpr quint32 kMaxControlBytes = 512;

quint32 be32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8) |
        quint32(quint8(p[3]));
}

QString printable(QByteArrayView bytes)
{
    QString out;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 64)))
        out += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    return bytes.size() > 64 ? out + QStringLiteral("…") : out;
}

} // namespace

struct FrameStreamReader::Callbacks {
    static fstrm_res ok(void *) { return fstrm_res_success; }
    static fstrm_res read(void *self, void *data, size_t count)
    {
        return static_cast<FrameStreamReader *>(self)->read(static_cast<char *>(data), count) ? fstrm_res_success
                                                                                              : fstrm_res_stop;
    }
};

FrameStreamReader::FrameStreamReader(QIODevice &in, QByteArrayView contentType)
    : m_in(in), m_contentType(contentType.toByteArray()), m_buffer(kBufferBytes)
{
    fstrm_rdwr *rdwr = fstrm_rdwr_init(this);
    fstrm_rdwr_set_open(rdwr, &Callbacks::ok);
    fstrm_rdwr_set_close(rdwr, &Callbacks::ok);
    fstrm_rdwr_set_destroy(rdwr, &Callbacks::ok);
    fstrm_rdwr_set_read(rdwr, &Callbacks::read);
    fstrm_reader_options *options = fstrm_reader_options_init();
    fstrm_reader_options_add_content_type(options, m_contentType.constData(), size_t(m_contentType.size()));
    fstrm_reader_options_set_max_frame_size(options, kMaxFrameBytes);
    m_reader = fstrm_reader_init(options, &rdwr); // takes rdwr
    fstrm_reader_options_destroy(&options);
}

FrameStreamReader::~FrameStreamReader()
{
    fstrm_reader_destroy(&m_reader);
}

std::optional<QByteArray> FrameStreamReader::contentTypeOf(QByteArrayView head)
{
    // escape (0), control frame length, control type START, then fields (type, length, bytes).
    if (head.size() < 12 || be32(head.data()) != 0)
        return std::nullopt;
    const quint32 length = be32(head.data() + 4);
    if (length < 4 || length > kMaxControlBytes || be32(head.data() + 8) != kControlStart)
        return std::nullopt;
    const QByteArrayView control = head.sliced(8, std::min<qsizetype>(length, head.size() - 8));
    for (qsizetype at = 4; at + 8 <= control.size();) {
        const quint32 field = be32(control.data() + at), size = be32(control.data() + at + 4);
        at += 8;
        if (size > quint32(control.size() - at))
            return std::nullopt;
        if (field == kFieldContentType)
            return control.sliced(at, size).toByteArray();
        at += size;
    }
    return QByteArray(); // a START frame that names no content type
}

bool FrameStreamReader::fill()
{
    if (m_at > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_at, m_end - m_at);
        m_end -= m_at;
        m_at = 0;
    }
    const qint64 got = m_in.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (got < 0) {
        m_deviceFailed = true;
        return false;
    }
    if (m_head.size() < kHeadBytes)
        m_head.append(m_buffer.data() + m_end, std::min<qsizetype>(got, kHeadBytes - m_head.size()));
    m_end += size_t(got);
    return got > 0;
}

bool FrameStreamReader::read(char *data, size_t count)
{
    while (m_end - m_at < count) {
        if (!fill()) {
            m_consumed += qint64(m_end - m_at); // the partial read counts as taken
            m_at = m_end;
            m_endedShort = true;
            return false;
        }
    }
    std::memcpy(data, m_buffer.data() + m_at, count);
    m_at += count;
    m_consumed += qint64(count);
    if (count == 4)
        m_lastWord = be32(data);
    return true;
}

FrameStreamReader::Status FrameStreamReader::next(QByteArrayView &frame)
{
    if (!m_opened) {
        if (fstrm_reader_open(m_reader) != fstrm_res_success) // reads the START frame
            return startFailure();
        m_opened = true;
    }
    m_frameStart = m_consumed;
    const uint8_t *data = nullptr;
    size_t length = 0;
    const fstrm_res result = fstrm_reader_read(m_reader, &data, &length);
    if (result == fstrm_res_success) {
        ++m_frames;
        frame = QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(length));
        return Status::Frame;
    }
    if (result == fstrm_res_stop && !m_deviceFailed) {
        if (!m_endedShort || m_consumed == m_frameStart)
            return Status::End;
        m_problem = QStringLiteral("the file ends inside frame %1 (it starts at byte %2; %3 of its bytes are there)")
                        .arg(m_frames + 1)
                        .arg(m_frameStart)
                        .arg(m_consumed - m_frameStart);
        return Status::Truncated;
    }
    if (deviceFailed())
        return Status::Error;
    if (m_lastWord > kMaxFrameBytes)
        m_problem = QStringLiteral("frame %1 at byte %2 claims %3 bytes, over the %4 byte limit: the rest of the "
                                   "file cannot be read")
                        .arg(m_frames + 1)
                        .arg(m_frameStart)
                        .arg(m_lastWord)
                        .arg(kMaxFrameBytes);
    else
        m_problem = QStringLiteral("frame %1 at byte %2 is not a valid Frame Streams frame (a broken control "
                                   "frame): the rest of the file cannot be read")
                        .arg(m_frames + 1)
                        .arg(m_frameStart);
    return Status::Corrupt;
}

bool FrameStreamReader::deviceFailed()
{
    if (m_deviceFailed)
        m_problem = QStringLiteral("read error: %1").arg(m_in.errorString());
    return m_deviceFailed;
}

FrameStreamReader::Status FrameStreamReader::startFailure()
{
    if (!deviceFailed()) {
        if (m_head.isEmpty()) {
            m_problem = QStringLiteral("the file is empty");
            return Status::Error;
        }
        const std::optional<QByteArray> type = contentTypeOf(m_head);
        if (!type)
            m_problem = QStringLiteral("not a Frame Streams file: it does not begin with a START control frame");
        else if (*type != m_contentType)
            m_problem = QStringLiteral("a Frame Streams file of content type \"%1\", not %2")
                            .arg(printable(*type), QString::fromLatin1(m_contentType));
        else
            m_problem = QStringLiteral("the file ends inside its START control frame");
    }
    return Status::Error;
}
