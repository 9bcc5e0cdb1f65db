// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// What marks an SQLite file as a DNS Timeline store: its PRAGMA application_id ("DNST").
// Here rather than in storage so that importers can tell a store from a foreign database.
inline constexpr quint32 kStoreApplicationId = 0x444E5354;
