// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_format_samples.h"

#include "sample_lookup.h"

#include <cstring>

using namespace SampleLookup;

namespace {

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Day of March 2024 and time of day of l (the samples stay within a few days of the start).
struct Clock {
    int day, hour, minute, second, micro;
};

Clock clockOf(const Lookup &l)
{
    const qint64 s = l.us / 1000000 - kStartSeconds;
    return {5 + int(s / 86400), int(s % 86400 / 3600), int(s % 3600 / 60), int(s % 60), int(l.us % 1000000)};
}

int typeNumber(const Lookup &l)
{
    return l.type[0] == 'M' ? 15 : l.type[1] == 'A' ? 28 : 1;
}

} // namespace

int TextFormatSamples::csv(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40];
    isoTime(l.us, t, sizeof t);
    appendf(out, "%sZ,%s,%s,%s,%s\n", t, l.client, l.name, l.type, l.nx ? "NXDOMAIN" : "NOERROR");
    return 1;
}

int TextFormatSamples::zeekJson(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char r[64];
    appendf(out,
            "{\"ts\":%lld.%06lld,\"uid\":\"C%015llx\",\"id.orig_h\":\"%s\",\"id.orig_p\":%d,\"id.resp_h\":\"10.0.0.1\","
            "\"id.resp_p\":53,\"proto\":\"udp\",\"trans_id\":%d,\"rtt\":0.00087,\"query\":\"%s\",\"qclass\":1,"
            "\"qclass_name\":\"C_INTERNET\",\"qtype\":%d,\"qtype_name\":\"%s\",\"rcode\":%d,\"rcode_name\":\"%s\","
            "\"AA\":false,\"TC\":false,\"RD\":true,\"RA\":true,\"Z\":0",
            static_cast<long long>(l.us / 1000000), static_cast<long long>(l.us % 1000000),
            static_cast<unsigned long long>(i * 2654435761u), l.client, int(1024 + i % 60000), int(i * 40503 % 65536),
            l.name, typeNumber(l), l.type, l.nx ? 3 : 0, l.nx ? "NXDOMAIN" : "NOERROR");
    if (l.answers) {
        out.append(",\"answers\":[");
        for (int k = 0; k < l.answers; ++k)
            appendf(out, "%s\"%s\"", k ? "," : "", rdata(l, k, r, sizeof r));
        out.append("],\"TTLs\":[");
        for (int k = 0; k < l.answers; ++k)
            out.append(k ? ",300.0" : "300.0");
        out.append("]");
    }
    out.append(",\"rejected\":false}\n");
    return 1;
}

int TextFormatSamples::bind(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    const Clock c = clockOf(l);
    appendf(
        out,
        "%02d-Mar-2024 %02d:%02d:%02d.%03d queries: info: client @0x7f0e94001b58 %s#%d (%s): query: %s IN %s +E(0)K "
        "(10.0.0.1)\n",
        c.day, c.hour, c.minute, c.second, c.micro / 1000, l.client, int(1024 + i % 60000), l.name, l.name, l.type);
    return 1;
}

int TextFormatSamples::dnsmasq(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    const Clock c = clockOf(l);
    char stamp[32], r[64];
    std::snprintf(stamp, sizeof stamp, "%s %2d %02d:%02d:%02d", kMonths[2], c.day, c.hour, c.minute, c.second);
    appendf(out, "%s dnsmasq[3877]: query[%s] %s from %s\n%s dnsmasq[3877]: forwarded %s to 10.0.0.1\n", stamp, l.type,
            l.name, l.client, stamp, l.name);
    if (l.nx) {
        appendf(out, "%s dnsmasq[3877]: reply %s is NXDOMAIN\n", stamp, l.name);
        return 3;
    }
    for (int k = 0; k < l.answers; ++k) {
        const char *text = rdata(l, k, r, sizeof r);
        if (l.type[0] == 'M') // dnsmasq logs an MX reply as its host, not as rdata
            text = std::strchr(text, ' ') + 1;
        appendf(out, "%s dnsmasq[3877]: reply %s is %s\n", stamp, l.name, text);
    }
    return 2 + l.answers;
}

int TextFormatSamples::umbrella(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    const Clock c = clockOf(l);
    appendf(out,
            "\"2024-03-%02d %02d:%02d:%02d\",\"laptop-%d\",\"laptop-%d,Office Network\",\"%s\",\"24.123.132.133\","
            "\"%s\",\"%d (%s)\",\"%s\",\"%s.\",\"Chat,Photo Sharing\"\n",
            c.day, c.hour, c.minute, c.second, int(i % 2000), int(i % 2000), l.client,
            i % 40 == 7 ? "Blocked" : "Allowed", typeNumber(l), l.type, l.nx ? "NXDOMAIN" : "NOERROR", l.name);
    return 1;
}

int TextFormatSamples::cof(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char r[64];
    const long long first = l.us / 1000000;
    appendf(
        out,
        "{\"count\":%d,\"time_first\":%lld,\"time_last\":%lld,\"rrtype\":\"%s\",\"rrname\":\"%s.\",\"rdata\":\"%s\","
        "\"bailiwick\":\"example%d.com.\"}\n",
        int(i % 97 + 1), first, first + i % 86400, l.type, l.name, rdata(l, int(i % 3), r, sizeof r), int(i % 7));
    return 1;
}

int TextFormatSamples::windowsDns(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    const Clock c = clockOf(l);
    char stamp[40], name[80];
    std::snprintf(stamp, sizeof stamp, "3/%d/2024 %d:%02d:%02d %s", c.day, c.hour % 12 == 0 ? 12 : c.hour % 12,
                  c.minute, c.second, c.hour < 12 ? "AM" : "PM");
    const long long host = i % 50000;
    std::snprintf(name, sizeof name, "(%d)host%lld(8)example%d(3)com(0)",
                  int(std::snprintf(nullptr, 0, "%lld", host)) + 4, host, int(i % 7));
    const int xid = int(i * 40503 % 65536);
    appendf(out,
            "%s 0E70 PACKET  00000000033397A0 UDP Rcv %-15s %04x   Q [0001   D   NOERROR] %-6s %s\r\n"
            "%s 0E70 PACKET  00000000033397A0 UDP Snd %-15s %04x R Q [%s   DR  %s] %-6s %s\r\n",
            stamp, l.client, xid, l.type, name, stamp, l.client, xid, l.nx ? "8183" : "8081",
            l.nx ? "NXDOMAIN" : "NOERROR", l.type, name);
    return 2;
}

int TextFormatSamples::evtxXml(qint64 i, QByteArray &out)
{
    const Lookup l = lookup(i);
    char t[40], r[64];
    isoTime(l.us, t, sizeof t);
    appendf(out,
            "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider "
            "Name=\"Microsoft-Windows-Sysmon\" Guid=\"{5770385f-c22a-43e0-bf4c-06f5698ffbd9}\"></Provider>\n"
            "<EventID>22</EventID>\n<Version>5</Version>\n<Level>4</Level>\n<Task>22</Task>\n<Opcode>0</Opcode>\n"
            "<Keywords>0x8000000000000000</Keywords>\n<TimeCreated SystemTime=\"%sZ\"></TimeCreated>\n"
            "<EventRecordID>%lld</EventRecordID>\n<Correlation></Correlation>\n"
            "<Execution ProcessID=\"2876\" ThreadID=\"3808\"></Execution>\n"
            "<Channel>Microsoft-Windows-Sysmon/Operational</Channel>\n<Computer>WS-%d</Computer>\n"
            "<Security UserID=\"S-1-5-18\"></Security>\n</System>\n"
            "<EventData><Data Name=\"RuleName\">-</Data>\n<Data Name=\"UtcTime\">%.23s</Data>\n"
            "<Data Name=\"ProcessGuid\">{b3c285a4-3cda-5dc0-0000-001077270b00}</Data>\n"
            "<Data Name=\"ProcessId\">%d</Data>\n<Data Name=\"QueryName\">%s</Data>\n"
            "<Data Name=\"QueryStatus\">%d</Data>\n<Data Name=\"QueryResults\">",
            t, static_cast<long long>(i + 1), int(i % 2000), t, int(1000 + i % 50), l.name, l.nx ? 9003 : 0);
    for (int k = 0; k < l.answers && l.type[0] != 'M'; ++k)
        appendf(out, "%s%s;", l.type[1] == 'A' ? "" : "::ffff:", rdata(l, k, r, sizeof r));
    appendf(out, "</Data>\n<Data Name=\"Image\">C:\\Program Files\\App%d\\app.exe</Data>\n</EventData>\n</Event>\n\n",
            int(i % 50));
    return 25;
}

QByteArray TextFormatSamples::header(const char *format)
{
    if (!std::strcmp(format, "csv"))
        return "timestamp,client,qname,qtype,rcode\n";
    if (!std::strcmp(format, "windows-dns"))
        return "DNS Server log file creation at 3/5/2024 12:00:00 AM\r\nLog file wrap at 3/5/2024 12:00:00 AM\r\n\r\n"
               "Message logging key (for packets - other items use a subset of these fields):\r\n\r\n";
    if (!std::strcmp(format, "evtx-xml"))
        return "<?xml version=\"1.1\" encoding=\"utf-8\" standalone=\"yes\" ?>\n\n<Events>\n";
    return {};
}

QByteArray TextFormatSamples::footer(const char *format)
{
    return std::strcmp(format, "evtx-xml") ? QByteArray() : QByteArray("</Events>\n");
}
