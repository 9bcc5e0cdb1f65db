// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dnsmasq_line_batch.h"

#include "dns_names.h"
#include "record_chunk.h"
#include "syslog_clock.h"

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

qsizetype DnsmasqLineBatch::stampLength(QByteArrayView t)
{
    if (SyslogClock::startsWithStamp(t))
        return SyslogClock::kStampLength;
    if (t.size() >= 10 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && t[4] == '-') {
        const qsizetype space = t.indexOf(' ');
        return space < 0 ? t.size() : space;
    }
    return 0;
}

QByteArrayView DnsmasqLineBatch::messageOf(QByteArrayView afterStamp)
{
    const qsizetype colon = afterStamp.indexOf(": ");
    if (colon < 0)
        return {};
    const QByteArrayView before = afterStamp.first(colon);
    const QByteArrayView tag = before.sliced(before.lastIndexOf(' ') + 1);
    if (!tag.startsWith("dnsmasq") && !tag.startsWith("pihole-FTL"))
        return {};
    return afterStamp.sliced(colon + 2);
}

void DnsmasqLineBatch::clear()
{
    m_lines.clear();
    m_names.clear();
    m_problems.clear();
}

DnsmasqLineBatch::Line &DnsmasqLineBatch::add(Kind kind, qint64 number)
{
    Line &line = m_lines.emplace_back();
    line.kind = kind;
    line.number = number;
    return line;
}

void DnsmasqLineBatch::read(const RecordChunk &chunk)
{
    chunk.forEach(
        [this](qint64 number, QByteArrayView text) {
            if (text.trimmed().isEmpty()) {
                add(Kind::Skipped, number);
                return;
            }
            const qsizetype length = stampLength(text);
            if (length == 0) {
                add(Kind::Unstamped, number);
                return;
            }
            const QByteArrayView body = messageOf(text.sliced(length));
            if (body.isEmpty()) { // another program's line
                add(Kind::Skipped, number);
                return;
            }
            Line &line = add(Kind::Message, number);
            line.stamp = text.first(length);
            line.message = DnsmasqMessage::parse(body);
            if (line.message.kind == DnsmasqMessage::Kind::Query ||
                line.message.kind == DnsmasqMessage::Kind::Forwarded ||
                line.message.kind == DnsmasqMessage::Kind::Outcome) {
                DnsNames::normalizeQname(line.message.name, m_name);
                line.name = m_names.keep(m_name);
            }
        },
        [this](qint64 number, const QString &problem) {
            add(Kind::Problem, number).problem = m_problems.size();
            m_problems.append(problem);
        });
}
