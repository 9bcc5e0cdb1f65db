// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Deterministic sample logs for the benchmarks, in the layouts of the fixtures of
// tests/data/FORMAT (one lookup per index i, 1,000 lookups per second from 2024-03-05, 2,000
// clients, 50,000 names, A/AAAA/MX, 5 % NXDOMAIN):
//   suricata: EVE version 2, a query record and an answer record (one to three detailed and
//             grouped answers) per lookup, and a flow event after every 50th lookup;
//   route53, gcp-dns, adguard (a real wire response in base64), coredns (kubectl timestamps):
//             one line per lookup;
//   unbound:  a query line and a reply line per lookup;
//   csv, zeek-json, bind, dnsmasq, umbrella, cof, windows-dns, evtx-xml: see text_format_samples.h.
namespace LogFormatSamples {
// Appends the line(s) of lookup i in format to out; returns how many lines it appended.
int append(const QString &format, qint64 i, QByteArray &out);
// Writes lookups 0..count-1 of format to path; returns the number of lines written.
qint64 write(const QString &format, qint64 count, const QString &path);
// The formats append() knows.
const QStringList &formats();
} // namespace LogFormatSamples
