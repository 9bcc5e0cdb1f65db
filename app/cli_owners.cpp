// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli_owners.h"

#include "address_book_file.h"
#include "cli_support.h"
#include "failure.h"
#include "owner_directory.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace CliSupport;

namespace {

using Format = AddressBookFile::Format;

int importBook(const QString &storePath, const QString &file, std::optional<Format> format, bool replace)
{
    try {
        const QList<AddressBookEntry> entries = AddressBookFile::readFile(file, format);
        const AddressBookImport done = openStore(storePath, StoreOpenMode::Create)->importAddressBook(entries, replace);
        const QJsonObject line{{QStringLiteral("file"), file},
                               {QStringLiteral("added"), done.added},
                               {QStringLiteral("updated"), done.updated},
                               {QStringLiteral("removed"), done.removed}};
        out(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    } catch (const Failure &e) {
        return fail(e.message());
    }
}

int exportBook(const QString &storePath, const QString &file, Format format)
{
    QByteArray bytes;
    try {
        bytes = AddressBookFile::write(openStore(storePath, StoreOpenMode::ReadOnly)->addressBook(), format);
    } catch (const Failure &e) {
        return fail(e.message());
    }
    return writeOutput(file, bytes);
}

int labelValues(const QString &storePath, const QStringList &values, const QStringList &databases)
{
    try {
        const auto store = openStore(storePath, StoreOpenMode::ReadOnly);
        const OwnerDirectory directory(std::make_shared<const AddressBook>(store->addressBook()),
                                       MmdbDatabase::openAll(databases));
        for (const QString &value : values) {
            const OwnerLabels l = directory.labels(value);
            const QJsonObject line{{QStringLiteral("value"), value},
                                   {QStringLiteral("owner"), l.owner},
                                   {QStringLiteral("asn"), l.asn},
                                   {QStringLiteral("org"), l.org},
                                   {QStringLiteral("country"), l.country}};
            out(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        return 0;
    } catch (const Failure &e) {
        return fail(e.message());
    }
}

} // namespace

int runOwnersCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("STORE"), QStringLiteral("The store file."));
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            QStringLiteral("list (JSON on stdout), import FILE, export FILE (- for stdout), or "
                                           "label VALUE... (what the book and --mmdb databases say, JSON lines)."),
                            QStringLiteral("list|import FILE|export FILE|label VALUE..."));
    p.addOptions({
        {QStringLiteral("format"),
         QStringLiteral("File format: csv or json (default: from the file's extension, else from the content on "
                        "import, csv on export)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("replace"), QStringLiteral("import: remove the rows the file does not have.")},
        {QStringLiteral("mmdb"),
         QStringLiteral("label: a MaxMind-format database for ASN, AS organisation and country (repeatable)."),
         QStringLiteral("FILE")},
    });
    const int early = parseOrHelp(p, args,
                                  QStringLiteral("Usage: dnstimeline owners STORE list|import FILE|export FILE|"
                                                 "label VALUE... [--format csv|json] [--replace] [--mmdb FILE]"));
    if (early >= 0)
        return early;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(1);
    std::optional<Format> format;
    if (p.isSet(QStringLiteral("format"))) {
        format = AddressBookFile::fromName(p.value(QStringLiteral("format")));
        if (!format)
            return usageError(QStringLiteral("bad --format '%1' (csv or json)").arg(p.value(QStringLiteral("format"))));
    }
    if (action == QLatin1String("list") && pos.size() == 2)
        return exportBook(pos[0], QStringLiteral("-"), format.value_or(Format::Json));
    if (action == QLatin1String("import") && pos.size() == 3)
        return importBook(pos[0], pos[2], format, p.isSet(QStringLiteral("replace")));
    if (action == QLatin1String("export") && pos.size() == 3)
        return exportBook(pos[0], pos[2],
                          format ? *format : AddressBookFile::fromExtension(pos[2]).value_or(Format::Csv));
    if (action == QLatin1String("label") && pos.size() >= 3)
        return labelValues(pos[0], pos.mid(2), p.values(QStringLiteral("mmdb")));
    return usageError(
        QStringLiteral("owners needs STORE and list, import FILE, export FILE or label VALUE... (see --help)"));
}
