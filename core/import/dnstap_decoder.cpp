// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnstap_decoder.h"

#include "dnstap.pb-c.h"

#include <cstring>

namespace {

constexpr quint64 kMaxSeconds = 253402300799ULL; // 9999-12-31T23:59:59Z

QByteArrayView bytesOf(protobuf_c_boolean has, const ProtobufCBinaryData &data)
{
    return has ? QByteArrayView(reinterpret_cast<const char *>(data.data), qsizetype(data.len)) : QByteArrayView();
}

// µs since the epoch, -1 when absent; false when out of range.
bool timeOf(protobuf_c_boolean hasSec, quint64 sec, protobuf_c_boolean hasNsec, quint32 nsec, qint64 &out)
{
    out = -1;
    if (!hasSec)
        return true;
    if (sec > kMaxSeconds || (hasNsec && nsec >= 1000000000u))
        return false;
    out = qint64(sec) * 1000000 + (hasNsec ? qint64(nsec / 1000) : 0);
    return true;
}

// The number in an enum field: libprotobuf-c stores values the schema does not name there
// too, and reading those as the enum type is undefined behaviour.
template<typename Enum>
int enumValue(const Enum &field)
{
    static_assert(sizeof(Enum) == sizeof(int)); // protobuf-c forces its enums to int size
    int value;
    std::memcpy(&value, &field, sizeof value);
    return value;
}

} // namespace

void *DnstapDecoder::allocate(void *self, size_t size)
{
    auto *decoder = static_cast<DnstapDecoder *>(self);
    const size_t units = (size + sizeof(std::max_align_t) - 1) / sizeof(std::max_align_t);
    const size_t at = decoder->m_used;
    if (at + units > decoder->m_arena.size()) { // many tiny unknown fields: more than the arena holds
        decoder->m_overflow.emplace_back(units);
        return decoder->m_overflow.back().data();
    }
    decoder->m_used += units;
    return decoder->m_arena.data() + at;
}

const char *DnstapDecoder::decode(QByteArrayView frame, DnstapRecord &out)
{
    // Unpacking copies the frame's byte fields and adds two structs and one alignment
    // padding per field: twice the frame plus 4 KiB is enough for what producers write (a
    // frame of many tiny unknown fields spills into m_overflow).
    const size_t need = (2 * size_t(frame.size()) + 4096) / sizeof(std::max_align_t) + 1;
    if (m_arena.size() < need)
        m_arena.resize(need);
    m_used = 0;
    m_overflow.clear();
    ProtobufCAllocator allocator{&DnstapDecoder::allocate, &DnstapDecoder::release, this};
    const Dnstap__Dnstap *dnstap =
        dnstap__dnstap__unpack(&allocator, size_t(frame.size()), reinterpret_cast<const uint8_t *>(frame.data()));
    if (!dnstap)
        return "not a dnstap message: the protobuf does not decode";
    if (enumValue(dnstap->type) != DNSTAP__DNSTAP__TYPE__MESSAGE || !dnstap->message)
        return "a dnstap frame without a message";
    const Dnstap__Message &m = *dnstap->message;
    out = DnstapRecord();
    out.type = enumValue(m.type);
    if (out.type < DNSTAP__MESSAGE__TYPE__AUTH_QUERY || out.type > DNSTAP__MESSAGE__TYPE__UPDATE_RESPONSE)
        return "a dnstap message of an unknown type";
    const int protocol = enumValue(m.socket_protocol);
    out.protocol = m.has_socket_protocol && protocol >= 1 && protocol <= 4 ? quint8(protocol) : 0;
    out.queryAddress = bytesOf(m.has_query_address, m.query_address);
    out.responseAddress = bytesOf(m.has_response_address, m.response_address);
    qsizetype width = std::max(out.queryAddress.size(), out.responseAddress.size());
    if (m.has_socket_family) {
        const int family = enumValue(m.socket_family);
        if (family != DNSTAP__SOCKET_FAMILY__INET && family != DNSTAP__SOCKET_FAMILY__INET6)
            return "an unknown socket family";
        width = family == DNSTAP__SOCKET_FAMILY__INET6 ? 16 : 4;
    }
    for (QByteArrayView address : {out.queryAddress, out.responseAddress}) {
        if (!address.isEmpty() && (address.size() != width || (width != 4 && width != 16)))
            return "an address whose length does not fit its socket family";
    }
    out.family = width == 16 ? 6 : width == 4 ? 4 : 0;
    if ((m.has_query_port && m.query_port > 65535) || (m.has_response_port && m.response_port > 65535))
        return "a port over 65535";
    out.queryPort = m.has_query_port ? quint16(m.query_port) : 0;
    out.responsePort = m.has_response_port ? quint16(m.response_port) : 0;
    if (!timeOf(m.has_query_time_sec, m.query_time_sec, m.has_query_time_nsec, m.query_time_nsec, out.queryTimeUs) ||
        !timeOf(m.has_response_time_sec, m.response_time_sec, m.has_response_time_nsec, m.response_time_nsec,
                out.responseTimeUs))
        return "a time out of range";
    out.queryMessage = bytesOf(m.has_query_message, m.query_message);
    out.responseMessage = bytesOf(m.has_response_message, m.response_message);
    return nullptr;
}
