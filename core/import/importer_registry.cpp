// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer_registry.h"

#include "delimited_importer.h"
#include "pcap_importer.h"
#include "zeek_json_importer.h"
#include "zeek_tsv_importer.h"

const QList<const Importer *> &ImporterRegistry::all()
{
    static const PcapImporter pcap;
    static const ZeekTsvImporter zeekTsv;
    static const ZeekJsonImporter zeekJson;
    static const DelimitedImporter delimited;
    static const QList<const Importer *> importers = {&pcap, &zeekTsv, &zeekJson, &delimited};
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
