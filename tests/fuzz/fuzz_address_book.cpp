// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the address book files: the input's first byte picks CSV or JSON; the
// rest is the file. A book read must write back out and read again to the same rows, and
// compile into an AddressBook that matches each of its own patterns' text without failing.
#include "address_book.h"
#include "address_book_file.h"
#include "failure.h"
#include "fuzz_support.h"

#include <cstdint>
#include <cstdlib>

QByteArray fuzzOutcome(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return "too short";
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    const auto format = bytes[0] % 2 ? AddressBookFile::Format::Json : AddressBookFile::Format::Csv;
    QList<AddressBookEntry> read;
    try {
        read = AddressBookFile::read(data, format, QStringLiteral("fuzz"));
    } catch (const Failure &failure) {
        return "error: " + oneLine(failure.message().toUtf8());
    }
    for (const auto back : {AddressBookFile::Format::Csv, AddressBookFile::Format::Json}) {
        try {
            if (AddressBookFile::read(AddressBookFile::write(read, back), back, QStringLiteral("again")) != read)
                abort();
        } catch (const Failure &) {
            abort();
        }
    }
    const AddressBook book(read);
    qsizetype matched = 0;
    for (const AddressBookEntry &e : read)
        matched += book.match(e.pattern) ? 1 : 0;
    return "rows " + QByteArray::number(read.size()) + " matching their own pattern " + QByteArray::number(matched);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    (void)fuzzOutcome(bytes, size);
    return 0;
}
