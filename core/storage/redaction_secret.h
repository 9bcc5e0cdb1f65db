// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// RedactionSecret: the role of a store that keeps the secret for redaction pseudonyms (keyed
// HMAC-SHA256 of addresses, see AddressPseudonymizer): 32 random bytes, created on first use
// and kept with the store (SQLite: store_meta key 'redaction_key'). One of the role interfaces
// LookupStore is made of. Thread-safe.
class RedactionSecret {
public:
    virtual ~RedactionSecret() = default;

    // Throws Failure if the store has no key yet and cannot keep one (open read-only).
    virtual QByteArray redactionKey() = 0;
};
