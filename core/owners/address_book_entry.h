// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One row of a store's address book: who is behind the addresses or names `pattern` matches
// (AddressPattern: "217.12.96.0/24", "*.trump-email.com"), as `label` ("Alfa Bank"), with an
// optional note and the URL of the source that says so. id is the store's (0: not stored yet);
// pattern is kept in AddressPattern's canonical spelling, one row per pattern.
struct AddressBookEntry {
    qint64 id = 0;
    QString pattern;
    QString label;
    QString note;
    QString sourceUrl;
    bool operator==(const AddressBookEntry &) const = default;
};
