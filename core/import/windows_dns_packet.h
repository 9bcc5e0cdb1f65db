// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// WindowsDnsPacket: one PACKET line of a Windows DNS Server debug log, after its date and time:
//   0E70 PACKET  00000000033397A0 UDP Rcv 10.161.60.71    5b47   Q [0001   D   NOERROR] A      (3)www(7)example(3)com(0)
//   THREAD PACKET CONTEXT          PROTO DIR REMOTE       XID [R] OPCODE [FLAGS CHARS RCODE] QTYPE NAME
// R marks a response; opcodes are Q (standard query), N (notify), U (update), ? (other).
// The views point into the line given to parse() and live as long as it.
//
// Thread-safety: parse() and decodeName() are reentrant. Cost: one pass over the line.
struct WindowsDnsPacket {
    bool tcp = false;
    bool received = false; // Rcv (else Snd)
    bool response = false; // R
    char opcode = 'Q';
    QByteArrayView remote; // the other side's address
    quint16 xid = 0;
    QByteArrayView rcode; // as the log writes it (NOERROR, NXDOMAIN, ...)
    QByteArrayView qtype; // as the log writes it (A, AAAA, ...)
    QByteArrayView name;  // as the log writes it: (3)www(7)example(3)com(0)

    // Whether the text after the stamp is a PACKET line at all (other lines: EVENT, Note ...).
    static bool isPacketLine(QByteArrayView afterStamp);
    // The packet of a PACKET line; throws Failure (BadInput) saying what is wrong.
    static WindowsDnsPacket parse(QByteArrayView afterStamp);
    // A name as the log writes it into its dotted, lower-case form without the trailing dot:
    // "(3)www(7)Example(3)com(0)" -> "www.example.com", "(0)" -> "."; a leading compression
    // marker "[C00C]" is read past; a dotted name (".www.example.com." as some tools rewrite
    // it) is accepted too. False (out unspecified) when a label's length does not match.
    static bool decodeName(QByteArrayView text, QByteArray &out);
};
