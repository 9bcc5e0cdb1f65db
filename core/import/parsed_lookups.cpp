// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsed_lookups.h"

void ParsedLookups::clear()
{
    m_text.clear();
    m_items.clear();
    m_answers.clear();
    m_messages.clear();
}

void ParsedLookups::addValues(Item &item, const LookupBuilder::Values &v)
{
    const QByteArrayView fields[kFields] = {v.ts,    v.client, v.server,     v.query,
                                            v.qtype, v.rcode,  v.clientPort, v.serverPort};
    for (int i = 0; i < kFields; ++i)
        item.fields[i] = keep(fields[i]);
    item.answersFrom = m_answers.size();
    m_answers.keep(m_text, v.answers);
    item.answersTo = m_answers.size();
}

bool ParsedLookups::add(qint64 line, const LookupBuilder::Values &values)
{
    if (m_times) {
        qint64 tsUs = 0;
        if (const std::optional<QString> bad = LookupBuilder::parseTime(*m_times, values.ts, tsUs))
            return reject(line, *bad);
        return addAt(line, tsUs, values);
    }
    Item &item = m_items.emplace_back();
    item.kind = Kind::Lookup;
    item.line = line;
    addValues(item, values);
    return true;
}

bool ParsedLookups::addAt(qint64 line, qint64 tsUs, const LookupBuilder::Values &values)
{
    Item &item = m_items.emplace_back();
    item.kind = Kind::LookupAt;
    item.line = line;
    item.tsUs = tsUs;
    addValues(item, values);
    return true;
}

bool ParsedLookups::reject(qint64 line, const QString &message)
{
    Item &item = m_items.emplace_back();
    item.kind = Kind::Reject;
    item.line = line;
    item.answersFrom = quint32(m_messages.size());
    m_messages.append(message);
    return true;
}

bool ParsedLookups::skip()
{
    m_items.emplace_back().kind = Kind::Skip;
    return true;
}

bool ParsedLookups::replay(LookupBuilder &builder, ImportReport &report)
{
    for (const Item &item : m_items) {
        switch (item.kind) {
        case Kind::Lookup:
        case Kind::LookupAt: {
            LookupBuilder::Values v;
            QByteArrayView *fields[kFields] = {&v.ts,    &v.client, &v.server,     &v.query,
                                               &v.qtype, &v.rcode,  &v.clientPort, &v.serverPort};
            for (int i = 0; i < kFields; ++i)
                *fields[i] = view(item.fields[i]);
            v.answers = m_answers.view(m_text, item.answersFrom, item.answersTo);
            if (!(item.kind == Kind::Lookup ? builder.add(item.line, v) : builder.addAt(item.tsUs, v)))
                return false;
            break;
        }
        case Kind::Reject:
            if (!builder.reject(item.line, m_messages[item.answersFrom]))
                return false;
            break;
        case Kind::Skip:
            ++report.skipped;
            break;
        }
    }
    return true;
}
