// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "log_format_samples.h"

#include "sample_lookup.h"
#include "text_format_samples.h"

#include <QFile>
#include <QStringList>

#include <cstdio>
#include <iterator>

namespace SampleLookup {

Lookup lookup(qint64 i)
{
    Lookup l;
    l.us = kStartSeconds * 1000000 + i * 1000;
    std::snprintf(l.client, sizeof l.client, "10.%d.%d.%d", int(i % 2000 / 250), int(i % 250), int(i * 7 % 200 + 1));
    std::snprintf(l.name, sizeof l.name, "host%lld.example%lld.com", static_cast<long long>(i % 50000),
                  static_cast<long long>(i % 7));
    l.type = i % 10 == 9 ? "MX" : i % 2 ? "AAAA" : "A";
    l.nx = i % 20 == 3;
    l.answers = l.nx ? 0 : int(i % 3) + 1;
    return l;
}

void isoTime(qint64 us, char *out, size_t size)
{
    const long long s = us / 1000000 - kStartSeconds, day = 5 + s / 86400, rest = s % 86400;
    std::snprintf(out, size, "2024-03-%02lldT%02lld:%02lld:%02lld.%06lld", day, rest / 3600, rest / 60 % 60, rest % 60,
                  static_cast<long long>(us % 1000000));
}

const char *rdata(const Lookup &l, int k, char *buf, size_t size)
{
    if (l.type[0] == 'M')
        std::snprintf(buf, size, "%d mx%d.example.com", 10 * (k + 1), k);
    else if (l.type[1] == 'A')
        std::snprintf(buf, size, "2001:db8::%x", unsigned(k + 1));
    else
        std::snprintf(buf, size, "192.0.2.%d", k + 1);
    return buf;
}

} // namespace SampleLookup

namespace {

using namespace SampleLookup;

int suricata(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40], t2[40], r[64];
    isoTime(l.us, t, sizeof t);
    isoTime(l.us + 700, t2, sizeof t2);
    const long long flow = 1000000 + i, port = 1024 + i % 60000, id = i % 65536;
    appendf(
        out,
        "{\"timestamp\":\"%s+0000\",\"flow_id\":%lld,\"in_iface\":\"eth0\",\"event_type\":\"dns\",\"src_ip\":\"%s\","
        "\"src_port\":%lld,\"dest_ip\":\"10.0.0.1\",\"dest_port\":53,\"proto\":\"UDP\",\"pkt_src\":\"wire/"
        "pcap\",\"dns\":"
        "{\"type\":\"query\",\"id\":%lld,\"rrname\":\"%s\",\"rrtype\":\"%s\",\"tx_id\":0,\"opcode\":0}}\n",
        t, flow, l.client, port, id, l.name, l.type);
    appendf(
        out,
        "{\"timestamp\":\"%s+0000\",\"flow_id\":%lld,\"in_iface\":\"eth0\",\"event_type\":\"dns\",\"src_ip\":\"%s\","
        "\"src_port\":%lld,\"dest_ip\":\"10.0.0.1\",\"dest_port\":53,\"proto\":\"UDP\",\"pkt_src\":\"wire/"
        "pcap\",\"dns\":"
        "{\"version\":2,\"type\":\"answer\",\"id\":%lld,\"flags\":\"818%d\",\"qr\":true,\"rd\":true,\"ra\":true,"
        "\"opcode\":0,"
        "\"rrname\":\"%s\",\"rrtype\":\"%s\",\"rcode\":\"%s\"",
        t2, flow, l.client, port, id, l.nx ? 3 : 0, l.name, l.type, l.nx ? "NXDOMAIN" : "NOERROR");
    if (l.answers) {
        out.append(",\"answers\":[");
        for (int k = 0; k < l.answers; ++k)
            appendf(out, "%s{\"rrname\":\"%s\",\"rrtype\":\"%s\",\"ttl\":300,\"rdata\":\"%s\"}", k ? "," : "", l.name,
                    l.type, rdata(l, k, r, sizeof r));
        appendf(out, "],\"grouped\":{\"%s\":[", l.type);
        for (int k = 0; k < l.answers; ++k)
            appendf(out, "%s\"%s\"", k ? "," : "", rdata(l, k, r, sizeof r));
        out.append("]}");
    }
    out.append("}}\n");
    if (i % 50 != 49)
        return 2;
    appendf(
        out,
        "{\"timestamp\":\"%s+0000\",\"flow_id\":%lld,\"event_type\":\"flow\",\"src_ip\":\"%s\",\"src_port\":%lld,"
        "\"dest_ip\":\"10.0.0.1\",\"dest_port\":53,\"proto\":\"UDP\",\"app_proto\":\"dns\",\"flow\":{\"pkts_toserver\":"
        "1,"
        "\"pkts_toclient\":1,\"bytes_toserver\":80,\"bytes_toclient\":120,\"start\":\"%s+0000\",\"end\":\"%s+0000\","
        "\"age\":0,\"state\":\"established\",\"reason\":\"timeout\",\"alerted\":false}}\n",
        t2, flow, l.client, port, t, t2);
    return 3;
}

int route53(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40], r[64];
    isoTime(l.us, t, sizeof t);
    t[23] = '\0'; // milliseconds, as AWS writes them
    appendf(out,
            "{\"version\":\"1.100000\",\"account_id\":\"111122223333\",\"region\":\"us-east-1\",\"vpc_id\":"
            "\"vpc-0a1b2c3d4e5f6a7b8\",\"query_timestamp\":\"%sZ\",\"query_name\":\"%s.\",\"query_type\":\"%s\","
            "\"query_class\":\"IN\",\"rcode\":\"%s\",\"answers\":[",
            t, l.name, l.type, l.nx ? "NXDOMAIN" : "NOERROR");
    for (int k = 0; k < l.answers; ++k)
        appendf(out, "%s{\"Rdata\":\"%s\",\"Type\":\"%s\",\"Class\":\"IN\"}", k ? "," : "", rdata(l, k, r, sizeof r),
                l.type);
    appendf(out,
            "],\"srcaddr\":\"%s\",\"srcport\":\"%d\",\"transport\":\"UDP\",\"srcids\":{\"instance\":"
            "\"i-0123456789abcdef0\"}}\n",
            l.client, int(1024 + i % 60000));
    return 1;
}

int cloudDns(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40], r[64];
    isoTime(l.us, t, sizeof t);
    appendf(out,
            "{\"insertId\":\"%llx\",\"jsonPayload\":{\"authAnswer\":false,\"protocol\":\"UDP\",\"queryName\":\"%s.\","
            "\"queryType\":\"%s\",\"rdata\":\"",
            static_cast<long long>(i * 2654435761u), l.name, l.type);
    for (int k = 0; k < l.answers; ++k)
        appendf(out, "%s%s.\\t300\\tIN\\t%s\\t%s", k ? "\\n" : "", l.name, l.type, rdata(l, k, r, sizeof r));
    appendf(out,
            "\",\"responseCode\":\"%s\",\"serverLatency\":14,\"sourceIP\":\"%s\",\"sourceNetwork\":\"default\","
            "\"vmInstanceName\":\"123456789012.instance-1\",\"vmProjectId\":\"my-project\",\"vmZoneName\":\"us-"
            "central1-a\"},"
            "\"logName\":\"projects/my-project/logs/dns.googleapis.com%%2Fdns_queries\",\"receiveTimestamp\":\"%sZ\","
            "\"resource\":{\"labels\":{\"location\":\"us-central1\",\"project_id\":\"my-project\",\"source_type\":"
            "\"gce-vm\","
            "\"target_type\":\"external\"},\"type\":\"dns_query\"},\"severity\":\"INFO\",\"timestamp\":\"%sZ\"}\n",
            l.nx ? "NXDOMAIN" : "NOERROR", l.client, t, t);
    return 1;
}

// A DNS response to lookup l (its answers as A records), base64.
QByteArray wireAnswer(const Lookup &l, qint64 i)
{
    QByteArray m;
    const char header[12] = {
        char(i >> 8), char(i), char(0x81), char(l.nx ? 0x83 : 0x80), 0, 1, 0, char(l.answers), 0, 0, 0, 0};
    m.append(header, 12);
    for (const QByteArray &label : QByteArray(l.name).split('.'))
        m.append(char(label.size())).append(label);
    m.append("\0\0\1\0\1", 5);
    for (int k = 0; k < l.answers; ++k) {
        m.append("\xc0\x0c\0\1\0\1\0\0\1\x2c\0\4", 12);
        m.append("\xc0\0\2", 3).append(char(k + 1));
    }
    return m.toBase64();
}

int adguard(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40];
    isoTime(l.us, t, sizeof t);
    appendf(
        out,
        "{\"IP\":\"%s\",\"T\":\"%s123+01:00\",\"QH\":\"%s\",\"QT\":\"%s\",\"QC\":\"IN\",\"CP\":\"\",\"Answer\":\"%s\","
        "\"Result\":{},\"Elapsed\":%lld,\"Upstream\":\"https://dns10.quad9.net:443/dns-query\"}\n",
        l.client, t, l.name, l.type, wireAnswer(l, i).constData(), static_cast<long long>(1000000 + i % 5000000));
    return 1;
}

int unbound(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    const long long s = l.us / 1000000;
    appendf(out, "[%lld] unbound[812:0] info: %s %s. %s IN\n", s, l.client, l.name, l.type);
    appendf(out, "[%lld] unbound[812:0] info: %s %s. %s IN %s 0.%06d %d %d\n", s, l.client, l.name, l.type,
            l.nx ? "NXDOMAIN" : "NOERROR", int(i % 999999), int(i % 2), 40 + 16 * l.answers);
    return 2;
}

int coredns(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40];
    isoTime(l.us, t, sizeof t);
    appendf(out, "%s000Z [INFO] %s:%d - %d \"%s IN %s. udp 41 false 512\" %s qr,rd,ra %d 0.000%03ds\n", t, l.client,
            int(1024 + i % 60000), int(i % 65536), l.type, l.name, l.nx ? "NXDOMAIN" : "NOERROR", 57 + 16 * l.answers,
            int(i % 1000));
    return 1;
}

} // namespace

const QStringList &LogFormatSamples::formats()
{
    static const QStringList all = {
        QStringLiteral("suricata"),    QStringLiteral("route53"),   QStringLiteral("gcp-dns"),
        QStringLiteral("adguard"),     QStringLiteral("unbound"),   QStringLiteral("coredns"),
        QStringLiteral("csv"),         QStringLiteral("zeek-json"), QStringLiteral("bind"),
        QStringLiteral("dnsmasq"),     QStringLiteral("umbrella"),  QStringLiteral("cof"),
        QStringLiteral("windows-dns"), QStringLiteral("evtx-xml")};
    return all;
}

int LogFormatSamples::append(const QString &format, qint64 i, QByteArray &out)
{
    using Fn = int (*)(qint64, QByteArray &);
    using namespace TextFormatSamples;
    static const Fn kFns[] = {suricata, route53, cloudDns, adguard,  unbound, coredns,    csv,
                              zeekJson, bind,    dnsmasq,  umbrella, cof,     windowsDns, evtxXml};
    static_assert(std::size(kFns) == 14);
    const qsizetype at = formats().indexOf(format);
    if (at < 0)
        qFatal("no samples of %s", qPrintable(format));
    return kFns[at](i, out);
}

qint64 LogFormatSamples::write(const QString &format, qint64 count, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QByteArray id = format.toLatin1();
    QByteArray buf = TextFormatSamples::header(id.constData());
    qint64 lines = buf.count('\n');
    for (qint64 i = 0; i < count; ++i) {
        lines += append(format, i, buf);
        if (buf.size() > (1 << 22)) {
            f.write(buf);
            buf.clear();
        }
    }
    buf += TextFormatSamples::footer(id.constData());
    f.write(buf);
    return lines;
}
