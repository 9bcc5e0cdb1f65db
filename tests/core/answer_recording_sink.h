// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording_sink.h"

#include <QByteArrayList>

// A RecordingSink that also keeps each lookup's answers, as "TYPE rdata ttl" (ttl -1: unknown).
class AnswerRecordingSink : public RecordingSink {
public:
    void add(const RawLookup &l) override
    {
        RecordingSink::add(l);
        QByteArrayList list;
        for (const RawAnswer &a : l.answers)
            list.append(a.type.toByteArray() + ' ' + a.rdata.toByteArray() + ' ' + QByteArray::number(a.ttl));
        answers.append(list);
    }
    QList<QByteArrayList> answers;
};
