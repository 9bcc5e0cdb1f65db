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
// Ownership: none kept between calls. Thread-safety: reentrant.
// Cost: expat's parse of the file, fed 1 MiB at a time; the text of the elements read is
//   gathered in UTF-8 as it is (no conversion to UTF-16).
namespace WindowsEventXmlReader {
// Whether a file's head holds an exported Windows event.
bool sniff(QByteArrayView head);

struct Callbacks {
    std::function<bool(const WindowsEvent &)> event;             // false: stop
    std::function<bool(qint64 line, const QString &why)> broken; // the XML breaks at line: the rest is not read
    std::function<bool(qint64 done)> progress;                   // bytes read; false: cancel
};
enum class End { Done, Stopped, Cancelled, ReadError };
End read(QIODevice &in, const Callbacks &callbacks);
} // namespace WindowsEventXmlReader
