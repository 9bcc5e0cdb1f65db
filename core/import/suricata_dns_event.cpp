// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suricata_dns_event.h"

namespace {

using Json = JsonDocumentParser;

QString wrongType(const char *field, const char *expected, simdjson::dom::element value)
{
    return Json::wrongType(field, expected, value);
}

std::optional<QString> stringMember(simdjson::dom::object o, std::string_view key, const char *field,
                                    QByteArrayView &out)
{
    return Json::stringMember(o, key, out, field);
}

// The SOA record's fields as presentation text (Suricata logs them as an object, not rdata).
void addSoa(AnswerList &answers, simdjson::dom::object soa, qint64 ttl, QByteArray &scratch)
{
    scratch.resize(0);
    for (const char *key : {"mname", "rname"}) {
        scratch.append(Json::textOf(soa, key)).append(' ');
    }
    for (const char *key : {"serial", "refresh", "retry", "expire", "minimum"}) {
        scratch.append(QByteArray::number(Json::integerOf(soa, key).value_or(0))).append(' ');
    }
    scratch.chop(1);
    answers.add("SOA", scratch, ttl);
}

// One detailed answer {rrname, rrtype, ttl, rdata | soa}; other rdata objects are left out.
void addDetailed(AnswerList &answers, simdjson::dom::object a, QByteArray &scratch)
{
    const QByteArrayView type = Json::textOf(a, "rrtype");
    const qint64 ttl = Json::integerOf(a, "ttl").value_or(-1);
    simdjson::dom::object soa;
    if (!a["soa"].get_object().get(soa))
        addSoa(answers, soa, ttl, scratch);
    else
        answers.add(type, Json::textOf(a, "rdata"), ttl);
}

} // namespace

std::optional<QString> SuricataDnsEvent::read(simdjson::dom::object record)
{
    answers.clear();
    const QByteArrayView eventType = Json::textOf(record, "event_type");
    if (eventType.isEmpty())
        return QStringLiteral("no \"event_type\": not a Suricata EVE record");
    if (eventType != "dns")
        return QString(); // another kind of event
    simdjson::dom::object dns;
    simdjson::dom::element dnsValue;
    if (record["dns"].get(dnsValue))
        return QStringLiteral("a dns event without \"dns\"");
    if (dnsValue.get_object().get(dns))
        return wrongType("dns", "an object", dnsValue);
    if (auto bad = stringMember(record, "timestamp", "timestamp", timestamp))
        return bad;
    for (auto [key, field, out] :
         {std::tuple{"src_ip", "src_ip", &srcIp}, {"dest_ip", "dest_ip", &destIp}, {"proto", "proto", &proto}}) {
        if (auto bad = stringMember(record, key, field, *out))
            return bad;
    }
    srcPort = Json::integerOf(record, "src_port").value_or(-1);
    destPort = Json::integerOf(record, "dest_port").value_or(-1);
    flowId.reset();
    uint64_t flow = 0;
    if (!record["flow_id"].get_uint64().get(flow))
        flowId = flow;

    QByteArrayView type;
    if (auto bad = stringMember(dns, "type", "dns.type", type))
        return bad;
    if (type == "query" || type == "request")
        kind = Kind::Query;
    else if (type == "answer" || type == "response")
        kind = Kind::Answer;
    else if (type.isEmpty())
        return QStringLiteral("no \"dns.type\"");
    else
        return QStringLiteral("unknown dns.type '%1'")
            .arg(QString::fromUtf8(type.first(std::min<qsizetype>(32, type.size()))));
    version = int(Json::integerOf(dns, "version").value_or(1));
    dnsId = Json::integerOf(dns, "id").value_or(-1);
    txId = Json::integerOf(dns, "tx_id").value_or(Json::integerOf(record, "tx_id").value_or(-1));
    if (auto bad = stringMember(dns, "rcode", "dns.rcode", rcode))
        return bad;
    if (auto bad = stringMember(dns, "rrname", "dns.rrname", rrname))
        return bad;
    if (auto bad = stringMember(dns, "rrtype", "dns.rrtype", rrtype))
        return bad;
    simdjson::dom::array queries;
    if (!dns["queries"].get_array().get(queries)) { // version 3: the question in an array
        simdjson::dom::object first;
        for (simdjson::dom::element q : queries) {
            if (q.get_object().get(first))
                return wrongType("dns.queries[0]", "an object", q);
            rrname = Json::textOf(first, "rrname");
            rrtype = Json::textOf(first, "rrtype");
            break;
        }
    }

    if (kind == Kind::Answer) {
        simdjson::dom::element detailed, grouped;
        if (!dns["answers"].get(detailed)) {
            simdjson::dom::array list;
            if (detailed.get_array().get(list))
                return wrongType("dns.answers", "an array", detailed);
            for (simdjson::dom::element a : list) {
                simdjson::dom::object answer;
                if (a.get_object().get(answer))
                    return wrongType("dns.answers[]", "an object", a);
                addDetailed(answers, answer, m_scratch);
            }
        } else if (!dns["grouped"].get(grouped)) { // no TTLs, and Suricata writes the types in hash order
            simdjson::dom::object byType;
            if (grouped.get_object().get(byType))
                return wrongType("dns.grouped", "an object", grouped);
            for (auto [rrType, list] : byType) {
                simdjson::dom::array values;
                if (list.get_array().get(values))
                    continue;
                for (simdjson::dom::element v : values)
                    answers.add(QByteArrayView(rrType.data(), qsizetype(rrType.size())), Json::text(v));
            }
        } else if (version == 1 && !Json::textOf(dns, "rdata").isEmpty()) { // version 1: this record is one RR
            answers.add(rrtype, Json::textOf(dns, "rdata"), Json::integerOf(dns, "ttl").value_or(-1));
        } else if (version == 1) {
            simdjson::dom::object soa;
            if (!dns["soa"].get_object().get(soa))
                addSoa(answers, soa, Json::integerOf(dns, "ttl").value_or(-1), m_scratch);
        }
    }
    if (timestamp.isEmpty())
        return QStringLiteral("no \"timestamp\"");
    return std::nullopt;
}
