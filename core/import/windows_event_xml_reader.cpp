// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_event_xml_reader.h"

#include "timestamp_parser.h"

#include <QXmlStreamReader>

namespace {

constexpr qint64 kChunk = qint64(1) << 20;
const QByteArrayView kEventNamespace("http://schemas.microsoft.com/win/2004/08/events/event");

// The state of one <Event> being read. The text of an element is gathered token by token, not
// with QXmlStreamReader::readElementText(): the file is fed a chunk at a time, and an element
// whose text runs over the end of a chunk would lose the rest of its text there (the reader
// stops at the end of the data it has, and readElementText() returns what it read so far).
class EventBuilder {
public:
    void start(qint64 number)
    {
        m_event = WindowsEvent();
        m_event.recordNumber = number;
        m_inData = false;
        m_target = Target::None;
    }

    // A start tag inside the event.
    void element(QXmlStreamReader &xml)
    {
        if (m_target != Target::None) { // an element inside a Data value: its text is part of the value
            ++m_depth;
            return;
        }
        const QStringView name = xml.name();
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == QLatin1String("Provider")) {
            m_event.provider = attributes.value(QLatin1String("Name")).toUtf8();
        } else if (name == QLatin1String("EventID")) {
            collect(Target::EventId);
        } else if (name == QLatin1String("TimeCreated")) {
            const auto us = m_utc.parse(attributes.value(QLatin1String("SystemTime")).toUtf8());
            m_event.writtenUs = us.value_or(0);
        } else if (name == QLatin1String("Computer")) {
            collect(Target::Computer);
        } else if (name == QLatin1String("EventData") || name == QLatin1String("UserData")) {
            m_inData = true;
        } else if (m_inData && name == QLatin1String("Data")) {
            m_event.names.append(attributes.value(QLatin1String("Name")).toUtf8());
            collect(Target::Data);
        }
    }

    // Text inside the event (character data, CDATA, resolved entities).
    void text(QStringView text)
    {
        if (m_target != Target::None)
            m_text += text;
    }

    // An end tag inside the event.
    void endElement()
    {
        if (m_target == Target::None)
            return;
        if (m_depth > 0) {
            --m_depth;
            return;
        }
        switch (m_target) {
        case Target::EventId:
            m_event.eventId = QStringView(m_text).trimmed().toUInt();
            break;
        case Target::Computer:
            m_event.computer = QStringView(m_text).trimmed().toUtf8();
            break;
        case Target::Data:
            m_event.values.append(m_text.toUtf8());
            break;
        case Target::None:
            break;
        }
        m_target = Target::None;
    }

    const WindowsEvent &event() const { return m_event; }

private:
    enum class Target { None, EventId, Computer, Data };
    void collect(Target target)
    {
        m_target = target;
        m_depth = 0;
        m_text.clear();
    }

    WindowsEvent m_event;
    bool m_inData = false;
    Target m_target = Target::None; // the element whose text is being gathered
    int m_depth = 0;                // elements open inside it
    QString m_text;
    TimestampParser m_utc; // SystemTime is UTC, written with or without its Z
};

} // namespace

bool WindowsEventXmlReader::sniff(QByteArrayView head)
{
    const qsizetype at = head.indexOf("<Event ");
    return at >= 0 && head.sliced(at, std::min<qsizetype>(200, head.size() - at)).contains(kEventNamespace);
}

WindowsEventXmlReader::End WindowsEventXmlReader::read(QIODevice &in, const Callbacks &callbacks)
{
    QXmlStreamReader xml;
    // Exports hold several top-level <Event>s (or a banner before them): one synthetic root
    // makes them one document. An XML declaration, which must come first, is cut out.
    QByteArray chunk(kChunk, Qt::Uninitialized);
    qint64 done = 0, events = 0;
    bool started = false, inEvent = false;
    EventBuilder builder;
    for (;;) {
        if (callbacks.progress && !callbacks.progress(done))
            return End::Cancelled;
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return End::ReadError;
        if (n == 0) {
            if (!started)
                return End::Done;
            xml.addData(QByteArrayLiteral("</dnstl-root>"));
        } else {
            QByteArrayView data(chunk.constData(), n);
            if (!started) {
                if (data.startsWith("\xef\xbb\xbf"))
                    data = data.sliced(3);
                if (data.trimmed().startsWith("<?xml")) {
                    const qsizetype end = data.indexOf("?>");
                    data = end < 0 ? QByteArrayView() : data.sliced(end + 2);
                }
                xml.addData(QByteArrayLiteral("<dnstl-root>"));
                started = true;
            }
            xml.addData(data.toByteArray());
            done += n;
        }
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("Event")) {
                    builder.start(++events);
                    inEvent = true;
                } else if (inEvent) {
                    builder.element(xml);
                }
            } else if (token == QXmlStreamReader::Characters && inEvent) {
                builder.text(xml.text());
            } else if (token == QXmlStreamReader::EndElement && inEvent) {
                if (xml.name() == QLatin1String("Event")) {
                    inEvent = false;
                    if (!callbacks.event(builder.event()))
                        return End::Stopped;
                } else {
                    builder.endElement();
                }
            }
        }
        if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            const bool go = callbacks.broken(xml.lineNumber(), xml.errorString());
            return go ? End::Done : End::Stopped;
        }
        if (n == 0)
            return End::Done;
    }
}
