// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

#include <vector>

// The filter language of every view (`--where FIELD=GLOB`, the Filters dock, drill-down):
// a whole-value, case-insensitive glob where `*` is any run (slashes included, unlike Qt
// 6.4's file-name wildcards), `?` one character (a code point: an emoji outside the BMP is
// one, though two UTF-16 units), `[abc]` / `[!abc]` / `[a-z]` a set, and everything else
// literal. Pure functions; thread-safe.
namespace NameGlob {
QRegularExpression pattern(const QString &glob);
// For each name id (index into names; 0 = absent), whether it matches. An absent value
// matches only the glob "*". Cost: one regular-expression match per name.
std::vector<bool> matchingIds(const QString &glob, const std::vector<QString> &names);
} // namespace NameGlob
