// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for DNS wire-format decoding: DnsMessage::parse, and decodeName at
// the offset the input's first byte picks (PacketDecoder is fuzzed through the pcap target).
#include "dns_message.h"
#include "fuzz_support.h"

#include <cstdint>
#include <cstdlib>

QByteArray fuzzOutcome(const uint8_t *bytes, size_t size)
{
    const QByteArrayView wire(reinterpret_cast<const char *>(bytes), qsizetype(size));
    static DnsMessage message; // reused like PcapImporter does, so qname's buffer is too
    const DnsMessage::Problem problem = message.parse(wire);
    if (problem == DnsMessage::Problem::None && message.qname.size() > 4 * DnsMessage::kMaxNameLength)
        abort();
    if (!DnsMessage::problemText(problem))
        abort();
    QByteArray outcome = problem == DnsMessage::Problem::None
        ? "qname " + message.qname + " qtype " + QByteArray::number(message.qtype) + " rcode " +
            QByteArray::number(message.rcode)
        : QByteArray("problem ") + DnsMessage::problemText(problem);
    if (size > 0) {
        QByteArray name;
        qsizetype next = 0;
        const qsizetype offset = bytes[0] % qsizetype(size);
        if (DnsMessage::decodeName(wire, offset, name, &next) == DnsMessage::Problem::None &&
            (next <= offset || next > qsizetype(size)))
            abort();
    }
    return oneLine(outcome);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    (void)fuzzOutcome(bytes, size);
    return 0;
}
