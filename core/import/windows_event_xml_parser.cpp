// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_event_xml_parser.h"

#include <expat.h>

#include <utility>

namespace {

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

// Sets to to text, keeping to's buffer when it is its own.
void assign(QByteArray &to, QByteArrayView text)
{
    to.resize(0);
    to.append(text);
}

} // namespace

struct WindowsEventXmlParser::Expat {
    XML_Parser parser = XML_ParserCreate("UTF-8");
    ~Expat() { XML_ParserFree(parser); }
};

WindowsEventXmlParser::WindowsEventXmlParser(Wanted wanted) : m_expat(new Expat), m_wanted(wanted)
{
    XML_Parser parser = m_expat->parser;
    if (!parser)
        qFatal("out of memory for the XML parser");
    XML_SetUserData(parser, this);
    XML_SetElementHandler(
        parser,
        [](void *data, const XML_Char *name, const XML_Char **attributes) {
            static_cast<WindowsEventXmlParser *>(data)->startElement(name, attributes);
        },
        [](void *data, const XML_Char *name) { static_cast<WindowsEventXmlParser *>(data)->endElement(name); });
    XML_SetCharacterDataHandler(parser, [](void *data, const XML_Char *text, int length) {
        static_cast<WindowsEventXmlParser *>(data)->text(text, length);
    });
}

WindowsEventXmlParser::~WindowsEventXmlParser()
{
    delete m_expat;
}

bool WindowsEventXmlParser::parse(QByteArrayView block, bool last, Batch &batch)
{
    XML_Parser parser = m_expat->parser;
    auto feed = [&](QByteArrayView data, bool final) {
        return XML_Parse(parser, data.data(), int(data.size()), final ? XML_TRUE : XML_FALSE) == XML_STATUS_OK;
    };
    m_batch = &batch;
    bool ok = true;
    if (!m_started && !block.isEmpty()) {
        if (block.startsWith("\xef\xbb\xbf"))
            block = block.sliced(3);
        if (block.trimmed().startsWith("<?xml")) {
            const qsizetype end = block.indexOf("?>");
            block = end < 0 ? QByteArrayView() : block.sliced(end + 2);
        }
        ok = feed("<dnstl-root>", false);
        m_started = true;
    }
    ok = ok && (block.isEmpty() || feed(block, false));
    if (ok && last && m_started)
        ok = feed("</dnstl-root>", true);
    m_batch = nullptr;
    return ok;
}

qint64 WindowsEventXmlParser::breakLine() const
{
    return qint64(XML_GetCurrentLineNumber(m_expat->parser));
}

QString WindowsEventXmlParser::breakReason() const
{
    return QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_expat->parser)));
}

void WindowsEventXmlParser::startElement(const XML_Char *qualifiedName, const XML_Char **attributes)
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
        assign(m_event.provider, attribute(attributes, "Name"));
    } else if (name == "EventID") {
        collect(Target::EventId, &m_text);
    } else if (name == "TimeCreated") {
        m_event.writtenUs = m_utc.parse(attribute(attributes, "SystemTime")).value_or(0);
    } else if (name == "Computer") {
        collect(Target::Computer, &m_event.computer);
    } else if (name == "EventData" || name == "UserData") {
        m_inData = true;
        m_skipData = m_wanted && !m_wanted(m_event.provider, m_event.eventId);
    } else if (m_inData && !m_skipData && name == "Data") {
        if (m_data == m_event.names.size()) {
            m_event.names.emplaceBack();
            m_event.values.emplaceBack();
        }
        assign(m_event.names[m_data], attribute(attributes, "Name"));
        collect(Target::Data, &m_event.values[m_data]);
        ++m_data;
    }
}

void WindowsEventXmlParser::text(const XML_Char *text, int length)
{
    if (m_target != Target::None)
        m_into->append(text, length);
}

void WindowsEventXmlParser::endElement(const XML_Char *qualifiedName)
{
    if (!m_inEvent)
        return;
    if (m_target == Target::None) {
        if (localName(qualifiedName) == "Event") {
            m_inEvent = false;
            m_event.names.resize(m_data);
            m_event.values.resize(m_data);
            if (m_batch->used == m_batch->events.size())
                m_batch->events.emplace_back();
            std::swap(m_batch->events[m_batch->used++], m_event); // m_event gets the slot's old buffers
        }
        return;
    }
    if (m_depth > 0) {
        --m_depth;
        return;
    }
    if (m_target == Target::EventId)
        m_event.eventId = m_text.trimmed().toUInt();
    else if (m_target == Target::Computer && !m_event.computer.isEmpty() &&
             (QChar::isSpace(uchar(m_event.computer.front())) || QChar::isSpace(uchar(m_event.computer.back()))))
        m_event.computer = m_event.computer.trimmed();
    m_target = Target::None;
    m_into = nullptr;
}

void WindowsEventXmlParser::startEvent()
{
    m_event.recordNumber = ++m_events;
    m_event.provider.resize(0);
    m_event.eventId = 0;
    m_event.computer.resize(0);
    m_event.writtenUs = 0;
    m_data = 0;
    m_inEvent = true;
    m_inData = false;
    m_skipData = false;
    m_target = Target::None;
}

void WindowsEventXmlParser::collect(Target target, QByteArray *into)
{
    m_target = target;
    m_into = into;
    m_depth = 0;
    into->resize(0);
}
