// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lookup_field.h"

#include <QtGlobal>

#include <array>

// One lookup with its names interned into the store's dictionary.
// names[] follows kNameFields (client, qname, qtype, rcode, server); id 0 means absent.
// flags: LookupFlags bits (0 = plain DNS). answers: the id of the lookup's answer set in the
// store's answer_sets (0: no answers), answerTtl its base TTL in seconds (AnswerSetText): the
// row is 40 bytes.
struct LookupRow {
    qint64 tsUs = 0; // µs since the epoch, UTC
    std::array<quint32, 5> names = {};
    quint8 flags = 0;
    quint32 answers = 0;
    quint32 answerTtl = 0;
    quint32 name(LookupField field) const { return names[size_t(nameFieldIndex(field))]; }
};
