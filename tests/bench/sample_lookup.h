// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdio>

// The lookups LogFormatSamples writes in every format: lookup i at 1,000 a second from
// 2024-03-05T00:00:00Z, 2,000 clients, 50,000 names, A/AAAA/MX, 5 % NXDOMAIN, one to three
// answers otherwise. Shared by log_format_samples.cpp and text_format_samples.cpp only.
namespace SampleLookup {

constexpr qint64 kStartSeconds = 1709596800; // 2024-03-05T00:00:00Z

struct Lookup {
    qint64 us;
    char client[16];
    char name[40];
    const char *type;
    bool nx;
    int answers;
};

Lookup lookup(qint64 i);
// "2024-03-05T00:00:01.234000" (no zone); the samples stay within a few days of the start.
void isoTime(qint64 us, char *out, size_t size);
// The text of answer k of l (an address of l's type, or an MX's preference and host).
const char *rdata(const Lookup &l, int k, char *buf, size_t size);

template<typename... Args>
void appendf(QByteArray &out, const char *format, Args... args)
{
    char line[2048];
    const int n = std::snprintf(line, sizeof line, format, args...);
    out.append(line, n);
}

} // namespace SampleLookup
