// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "field_labels.h"

QString FieldLabels::of(LookupField field)
{
    switch (field) {
    case LookupField::Dataset:
        return tr("dataset");
    case LookupField::Client:
        return tr("client");
    case LookupField::Qname:
        return tr("qname");
    case LookupField::Qtype:
        return tr("qtype");
    case LookupField::Rcode:
        return tr("rcode");
    case LookupField::Server:
        return tr("server");
    case LookupField::Proto:
        return tr("proto");
    case LookupField::Answer:
        return tr("answer");
    case LookupField::ClientOwner:
        return tr("client owner");
    case LookupField::ClientAsn:
        return tr("client ASN");
    case LookupField::ClientOrg:
        return tr("client AS organisation");
    case LookupField::ClientCountry:
        return tr("client country");
    case LookupField::ServerOwner:
        return tr("server owner");
    case LookupField::ServerAsn:
        return tr("server ASN");
    case LookupField::ServerOrg:
        return tr("server AS organisation");
    case LookupField::ServerCountry:
        return tr("server country");
    case LookupField::AnswerOwner:
        return tr("answer owner");
    case LookupField::AnswerAsn:
        return tr("answer ASN");
    case LookupField::AnswerOrg:
        return tr("answer AS organisation");
    case LookupField::AnswerCountry:
        return tr("answer country");
    }
    return {};
}

QString FieldLabels::ofColumn(const QString &key)
{
    if (const auto field = parseLookupField(key))
        return of(*field);
    static const char *const kOthers[] = {QT_TR_NOOP("time"),      QT_TR_NOOP("timestamp"), QT_TR_NOOP("rrname"),
                                          QT_TR_NOOP("rrtype"),    QT_TR_NOOP("rdata"),     QT_TR_NOOP("first seen"),
                                          QT_TR_NOOP("last seen"), QT_TR_NOOP("count"),     QT_TR_NOOP("answers")};
    for (const char *other : kOthers) {
        if (key == QLatin1String(other))
            return tr(other);
    }
    return key;
}
