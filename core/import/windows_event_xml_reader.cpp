// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_event_xml_reader.h"

#include "timestamp_parser.h"

#include <expat.h>

namespace {

constexpr qint64 kChunk = qint64(1) << 20;
const QByteArrayView kEventNamespace("http://schemas.microsoft.com/win/2004/08/events/event");

// An element's name without its namespace prefix ("ev:Event" -> "Event").
QByteArrayView localName(const XML_Char *name)
{
    const char *local = name, *end = name;
    for (; *end; ++end) {
        if (*end == ':')
            local = end + 1;
    }
    return QByteArrayView(local, end - local);
}

// The value of attribute name in expat's name/value list, or empty.
QByteArrayView attribute(const XML_Char **attributes, const char *name)
{
    for (; attributes[0]; attributes += 2) {
        if (localName(attributes[0]) == name)
            return QByteArrayView(attributes[1]);
    }
    return {};
}

// The state of one read: the <Event> being built from expat's callbacks. The text of an
// element may come in several pieces (expat hands over what each chunk of the file holds), so
// it is gathered up to the element's end tag.
class EventBuilder {
public:
    EventBuilder(XML_Parser parser, const WindowsEventXmlReader::Callbacks &callbacks)
        : m_parser(parser), m_callbacks(callbacks)
    {}

    void startElement(const XML_Char *qualifiedName, const XML_Char **attributes)
    {
        const QByteArrayView name = localName(qualifiedName);
        if (!m_inEvent) {
            if (name == "Event")
                startEvent();
            return;
        }
        if (m_target != Target::None) { // an element inside a Data value: its text is part of the value
            ++m_depth;
            return;
        }
        if (name == "Provider") {
            m_event.provider = attribute(attributes, "Name").toByteArray();
        } else if (name == "EventID") {
            collect(Target::EventId);
        } else if (name == "TimeCreated") {
            m_event.writtenUs = m_utc.parse(attribute(attributes, "SystemTime")).value_or(0);
        } else if (name == "Computer") {
            collect(Target::Computer);
        } else if (name == "EventData" || name == "UserData") {
            m_inData = true;
        } else if (m_inData && name == "Data") {
            m_event.names.append(attribute(attributes, "Name").toByteArray());
            collect(Target::Data);
        }
    }

    void text(const XML_Char *text, int length)
    {
        if (m_target != Target::None)
            m_text.append(text, length);
    }

    void endElement(const XML_Char *qualifiedName)
    {
        if (!m_inEvent)
            return;
        if (m_target == Target::None) {
            if (localName(qualifiedName) == "Event") {
                m_inEvent = false;
                if (!m_callbacks.event(m_event)) {
                    m_stopped = true;
                    XML_StopParser(m_parser, XML_FALSE);
                }
            }
            return;
        }
        if (m_depth > 0) {
            --m_depth;
            return;
        }
        switch (m_target) {
        case Target::EventId:
            m_event.eventId = m_text.trimmed().toUInt();
            break;
        case Target::Computer:
            m_event.computer = m_text.trimmed();
            break;
        case Target::Data:
            m_event.values.append(m_text);
            break;
        case Target::None:
            break;
        }
        m_target = Target::None;
    }

    bool stopped() const { return m_stopped; }

private:
    enum class Target { None, EventId, Computer, Data };
    void startEvent()
    {
        m_event = WindowsEvent();
        m_event.recordNumber = ++m_events;
        m_inEvent = true;
        m_inData = false;
        m_target = Target::None;
    }
    void collect(Target target)
    {
        m_target = target;
        m_depth = 0;
        m_text.resize(0);
    }

    XML_Parser m_parser;
    const WindowsEventXmlReader::Callbacks &m_callbacks;
    WindowsEvent m_event;
    qint64 m_events = 0;
    bool m_inEvent = false, m_inData = false, m_stopped = false;
    Target m_target = Target::None; // the element whose text is being gathered
    int m_depth = 0;                // elements open inside it
    QByteArray m_text;
    TimestampParser m_utc; // SystemTime is UTC, written with or without its Z
};

// Owns an expat parser.
struct ParserHandle {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    ~ParserHandle() { XML_ParserFree(parser); }
};

} // namespace

bool WindowsEventXmlReader::sniff(QByteArrayView head)
{
    const qsizetype at = head.indexOf("<Event ");
    return at >= 0 && head.sliced(at, std::min<qsizetype>(200, head.size() - at)).contains(kEventNamespace);
}

WindowsEventXmlReader::End WindowsEventXmlReader::read(QIODevice &in, const Callbacks &callbacks)
{
    ParserHandle handle;
    if (!handle.parser)
        qFatal("out of memory for the XML parser");
    XML_Parser parser = handle.parser;
    EventBuilder builder(parser, callbacks);
    XML_SetUserData(parser, &builder);
    XML_SetElementHandler(
        parser,
        [](void *data, const XML_Char *name, const XML_Char **attributes) {
            static_cast<EventBuilder *>(data)->startElement(name, attributes);
        },
        [](void *data, const XML_Char *name) { static_cast<EventBuilder *>(data)->endElement(name); });
    XML_SetCharacterDataHandler(parser, [](void *data, const XML_Char *text, int length) {
        static_cast<EventBuilder *>(data)->text(text, length);
    });
    // Exports hold several top-level <Event>s (or a banner before them): one synthetic root
    // makes them one document. An XML declaration, which must come first, is cut out.
    auto feed = [&](QByteArrayView data, bool last) {
        return XML_Parse(parser, data.data(), int(data.size()), last ? XML_TRUE : XML_FALSE) == XML_STATUS_OK;
    };
    QByteArray chunk(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    bool started = false;
    for (;;) {
        if (callbacks.progress && !callbacks.progress(done))
            return End::Cancelled;
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return End::ReadError;
        bool ok = true;
        if (n == 0) {
            if (!started)
                return End::Done;
            ok = feed("</dnstl-root>", true);
        } else {
            QByteArrayView data(chunk.constData(), n);
            if (!started) {
                if (data.startsWith("\xef\xbb\xbf"))
                    data = data.sliced(3);
                if (data.trimmed().startsWith("<?xml")) {
                    const qsizetype end = data.indexOf("?>");
                    data = end < 0 ? QByteArrayView() : data.sliced(end + 2);
                }
                ok = feed("<dnstl-root>", false);
                started = true;
            }
            ok = ok && feed(data, false);
            done += n;
        }
        if (builder.stopped())
            return End::Stopped;
        if (!ok) {
            const bool go = callbacks.broken(qint64(XML_GetCurrentLineNumber(parser)),
                                             QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(parser))));
            return go ? End::Done : End::Stopped;
        }
        if (n == 0)
            return End::Done;
    }
}
