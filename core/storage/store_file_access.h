// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Whether this process may change a store file, asked before opening it, so that a store it
// cannot write is opened read-only with the reason shown instead of failing at the first
// edit. SQLite must write the file and, in WAL mode, create STORE-wal and STORE-shm beside it.
// Thread-safe (no state); costs a few system calls.
namespace StoreFileAccess {
// Why the store at path cannot be written, as a clause that follows the store's name
// ("is on a read-only file system"); none when it can (or when path does not exist yet).
std::optional<QString> whyNotWritable(const QString &path);
} // namespace StoreFileAccess
