// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "record_csv.h"

#include "answer_set_text.h"
#include "bin_table_format.h"
#include "csv_field.h"

QByteArray RecordCsv::header(RowId rowId)
{
    QByteArray out = "time,dataset,client,qname,qtype,rcode,server,proto,answers";
    if (rowId == RowId::Include)
        out += ",row_id";
    for (int i = 0; i < kOwnerFieldCount; ++i)
        out += ',' + lookupFieldName(LookupField(int(LookupField::ClientOwner) + i)).toLatin1();
    return out + '\n';
}

QByteArray RecordCsv::rows(const QList<LookupRecord> &records, const QTimeZone &zone,
                           const QHash<qint64, QString> &datasetNames, RowId rowId)
{
    using CsvField::encode;
    QByteArray out;
    for (const LookupRecord &r : records) {
        out += BinTableFormat::isoTime(r.tsUs, zone) + ',';
        out += encode(datasetNames.value(r.dataset, QString::number(r.dataset))) + ',';
        for (const QString *field : {&r.client, &r.qname, &r.qtype, &r.rcode})
            out += encode(*field) + ',';
        out += encode(r.server) + ',' + LookupFlags::protoName(r.flags).toLatin1() + ',';
        out += encode(AnswerSetText::display(r.answers));
        if (rowId == RowId::Include)
            out += ',' + QByteArray::number(r.id);
        for (const QString &owner : r.owners)
            out += ',' + encode(owner);
        out += '\n';
    }
    return out;
}
