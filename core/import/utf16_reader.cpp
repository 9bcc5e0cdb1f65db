// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf16_reader.h"

#include <cstring>

namespace {
constexpr qsizetype kRawBytes = 256 << 10;
}

Utf16Reader::Utf16Reader(QIODevice &source) : m_source(source), m_raw(kRawBytes, Qt::Uninitialized)
{
    open(QIODevice::ReadOnly);
}

bool Utf16Reader::hasLittleEndianBom(QByteArrayView head)
{
    return head.size() >= 2 && quint8(head[0]) == 0xff && quint8(head[1]) == 0xfe;
}

QByteArray Utf16Reader::headAsUtf8(QByteArrayView head)
{
    QStringDecoder decoder(QStringConverter::Utf16LE);
    return QString(decoder.decode(head.first(head.size() & ~qsizetype(1)))).toUtf8();
}

qint64 Utf16Reader::readData(char *data, qint64 maxSize)
{
    while (m_outPos >= m_out.size() && !m_done) {
        const qint64 n = m_source.read(m_raw.data(), m_raw.size());
        if (n < 0) {
            setErrorString(m_source.errorString());
            return -1;
        }
        if (n == 0) {
            m_done = true;
            break;
        }
        m_consumed += n;
        m_out = QString(m_decoder.decode(QByteArrayView(m_raw.constData(), n))).toUtf8();
        m_outPos = 0;
    }
    const qint64 take = std::min<qint64>(maxSize, m_out.size() - m_outPos);
    if (take <= 0)
        return 0; // the end (QIODevice::atEnd() is true once nothing is buffered)
    memcpy(data, m_out.constData() + m_outPos, size_t(take));
    m_outPos += take;
    return take;
}
