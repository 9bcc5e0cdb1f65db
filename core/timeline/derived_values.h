// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_set_table.h"
#include "lookup_field.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

// The values of a field derived from another field's ids when a view is computed (the owner
// fields: client_owner from the client's names id, …). valueOf[id] is the value id of source
// id `id`; value 0 is "no value" (an address nobody labelled), as name id 0 is an absent name,
// and so is every id past the end of valueOf (a name the labelling has not seen). values[v] is
// the text of value v (values[0] empty). A field derived from answers (answer_owner …) has
// several values per lookup: valueOf is then by answer value id (AnswerSetTable::values()),
// and `sets` maps the lookups' answer set ids to the distinct values of their answers
// (AnswerSetTable::mapped), read like the answer field's own table.
// Immutable once shared; share with shared_ptr<const>.
// Cost: 4 bytes per source id plus the distinct values (plus sets: about 4 bytes per answer).
struct DerivedValues {
    std::vector<quint32> valueOf;
    std::vector<QString> values = {QString()};
    AnswerSetTablePtr sets; // set for a field derived from answers
    quint32 of(quint32 id) const { return id < valueOf.size() ? valueOf[id] : 0; }
};
using DerivedValuesPtr = std::shared_ptr<const DerivedValues>;
// The derived fields a view reads (its filters and split), by field.
using DerivedFields = std::map<LookupField, DerivedValuesPtr>;
