// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_events.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtEndian>

namespace {

const QUuid kSysmon(QStringLiteral("{5770385f-c22a-43e0-bf4c-06f5698ffbd9}"));
const QUuid kDnsServer(QStringLiteral("{eb79061a-a566-4698-9119-3ed2807060e7}"));

EvtxWriter::Event base(qint64 us, const QString &computer)
{
    EvtxWriter::Event e;
    e.timeCreatedUs = us;
    e.computer = computer;
    e.processId = 2876;
    e.threadId = 3808;
    return e;
}

EvtxWriter::Event sysmon(qint64 us, const QString &computer, quint16 id)
{
    EvtxWriter::Event e = base(us, computer);
    e.provider = QStringLiteral("Microsoft-Windows-Sysmon");
    e.providerGuid = kSysmon;
    e.eventId = id;
    e.version = 5;
    e.task = id;
    e.channel = QStringLiteral("Microsoft-Windows-Sysmon/Operational");
    return e;
}

EvtxWriter::Event dnsServer(qint64 us, const QString &computer, quint16 id)
{
    EvtxWriter::Event e = base(us, computer);
    e.provider = QStringLiteral("Microsoft-Windows-DNSServer");
    e.providerGuid = kDnsServer;
    e.eventId = id;
    e.task = 1;
    e.keywords = 0x8000000000000001ull;
    e.channel = QStringLiteral("Microsoft-Windows-DNSServer/Analytical");
    return e;
}

QString utcText(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString hex(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex().toUpper());
}

void putName(QByteArray &m, const QString &qname)
{
    for (const QString &label : qname.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray l = label.toUtf8();
        m.append(char(l.size()));
        m.append(l);
    }
    m.append('\0');
}

void put16(QByteArray &m, int v)
{
    m.append(char(v >> 8));
    m.append(char(v & 0xff));
}

} // namespace

EvtxWriter::Event EvtxEvents::sysmonDns(qint64 us, const QString &computer, const QString &image, quint32 pid,
                                        const QString &queryName, int queryStatus, const QString &queryResults)
{
    EvtxWriter::Event e = sysmon(us, computer, 22);
    e.data = {{QStringLiteral("RuleName"), QStringLiteral("-")},
              {QStringLiteral("UtcTime"), utcText(us)},
              {QStringLiteral("ProcessGuid"), QStringLiteral("{b3c285a4-3cda-5dc0-0000-001077270b00}")},
              {QStringLiteral("ProcessId"), QString::number(pid)},
              {QStringLiteral("QueryName"), queryName},
              {QStringLiteral("QueryStatus"), QString::number(queryStatus)},
              {QStringLiteral("QueryResults"), queryResults},
              {QStringLiteral("Image"), image}};
    return e;
}

EvtxWriter::Event EvtxEvents::sysmonProcessCreate(qint64 us, const QString &computer, const QString &image)
{
    EvtxWriter::Event e = sysmon(us, computer, 1);
    e.data = {{QStringLiteral("RuleName"), QStringLiteral("-")},
              {QStringLiteral("UtcTime"), utcText(us)},
              {QStringLiteral("ProcessGuid"), QStringLiteral("{b3c285a4-3cda-5dc0-0000-001077270b01}")},
              {QStringLiteral("ProcessId"), QStringLiteral("4242")},
              {QStringLiteral("Image"), image},
              {QStringLiteral("CommandLine"), image + QStringLiteral(" /c whoami")}};
    return e;
}

EvtxWriter::Event EvtxEvents::dnsQueryReceived(qint64 us, const QString &computer, const QString &client,
                                               const QString &interfaceIp, const QString &qname, int qtype, quint16 xid)
{
    EvtxWriter::Event e = dnsServer(us, computer, 256);
    QByteArray query;
    put16(query, xid);
    put16(query, 0x0100);
    put16(query, 1);
    query.append(6, '\0');
    putName(query, qname);
    put16(query, qtype);
    put16(query, 1);
    e.data = {{QStringLiteral("TCP"), QStringLiteral("0")},
              {QStringLiteral("InterfaceIP"), interfaceIp},
              {QStringLiteral("Source"), client},
              {QStringLiteral("RD"), QStringLiteral("1")},
              {QStringLiteral("QNAME"), qname + QLatin1Char('.')},
              {QStringLiteral("QTYPE"), QString::number(qtype)},
              {QStringLiteral("XID"), QString::number(xid)},
              {QStringLiteral("Port"), QStringLiteral("58312")},
              {QStringLiteral("Flags"), QStringLiteral("256")},
              {QStringLiteral("ServerScope"), QStringLiteral("Default")},
              {QStringLiteral("CacheScope"), QStringLiteral("Default")},
              {QStringLiteral("BufferSize"), QString::number(query.size())},
              {QStringLiteral("PacketData"), hex(query)}};
    return e;
}

QByteArray EvtxEvents::dnsResponseMessage(quint16 xid, const QString &qname, int qtype, int rcode,
                                          const QStringList &addresses)
{
    QByteArray m;
    put16(m, xid);
    put16(m, 0x8180 | rcode);
    put16(m, 1);
    put16(m, int(addresses.size()));
    put16(m, 0);
    put16(m, 0);
    putName(m, qname);
    put16(m, qtype);
    put16(m, 1);
    for (const QString &a : addresses) {
        put16(m, 0xc00c);
        put16(m, 1);
        put16(m, 1);
        m.append("\0\0\x01\x2c", 4); // TTL 300
        put16(m, 4);
        for (const QString &octet : a.split(QLatin1Char('.')))
            m.append(char(octet.toInt()));
    }
    return m;
}

EvtxWriter::Event EvtxEvents::dnsResponse(qint64 us, const QString &computer, const QString &client,
                                          const QString &interfaceIp, const QString &qname, int qtype, quint16 xid,
                                          int rcode, const QStringList &addresses)
{
    EvtxWriter::Event e = dnsServer(us, computer, rcode == 0 ? 257 : 258);
    const QByteArray message = dnsResponseMessage(xid, qname, qtype, rcode, addresses);
    e.data = {{QStringLiteral("TCP"), QStringLiteral("0")}, {QStringLiteral("InterfaceIP"), interfaceIp}};
    if (rcode != 0)
        e.data.append({QStringLiteral("Reason"), QStringLiteral("1")});
    e.data.append({QStringLiteral("Destination"), client});
    if (rcode == 0)
        e.data += {{QStringLiteral("AA"), QStringLiteral("0")}, {QStringLiteral("AD"), QStringLiteral("0")}};
    e.data += {{QStringLiteral("QNAME"), qname + QLatin1Char('.')},
               {QStringLiteral("QTYPE"), QString::number(qtype)},
               {QStringLiteral("XID"), QString::number(xid)}};
    if (rcode == 0)
        e.data.append({QStringLiteral("DNSSEC"), QStringLiteral("0")});
    e.data += {{QStringLiteral("RCODE"), QString::number(rcode)},
               {QStringLiteral("Port"), QStringLiteral("58312")},
               {QStringLiteral("Flags"), QString::number(0x8180 | rcode)},
               {QStringLiteral("Scope"), QStringLiteral("Default")},
               {QStringLiteral("Zone"), QStringLiteral("..Cache")},
               {QStringLiteral("PolicyName"), QStringLiteral("NULL")},
               {QStringLiteral("BufferSize"), QString::number(message.size())},
               {QStringLiteral("PacketData"), hex(message)}};
    return e;
}

EvtxWriter::Event EvtxEvents::dnsRecursion(qint64 us, const QString &computer, bool response, const QString &upstream,
                                           const QString &qname, int qtype, quint16 xid)
{
    EvtxWriter::Event e = dnsServer(us, computer, response ? 261 : 260);
    e.data = {{QStringLiteral("TCP"), QStringLiteral("0")},
              {response ? QStringLiteral("Source") : QStringLiteral("Destination"), upstream},
              {QStringLiteral("InterfaceIP"), QStringLiteral("10.0.0.1")},
              {QStringLiteral("QNAME"), qname + QLatin1Char('.')},
              {QStringLiteral("QTYPE"), QString::number(qtype)},
              {QStringLiteral("XID"), QString::number(xid)},
              {QStringLiteral("Port"), QStringLiteral("53")},
              {QStringLiteral("PacketData"), QStringLiteral("0x00")}};
    return e;
}

QByteArray EvtxEvents::mixedLog()
{
    const qint64 t0 = kMixedLogStartUs;
    const QString dc = QStringLiteral("DC1"), ws = QStringLiteral("WS-7"), iface = QStringLiteral("10.0.0.1");
    EvtxWriter w;
    w.add(sysmonDns(t0, ws, QStringLiteral("C:\\Windows\\System32\\svchost.exe"), 1212,
                    QStringLiteral("WWW.Example.com"), 0,
                    QStringLiteral("type:  5 edge.example.net;::ffff:93.184.216.34;2001:db8::7;")));
    w.add(sysmonProcessCreate(t0 + 1000, ws, QStringLiteral("C:\\Windows\\cmd.exe")));
    w.add(sysmonDns(t0 + 2000, ws, QStringLiteral("C:\\Tools\\beacon.exe"), 4242, QStringLiteral("nothere.example.org"),
                    9003, QStringLiteral("-")));
    w.add(dnsQueryReceived(t0 + 3000, dc, QStringLiteral("10.0.0.20"), iface, QStringLiteral("mail.example.com"), 15,
                           0x1a2b));
    w.add(
        dnsRecursion(t0 + 3100, dc, false, QStringLiteral("8.8.8.8"), QStringLiteral("mail.example.com"), 15, 0x7777));
    w.add(dnsRecursion(t0 + 3200, dc, true, QStringLiteral("8.8.8.8"), QStringLiteral("mail.example.com"), 15, 0x7777));
    w.add(dnsResponse(t0 + 3300, dc, QStringLiteral("10.0.0.20"), iface, QStringLiteral("mail.example.com"), 15, 0x1a2b,
                      0, {}));
    w.add(
        dnsQueryReceived(t0 + 4000, dc, QStringLiteral("10.0.0.21"), iface, QStringLiteral("gone.example"), 1, 0x0001));
    w.add(dnsResponse(t0 + 5000, dc, QStringLiteral("10.0.0.22"), iface, QStringLiteral("alone.example"), 28, 0x0002, 2,
                      {}));
    return w.finish();
}

QByteArray EvtxEvents::withDamagedRecord(QByteArray evtx, int record)
{
    qsizetype at = 4096 + 512; // the first chunk's first record
    for (int k = 1; k < record; ++k)
        at += qFromLittleEndian<quint32>(evtx.constData() + at + 4);
    // record header (24), fragment header (4), template instance token, byte and id (6)
    qToLittleEndian<quint32>(0x00fffff0, evtx.data() + at + 24 + 4 + 6);
    return evtx;
}

namespace {

// Adds Sysmon queries to w, from the start of a chunk, until that chunk has exactly `slack` bytes
// left after its last record: plain ones while there is room, then one whose Image is padded to
// the length that leaves that much. Records of one shape differ in size by 2 bytes a character,
// so where the room's parity is wrong the chunk is filled again after a first query of another
// shape (one more EventData value: its template, defined in the chunk, may change the parity).
void fillChunkLeaving(EvtxWriter &w, qint64 slack, int &i)
{
    auto query = [&](int pad, int extra) {
        EvtxWriter::Event e =
            EvtxEvents::sysmonDns(EvtxEvents::kMixedLogStartUs + i * qint64(1000), QStringLiteral("WS-1"),
                                  QStringLiteral("C:\\%1.exe").arg(QString(pad, QLatin1Char('a'))), quint32(i),
                                  QStringLiteral("h%1.example").arg(i), 0, QStringLiteral("::ffff:192.0.2.1;"));
        if (extra > 0)
            e.data.append({QStringLiteral("Extra%1").arg(extra), QStringLiteral("x")});
        return e;
    };
    const EvtxWriter start = w;
    const int first = i;
    for (int extra = 0; extra < 10; ++extra) {
        w = start;
        i = first;
        if (extra > 0) {
            w.add(query(1, extra));
            ++i;
        }
        while (w.chunkRoom() > 4000) {
            w.add(query(1, 0));
            ++i;
        }
        for (int pad = 1; pad < 2000; ++pad) {
            EvtxWriter trial = w;
            trial.add(query(pad, 0));
            if (trial.chunkRoom() == slack) {
                w = trial;
                ++i;
                return;
            }
        }
    }
    qFatal("no padding leaves %lld bytes in the chunk", slack);
}

} // namespace

QByteArray EvtxEvents::chunkEndsLog(const QList<qint64> &slacks, QList<qint64> *lastOfChunks)
{
    EvtxWriter w;
    int i = 0;
    for (qint64 slack : slacks) {
        fillChunkLeaving(w, slack, i);
        if (lastOfChunks)
            lastOfChunks->append(w.records());
    }
    return w.finish();
}

QList<QPair<const char *, QByteArray>> EvtxEvents::fixtures()
{
    const QByteArray mixed = mixedLog();
    EvtxWriter none;
    none.add(sysmonProcessCreate(kMixedLogStartUs, QStringLiteral("WS-1"), QStringLiteral("C:\\x.exe")));
    return {{"mixed.evtx", mixed},
            {"damaged_record.evtx", withDamagedRecord(mixed, 4)},
            {"truncated.evtx", mixed.first(2000)},
            {"no_dns_events.evtx", none.finish()},
            {"chunk_ends.evtx", chunkEndsLog({0, 2})}};
}
