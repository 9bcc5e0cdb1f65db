// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a pcap (Ethernet, IPv4) of N DNS queries with their responses, for benchmarking the
// pcap importer: 1,000 queries per second of capture time from 1,000 clients to 2 resolvers;
// A and AAAA alternate (every 10th is MX), 5% are answered NXDOMAIN, 3% are never answered,
// 1% go over TCP (query and response each in one segment of a connection of its own).
// Usage: gen_dns_pcap N OUT.pcap. Standalone: no Qt, no libpcap. Deterministic.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using Bytes = std::vector<uint8_t>;

void put16(Bytes &b, unsigned v)
{
    b.push_back(uint8_t(v >> 8));
    b.push_back(uint8_t(v));
}

void put32(Bytes &b, uint32_t v)
{
    put16(b, v >> 16);
    put16(b, v & 0xFFFF);
}

void putLe32(Bytes &b, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.push_back(uint8_t(v >> (8 * i)));
}

Bytes dnsMessage(unsigned id, const std::string &name, unsigned qtype, bool response, unsigned rcode)
{
    Bytes m;
    put16(m, id);
    put16(m, response ? 0x8180 | rcode : 0x0100);
    put16(m, 1);
    put16(m, response && rcode == 0 ? 1 : 0);
    put16(m, 0);
    put16(m, 0);
    size_t start = 0;
    while (start <= name.size()) {
        size_t dot = name.find('.', start);
        if (dot == std::string::npos)
            dot = name.size();
        m.push_back(uint8_t(dot - start));
        m.insert(m.end(), name.begin() + long(start), name.begin() + long(dot));
        start = dot + 1;
    }
    m.push_back(0);
    put16(m, qtype);
    put16(m, 1);
    if (response && rcode == 0) { // one answer, its name a pointer to the question
        put16(m, 0xC00C);
        put16(m, qtype);
        put16(m, 1);
        put32(m, 300);
        const unsigned length = qtype == 28 ? 16 : qtype == 15 ? 4 : 4;
        put16(m, length);
        for (unsigned i = 0; i < length; ++i)
            m.push_back(uint8_t(i + 1));
    }
    return m;
}

Bytes frame(uint32_t src, uint32_t dst, unsigned sport, unsigned dport, bool tcp, uint32_t seq, const Bytes &dns)
{
    Bytes l4;
    put16(l4, sport);
    put16(l4, dport);
    Bytes payload = dns;
    if (tcp) {
        put32(l4, seq);
        put32(l4, 0);
        l4.push_back(5 << 4);
        l4.push_back(0x19); // PSH ACK FIN: one message per connection
        put16(l4, 65535);
        put16(l4, 0);
        put16(l4, 0);
        payload.insert(payload.begin(), {uint8_t(dns.size() >> 8), uint8_t(dns.size())});
    } else {
        put16(l4, unsigned(8 + dns.size()));
        put16(l4, 0);
    }
    l4.insert(l4.end(), payload.begin(), payload.end());
    Bytes f = {0x02, 0, 0, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0x02, 0x08, 0x00};
    f.push_back(0x45);
    f.push_back(0);
    put16(f, unsigned(20 + l4.size()));
    put16(f, 0);
    put16(f, 0x4000);
    f.push_back(64);
    f.push_back(tcp ? 6 : 17);
    put16(f, 0);
    put32(f, src);
    put32(f, dst);
    f.insert(f.end(), l4.begin(), l4.end());
    return f;
}

void writeRecord(FILE *out, uint64_t tsUs, const Bytes &f)
{
    Bytes h;
    putLe32(h, uint32_t(tsUs / 1000000));
    putLe32(h, uint32_t(tsUs % 1000000));
    putLe32(h, uint32_t(f.size()));
    putLe32(h, uint32_t(f.size()));
    fwrite(h.data(), 1, h.size(), out);
    fwrite(f.data(), 1, f.size(), out);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s N OUT.pcap\n", argv[0]);
        return 2;
    }
    const long n = std::atol(argv[1]);
    FILE *out = std::fopen(argv[2], "wb");
    if (!out || n < 0) {
        std::perror(argv[2]);
        return 1;
    }
    Bytes header;
    for (uint32_t v : {0xA1B2C3D4u, 0x00040002u, 0u, 0u, 65535u, 1u})
        putLe32(header, v);
    fwrite(header.data(), 1, header.size(), out);
    const uint64_t t0 = 1700000000ull * 1000000;
    for (long i = 0; i < n; ++i) {
        const uint64_t ts = t0 + uint64_t(i) * 1000; // 1,000 queries per second
        const uint32_t client = 0x0A000000u | uint32_t(1 + i % 1000);
        const uint32_t server = i % 2 ? 0xC6336435u : 0xC6336436u;
        const unsigned port = 1024 + unsigned(i * 7 % 60000);
        const unsigned id = unsigned(i * 2654435761u) & 0xFFFF;
        const unsigned qtype = i % 10 == 9 ? 15 : i % 2 ? 28 : 1;
        const std::string name = "host" + std::to_string(i % 50000) + ".example" + std::to_string(i % 7) + ".com";
        const bool tcp = i % 100 == 42;
        const unsigned rcode = i % 20 == 3 ? 3 : 0;
        writeRecord(out, ts, frame(client, server, port, 53, tcp, uint32_t(i), dnsMessage(id, name, qtype, false, 0)));
        if (i % 33 != 5)
            writeRecord(
                out, ts + 300 + uint64_t(i % 500),
                frame(server, client, 53, port, tcp, uint32_t(i) * 3, dnsMessage(id, name, qtype, true, rcode)));
    }
    return std::fclose(out) == 0 ? 0 : 1;
}
