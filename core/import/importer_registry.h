// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QList>

// The importers this build knows, in sniffing order (most specific first).
// Importers are stateless, so the registry hands out shared const instances; thread-safe.
namespace ImporterRegistry {
const QList<const Importer *> &all();
const Importer *byId(const QString &formatId); // nullptr if unknown
const Importer *sniff(QByteArrayView head);    // nullptr if no importer recognises it
QString supportedList();                       // "csv (…), …" for messages
} // namespace ImporterRegistry
