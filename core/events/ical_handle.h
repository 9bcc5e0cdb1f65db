// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <libical/ical.h>

#include <memory>

// Owning handles for what libical allocates, so that every path frees it once.
struct IcalComponentFree {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using IcalComponentPtr = std::unique_ptr<icalcomponent, IcalComponentFree>;

// The iCalendar text of a component (CRLF, folded at 75 octets by libical).
inline QByteArray icalText(icalcomponent *c)
{
    char *text = icalcomponent_as_ical_string_r(c);
    const QByteArray out(text ? text : "");
    icalmemory_free_buffer(text);
    return out;
}
