// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer_registry.h"

#include "bind_query_log_importer.h"
#include "delimited_importer.h"
#include "dnsmasq_log_importer.h"
#include "passive_dns_importer.h"
#include "pcap_importer.h"
#include "pihole_ftl_importer.h"
#include "zeek_json_importer.h"
#include "zeek_tsv_importer.h"

// In sniffing order: binary formats, then text formats with a distinctive shape, then the
// delimited presets, and generic delimited text last (it accepts almost any text).
const QList<const Importer *> &ImporterRegistry::all()
{
    static const PcapImporter pcap;
    static const PiholeFtlImporter piholeFtl;
    static const ZeekTsvImporter zeekTsv;
    static const ZeekJsonImporter zeekJson;
    static const PassiveDnsImporter passiveDns;
    static const BindQueryLogImporter bind;
    static const DnsmasqLogImporter dnsmasq;
    static const DelimitedImporter umbrella(DelimitedPreset::umbrella());
    static const DelimitedImporter dnsdbq(DelimitedPreset::dnsdbq());
    static const DelimitedImporter delimited;
    static const QList<const Importer *> importers = {&pcap, &piholeFtl, &zeekTsv,  &zeekJson, &passiveDns,
                                                      &bind, &dnsmasq,   &umbrella, &dnsdbq,   &delimited};
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
