// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset_info.h"
#include "export_view.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

// The footer every exported chart carries, so a printed chart still says what it shows: the
// datasets, the filters, the series and event categories left out, the bin width, the time
// zone, the split, whether addresses are pseudonyms, the export time and the application.
// Returned as parts that the renderer joins with " · " and wraps to the chart's width.
// exportTime() honours SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) so
// that two exports of one view can be made identical. Pure functions; thread-safe.
namespace ChartFooter {
QStringList parts(const QList<DatasetInfo> &datasets, const ExportView &view, const BinWidth &width,
                  const QDateTime &exportedAt);
QDateTime exportTime();
} // namespace ChartFooter
