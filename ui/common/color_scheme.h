// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

// Light or dark: the window takes its colours from the application palette, which Qt's
// platform theme sets from the desktop (KDE, qt6ct, a GTK theme on newer Qt), and every
// widget that paints itself re-reads it on QEvent::PaletteChange. DNSTL_COLOR_SCHEME=dark or
// =light overrides the system with the Fusion style in those colours: for screenshots and
// tests, and for desktops whose dark theme Qt 6.4 cannot read. Stateless; GUI thread.
class ColorScheme {
public:
    // Applies DNSTL_COLOR_SCHEME if set; returns whether it did.
    static bool applyOverride(QApplication &app);
    // Fusion's colours, dark.
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
    // Ink for lines and labels drawn over the plot (events without a colour of their own).
    static QColor eventInk(const QPalette &palette);
};
