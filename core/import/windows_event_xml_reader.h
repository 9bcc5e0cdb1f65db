// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import_types.h"
#include "windows_event.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QString>

#include <functional>

// WindowsEventXmlReader: Windows events exported as XML — `wevtutil qe LOG /f:xml` (events one
// after the other, no root), `evtxexport -f xml` (the same after a banner line), `evtx_dump.py`
// (an <Events> root) and Event Viewer's "Save as XML" — read with Debian's expat, streaming
// (chosen over QXmlStreamReader, which tokenized these files 3-5x slower: README, Windows importers).
// Each <Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"> becomes a
// WindowsEvent: System/Provider@Name, EventID, TimeCreated@SystemTime (UTC; with or without Z),
// Computer, and the EventData (or UserData) <Data Name="…"> values; its record number is its
// place in the file. Anything before the first element (a banner, an XML declaration) is read
// past.
//
// expat's parse (WindowsEventXmlParser) runs on a thread of its own, 1 MiB block after block,
// while the calling thread reads the file and hands the events on in file order: the parse is
// most of the work (perf: expat alone 45 % of a one-thread import), the handing on and the
// lookups made of the events the rest.
//
// Ownership: none kept between calls; read() joins its thread before it returns. Thread-safety:
// reentrant; the callbacks run on the calling thread. Cost: expat's parse of the file; the text
// of the elements read is gathered in UTF-8 as it is (no conversion to UTF-16), into buffers
// reused from event to event; memory: at most two blocks waiting and the events of a few.
namespace WindowsEventXmlReader {
// Whether a file's head holds an exported Windows event.
bool sniff(QByteArrayView head);

struct Callbacks {
    // Which events' EventData to gather (null: all); the others come with no values.
    bool (*wanted)(QByteArrayView provider, quint32 eventId) = nullptr;
    std::function<bool(const WindowsEvent &)> event;             // false: stop
    std::function<bool(qint64 line, const QString &why)> broken; // the XML breaks at line: the rest is not read
    std::function<bool(qint64 done)> progress;                   // bytes read; false: cancel
};
enum class End { Done, Stopped, Cancelled, ReadError };
End read(QIODevice &in, const Callbacks &callbacks);
} // namespace WindowsEventXmlReader
