// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_dns_log_reader.h"

#include "failure.h"
#include "legacy_text.h"
#include "windows_dns_packet.h"

#include <cstdio>

namespace {

constexpr size_t kMaxHeldLines = 10000;
constexpr qsizetype kMaxHeldBytes = qsizetype(4) << 20;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

WindowsDnsLogReader::WindowsDnsLogReader(const ImportOptions &options, RecordSink &sink, ImportReport &report,
                                         std::optional<WindowsDateFormat> givenFormat, QString encodingNote)
    : m_options(options), m_report(report), m_builder(options, sink, report), m_times(options.zone),
      m_format(std::move(givenFormat)), m_formatGiven(m_format.has_value()), m_encodingNote(std::move(encodingNote))
{}

bool WindowsDnsLogReader::line(qint64 number, QByteArrayView text)
{
    if (m_format)
        return handle(number, text);
    if (!text.isEmpty() && isDigit(text[0])) {
        if (const auto fields = WindowsDateFormat::scan(text))
            m_detector.add(number, *fields);
    }
    m_held.emplace_back(number, text.toByteArray());
    m_heldBytes += text.size();
    if (m_detector.decided() || m_held.size() >= kMaxHeldLines || m_heldBytes >= kMaxHeldBytes) {
        decide();
        return replayHeld();
    }
    return true;
}

void WindowsDnsLogReader::decide()
{
    if (!m_format)
        m_format = m_detector.result();
}

bool WindowsDnsLogReader::replayHeld()
{
    std::vector<std::pair<qint64, QByteArray>> held;
    held.swap(m_held);
    m_heldBytes = 0;
    for (const auto &[number, text] : held) {
        if (!handle(number, text))
            return false;
    }
    return true;
}

bool WindowsDnsLogReader::handle(qint64 number, QByteArrayView text)
{
    if (text.isEmpty() || !isDigit(text[0])) { // header, details or blank
        if (m_detailsSeq >= 0)
            m_details.line(text);
        return true;
    }
    endDetails();
    const auto fields = WindowsDateFormat::scan(text);
    if (!fields)
        return m_builder.reject(number, QStringLiteral("no date and time at the start of the line"));
    const QByteArrayView stamp = text.first(fields->length);
    qint64 ts = 0;
    try {
        ts = timeOf(stamp, *fields);
    } catch (const Failure &bad) {
        return m_builder.reject(number,
                                QStringLiteral("bad date '%1': %2").arg(QString::fromUtf8(stamp), bad.message()));
    }
    if (!drain(ts, false))
        return false;
    const QByteArrayView afterStamp = text.sliced(fields->length);
    if (!WindowsDnsPacket::isPacketLine(afterStamp))
        return true; // EVENT, Note and other dated lines
    return packet(number, ts, afterStamp);
}

qint64 WindowsDnsLogReader::timeOf(QByteArrayView stamp, const WindowsDateFormat::Fields &fields)
{
    if (m_lastTs && stamp == QByteArrayView(m_lastStamp))
        return *m_lastTs;
    const WindowsDateFormat::LocalTime local = m_format->read(fields);
    std::snprintf(m_lastIso.data(), m_lastIso.size(), "%04d-%02d-%02dT%02d:%02d:%02d", local.year, local.month,
                  local.day, local.hour, local.minute, local.second);
    m_lastTs = m_times.parse(QByteArrayView(m_lastIso.data(), 19));
    if (!m_lastTs)
        throw Failure(Failure::Kind::BadInput, QStringLiteral("out of range"));
    m_lastStamp = stamp.toByteArray();
    return *m_lastTs;
}

bool WindowsDnsLogReader::packet(qint64 number, qint64 tsUs, QByteArrayView afterStamp)
{
    std::optional<WindowsDnsPacket> p;
    try {
        p = WindowsDnsPacket::parse(afterStamp);
    } catch (const Failure &bad) {
        return m_builder.reject(number, bad.message());
    }
    if (p->opcode != 'Q') {
        ++m_otherOpcodes;
        ++m_report.skipped;
        return true;
    }
    if (p->received == p->response) { // Rcv R, Snd Q: the server's own recursion
        ++m_upstream;
        ++m_report.skipped;
        return true;
    }
    // Label lengths count the bytes the server wrote, so names are decoded before any conversion.
    if (!WindowsDnsPacket::decodeName(p->name, m_name))
        return m_builder.reject(number,
                                QStringLiteral("bad name '%1': label lengths do not match")
                                    .arg(QString::fromUtf8(p->name.first(std::min<qsizetype>(80, p->name.size())))));
    if (!LegacyText::isUtf8(m_name)) {
        LegacyText::windows1252ToUtf8(m_name, m_utf8);
        m_name = m_utf8;
        ++m_ansiNames;
    }
    const quint64 key = PendingLookups::keyOf(p->remote, p->xid, p->tcp, m_name);
    m_details.reset();
    if (p->response) {
        if (const qint64 seq = m_pending.answer(key, p->remote, m_name); seq >= 0) {
            m_pending.find(seq)->rcode = p->rcode.toByteArray();
            m_detailsSeq = seq;
            return true;
        }
        ++m_responsesAlone; // its query is not in the log: a lookup at the response's time
    }
    PendingLookups::Lookup l;
    l.line = number;
    l.tsUs = tsUs;
    l.ts = QByteArray(m_lastIso.data(), 19);
    l.client = p->remote.toByteArray();
    l.qname = m_name;
    l.qtype = p->qtype.toByteArray();
    if (p->response) {
        l.rcode = p->rcode.toByteArray();
        m_detailsSeq = m_pending.addAnswered(std::move(l));
    } else {
        m_pending.addQuery(key, std::move(l));
    }
    return true;
}

void WindowsDnsLogReader::endDetails()
{
    if (m_detailsSeq < 0)
        return;
    if (PendingLookups::Lookup *l = m_pending.find(m_detailsSeq))
        l->answers = m_details.takeAnswers();
    m_detailsSeq = -1;
}

bool WindowsDnsLogReader::drain(qint64 nowUs, bool all)
{
    return m_pending.drain(nowUs, all, [this](const PendingLookups::Lookup &l) { return hand(l); });
}

bool WindowsDnsLogReader::hand(const PendingLookups::Lookup &l)
{
    return PendingLookups::handTo(m_builder, l, m_rawAnswers);
}

void WindowsDnsLogReader::finish()
{
    decide();
    if (!replayHeld())
        return;
    endDetails();
    if (!drain(0, true))
        return;
    noteAssumptions();
    QStringList &notes = m_report.notes;
    if (m_report.skipped)
        notes.append(QStringLiteral("%1 packets are not client lookups and were skipped: %2 of the server's own "
                                    "recursion (Snd Q, Rcv R), %3 of other opcodes (notify, update)")
                         .arg(m_report.skipped)
                         .arg(m_upstream)
                         .arg(m_otherOpcodes));
    if (m_pending.unanswered())
        notes.append(
            QStringLiteral("%1 queries have no response in the log (rcode left empty)").arg(m_pending.unanswered()));
    if (m_responsesAlone)
        notes.append(QStringLiteral("%1 responses have no query in the log (imported at the response's time)")
                         .arg(m_responsesAlone));
}

void WindowsDnsLogReader::noteAssumptions()
{
    decide();
    QStringList &notes = m_report.notes;
    const QString pattern = m_format->pattern();
    if (m_formatGiven)
        notes.append(QStringLiteral("dates read as %1, as --locale %2 gives").arg(pattern, m_options.locale));
    else if (m_format->guessed())
        notes.append(QStringLiteral("dates read as %1, guessed (%2): give --locale if this is wrong")
                         .arg(pattern, m_format->basis()));
    else
        notes.append(QStringLiteral("dates read as %1, detected from the file (%2)").arg(pattern, m_format->basis()));
    const QString zone = QString::fromUtf8(m_options.zone.id());
    if (m_options.zoneGiven)
        notes.append(QStringLiteral("times read as local time in %1, as given").arg(zone));
    else
        notes.append(
            QStringLiteral("times read as %1, guessed: the log does not say the server's zone; give --tz").arg(zone));
    QString encoding = m_encodingNote;
    if (m_ansiNames)
        encoding += QStringLiteral("; %1 names not UTF-8 read as Windows-1252 (ANSI)").arg(m_ansiNames);
    notes.append(QStringLiteral("text read as %1").arg(encoding));
}
