// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookup_field.h"

namespace {
constexpr std::array<const char *, 20> kNames = {
    "dataset",    "client",         "qname",        "qtype",      "rcode",          "server",        "proto",
    "answer",     "client_owner",   "client_asn",   "client_org", "client_country", "server_owner",  "server_asn",
    "server_org", "server_country", "answer_owner", "answer_asn", "answer_org",     "answer_country"};
}

QString lookupFieldName(LookupField field)
{
    return QString::fromLatin1(kNames[size_t(field)]);
}

std::optional<LookupField> parseLookupField(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    for (size_t i = 0; i < kNames.size(); ++i) {
        if (lower == QLatin1String(kNames[i]))
            return LookupField(i);
    }
    return std::nullopt;
}

const std::vector<QString> &LookupFlags::protoValues()
{
    static const std::vector<QString> values = {QString(),
                                                QStringLiteral("dns"),
                                                QStringLiteral("mdns"),
                                                QStringLiteral("resolver"),
                                                QStringLiteral("forwarder"),
                                                QStringLiteral("auth"),
                                                QStringLiteral("stub"),
                                                QStringLiteral("tool"),
                                                QStringLiteral("update"),
                                                QStringLiteral("role7")};
    return values;
}

QString LookupFlags::protoName(quint8 flags)
{
    return protoValues()[protoId(flags)];
}
