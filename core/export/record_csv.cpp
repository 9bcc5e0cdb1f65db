// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_csv.h"

#include "answer_set_text.h"
#include "bin_table_format.h"

QByteArray RecordCsv::header()
{
    return "time,dataset,client,qname,qtype,rcode,server,proto,answers\n";
}

QByteArray RecordCsv::rows(const QList<LookupRecord> &records, const QTimeZone &zone,
                           const QHash<qint64, QString> &datasetNames)
{
    using BinTableFormat::csvField;
    QByteArray out;
    for (const LookupRecord &r : records) {
        out += BinTableFormat::isoTime(r.tsUs, zone) + ',';
        out += csvField(datasetNames.value(r.dataset, QString::number(r.dataset))) + ',';
        for (const QString *field : {&r.client, &r.qname, &r.qtype, &r.rcode})
            out += csvField(*field) + ',';
        out += csvField(r.server) + ',' + LookupFlags::protoName(r.flags).toLatin1() + ',';
        out += csvField(AnswerSetText::display(r.answers)) + '\n';
    }
    return out;
}
