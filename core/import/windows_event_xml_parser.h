// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timestamp_parser.h"
#include "windows_event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

// WindowsEventXmlParser: Debian's expat parsing exported Windows events, block by block, into
// WindowsEvents (what WindowsEventXmlReader's header says is read from each <Event>). The
// document may hold several top-level events or a banner before them: one synthetic root makes
// them one document, and an XML declaration (which must come first) and a BOM are cut out.
//
// The events of a block are written into a Batch whose WindowsEvents are reused from batch to
// batch: their buffers keep their capacity, so a steady stream of events allocates nothing. The
// EventData of events that `wanted` does not want (their provider and id come before it) is not
// gathered.
//
// Ownership: owns its expat parser. Thread-safety: none; one parser per document, which may be
// used from any one thread at a time. Cost: expat's tokenizing of every byte, and a copy of the
// text of the elements read (in UTF-8 as it is).
class WindowsEventXmlParser {
public:
    using Wanted = bool (*)(QByteArrayView provider, quint32 eventId);
    struct Batch {
        std::vector<WindowsEvent> events; // [0, used) are this batch's, in document order
        size_t used = 0;
    };

    explicit WindowsEventXmlParser(Wanted wanted = nullptr);
    ~WindowsEventXmlParser();
    WindowsEventXmlParser(const WindowsEventXmlParser &) = delete;
    WindowsEventXmlParser &operator=(const WindowsEventXmlParser &) = delete;

    // Parses the next block of the document (last: the document ends with it), appending the
    // events it completes to batch. False when the XML breaks: breakLine() and breakReason() say
    // where and why, and nothing more is parsed.
    bool parse(QByteArrayView block, bool last, Batch &batch);
    bool started() const { return m_started; }
    qint64 breakLine() const;
    QString breakReason() const;

    // expat's callbacks.
    void startElement(const char *qualifiedName, const char **attributes);
    void endElement(const char *qualifiedName);
    void text(const char *text, int length);

private:
    enum class Target { None, EventId, Computer, Data };
    void startEvent();
    void collect(Target target, QByteArray *into);

    struct Expat;
    Expat *m_expat;
    Wanted m_wanted;
    Batch *m_batch = nullptr;
    WindowsEvent m_event; // the event being read; swapped into the batch when it ends
    qint64 m_events = 0;
    bool m_started = false, m_inEvent = false, m_inData = false, m_skipData = false;
    qsizetype m_data = 0;           // EventData values of this event so far
    Target m_target = Target::None; // the element whose text is being gathered ...
    QByteArray *m_into = nullptr;   // ... and where
    int m_depth = 0;                // elements open inside it
    QByteArray m_text;              // EventID's text
    TimestampParser m_utc;          // SystemTime is UTC, written with or without its Z
};
