// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore's per-store settings: the rows of `store_meta` (schema v2), so far the redaction key.
#include "sqlite_store.h"

#include "sqlite_db.h"

#include <QRandomGenerator>

#include <array>

namespace {
constexpr int kKeyBytes = 32;
constexpr QByteArrayView kKeyName = "redaction_key";
} // namespace

QByteArray SqliteStore::redactionKey()
{
    std::lock_guard guard(m_mutex);
    // A version 1 store read as it is has no store_meta table: it has no key either.
    if (m_db->queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'store_meta'") > 0) {
        Statement read = m_db->prepare("SELECT value FROM store_meta WHERE key = ?");
        read.bind(1, kKeyName);
        if (read.step() && read.blob(0).size() == kKeyBytes)
            return read.blob(0).toByteArray();
    }
    if (m_readOnly)
        throw Failure(Failure::Kind::Refused,
                      QStringLiteral("%1 has no redaction key yet and is open read-only; open it writable once "
                                     "(e.g. run the redacting command on a copy you may write) to create one")
                          .arg(m_path));
    std::array<quint32, kKeyBytes / 4> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray key(reinterpret_cast<const char *>(words.data()), kKeyBytes);
    Statement write = m_db->prepare("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)");
    write.bind(1, kKeyName).bindBlob(2, key).exec();
    return key;
}
