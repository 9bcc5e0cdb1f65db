// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// gen_dnstap SOURCE MESSAGES OUT: a large dnstap file for the benchmark, made by replaying the
// real messages of SOURCE (a Frame Streams file of protobuf:dnstap.Dnstap, e.g. the unbound
// fixture) round after round until MESSAGES are written. Each round moves the times one
// second later and changes the DNS ids and client ports, so that queries and responses still
// pair one to one. Read and written with libfstrm, (un)packed with libprotobuf-c.
#include "dnstap.pb-c.h"

#include <fstrm.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

constexpr char kContentType[] = "protobuf:dnstap.Dnstap";

std::vector<std::string> readFrames(const char *path)
{
    fstrm_file_options *fopt = fstrm_file_options_init();
    fstrm_file_options_set_file_path(fopt, path);
    fstrm_reader_options *ropt = fstrm_reader_options_init();
    fstrm_reader_options_add_content_type(ropt, kContentType, sizeof kContentType - 1);
    fstrm_reader *reader = fstrm_file_reader_init(fopt, ropt);
    std::vector<std::string> frames;
    const uint8_t *data = nullptr;
    size_t length = 0;
    while (reader && fstrm_reader_read(reader, &data, &length) == fstrm_res_success)
        frames.emplace_back(reinterpret_cast<const char *>(data), length);
    fstrm_reader_destroy(&reader);
    fstrm_reader_options_destroy(&ropt);
    fstrm_file_options_destroy(&fopt);
    return frames;
}

void shiftId(ProtobufCBinaryData &message, unsigned round)
{
    if (message.len >= 2) {
        message.data[0] ^= uint8_t(round >> 8);
        message.data[1] ^= uint8_t(round);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: gen_dnstap SOURCE MESSAGES OUT\n");
        return 2;
    }
    const std::vector<std::string> frames = readFrames(argv[1]);
    const long long messages = std::atoll(argv[2]);
    if (frames.empty() || messages <= 0) {
        std::fprintf(stderr, "gen_dnstap: no dnstap frames in %s\n", argv[1]);
        return 1;
    }
    fstrm_file_options *fopt = fstrm_file_options_init();
    fstrm_file_options_set_file_path(fopt, argv[3]);
    fstrm_writer_options *wopt = fstrm_writer_options_init();
    fstrm_writer_options_add_content_type(wopt, kContentType, sizeof kContentType - 1);
    fstrm_writer *writer = fstrm_file_writer_init(fopt, wopt);
    if (!writer || fstrm_writer_open(writer) != fstrm_res_success) {
        std::fprintf(stderr, "gen_dnstap: cannot write %s\n", argv[3]);
        return 1;
    }
    std::vector<uint8_t> packed;
    long long written = 0;
    for (unsigned round = 0; written < messages; ++round) {
        for (size_t i = 0; i < frames.size() && written < messages; ++i, ++written) {
            Dnstap__Dnstap *d =
                dnstap__dnstap__unpack(nullptr, frames[i].size(), reinterpret_cast<const uint8_t *>(frames[i].data()));
            if (!d || !d->message) {
                std::fprintf(stderr, "gen_dnstap: frame %zu of %s does not decode\n", i + 1, argv[1]);
                return 1;
            }
            Dnstap__Message &m = *d->message;
            m.query_time_sec += round;
            m.response_time_sec += round;
            m.query_port = (m.query_port + round * 7) % 64512 + 1024;
            shiftId(m.query_message, round);
            shiftId(m.response_message, round);
            packed.resize(dnstap__dnstap__get_packed_size(d));
            dnstap__dnstap__pack(d, packed.data());
            dnstap__dnstap__free_unpacked(d, nullptr);
            if (fstrm_writer_write(writer, packed.data(), packed.size()) != fstrm_res_success) {
                std::fprintf(stderr, "gen_dnstap: write to %s failed\n", argv[3]);
                return 1;
            }
        }
    }
    fstrm_writer_close(writer);
    fstrm_writer_destroy(&writer);
    fstrm_writer_options_destroy(&wopt);
    fstrm_file_options_destroy(&fopt);
    return 0;
}
