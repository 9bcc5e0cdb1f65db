// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer_registry.h"

#include "adguard_query_log_importer.h"
#include "bind_query_log_importer.h"
#include "cloud_dns_importer.h"
#include "coredns_log_importer.h"
#include "delimited_importer.h"
#include "dnsmasq_log_importer.h"
#include "dnstap_importer.h"
#include "evtx_importer.h"
#include "passive_dns_importer.h"
#include "pcap_importer.h"
#include "pihole_ftl_importer.h"
#include "route53_resolver_importer.h"
#include "suricata_eve_importer.h"
#include "unbound_log_importer.h"
#include "windows_dns_importer.h"
#include "zeek_json_importer.h"
#include "zeek_tsv_importer.h"

// In sniffing order: binary formats, then text formats with a distinctive shape, then the
// delimited presets, and generic delimited text last (it accepts almost any text).
const QList<const Importer *> &ImporterRegistry::all()
{
    static const PcapImporter pcap;
    static const DnstapImporter dnstap;
    static const EvtxImporter evtx;
    static const PiholeFtlImporter piholeFtl;
    static const ZeekTsvImporter zeekTsv;
    static const SuricataEveImporter suricata;
    static const Route53ResolverImporter route53;
    static const CloudDnsImporter cloudDns;
    static const AdguardQueryLogImporter adguard;
    static const ZeekJsonImporter zeekJson;
    static const PassiveDnsImporter passiveDns;
    static const BindQueryLogImporter bind;
    static const DnsmasqLogImporter dnsmasq;
    static const WindowsDnsImporter windowsDns;
    static const UnboundLogImporter unbound;
    static const CorednsLogImporter coredns;
    static const DelimitedImporter umbrella(DelimitedPreset::umbrella());
    static const DelimitedImporter dnsdbq(DelimitedPreset::dnsdbq());
    static const DelimitedImporter delimited;
    static const QList<const Importer *> importers = {
        &pcap,       &dnstap, &evtx,    &piholeFtl,  &zeekTsv, &suricata, &route53,  &cloudDns, &adguard,  &zeekJson,
        &passiveDns, &bind,   &dnsmasq, &windowsDns, &unbound, &coredns,  &umbrella, &dnsdbq,   &delimited};
    return importers;
}

const Importer *ImporterRegistry::byId(const QString &formatId)
{
    for (const Importer *importer : all()) {
        if (importer->formatId() == formatId)
            return importer;
    }
    return nullptr;
}

const Importer *ImporterRegistry::sniff(QByteArrayView head)
{
    for (const Importer *importer : all()) {
        if (importer->sniff(head))
            return importer;
    }
    return nullptr;
}

QString ImporterRegistry::supportedList()
{
    QStringList parts;
    for (const Importer *importer : all())
        parts.append(QStringLiteral("%1 (%2)").arg(importer->formatId(), importer->description()));
    return parts.join(QStringLiteral(", "));
}
