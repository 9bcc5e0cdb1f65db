// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The sample writers of LogFormatSamples for the formats that came before the resolver, sensor
// and cloud logs: each appends the line(s) of lookup i (SampleLookup) to out and returns how
// many lines it appended.
//   csv:         timestamp,client,qname,qtype,rcode with a header line, ISO 8601 times;
//   zeek-json:   Zeek's JSON writer (LogAscii::use_json): numbers, booleans, answer arrays;
//   bind:        BIND 9.16+ query log lines (no answers; BIND does not log them);
//   dnsmasq:     `log-queries` lines: query, forwarded, and a reply line per answer;
//   umbrella:    Cisco Umbrella DNS log CSV, ten quoted columns;
//   cof:         passive DNS (COF) lines, one observation (one rdata) per lookup;
//   windows-dns: the Windows DNS Server debug log (en-US, CRLF), a Rcv Q and a Snd R line;
//   evtx-xml:    Sysmon Event ID 22 as `evtx_dump.py` exports it (an <Events> root).
namespace TextFormatSamples {
int csv(qint64 i, QByteArray &out);
int zeekJson(qint64 i, QByteArray &out);
int bind(qint64 i, QByteArray &out);
int dnsmasq(qint64 i, QByteArray &out);
int umbrella(qint64 i, QByteArray &out);
int cof(qint64 i, QByteArray &out);
int windowsDns(qint64 i, QByteArray &out);
int evtxXml(qint64 i, QByteArray &out);
// What a file of format starts and ends with (a header line, a root element); may be empty.
QByteArray header(const char *format);
QByteArray footer(const char *format);
} // namespace TextFormatSamples
