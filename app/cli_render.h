// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `dnstimeline render STORE -o FILE [chart options] [view options]` and `--bundle PATH`:
// draws the view through ChartExport and ChartRenderer, the path the window's export takes.
int runRenderCommand(const QStringList &args);
