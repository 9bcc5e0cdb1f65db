// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "color_scheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

bool ColorScheme::applyOverride(QApplication &app)
{
    const QByteArray scheme = qgetenv("DNSTL_COLOR_SCHEME").toLower();
    if (scheme != "dark" && scheme != "light")
        return false;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    app.setPalette(scheme == "dark" ? darkPalette() : QApplication::style()->standardPalette());
    return true;
}

QPalette ColorScheme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    const QColor button(0x3a, 0x3c, 0x40), highlight(0x3d, 0x8e, 0xd9), dim(0x8a, 0x8c, 0x90);
    QPalette p(button, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8e, 0xf0));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

bool ColorScheme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor ColorScheme::eventInk(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xcc, 0xcc, 0xcc) : QColor(51, 51, 51);
}
