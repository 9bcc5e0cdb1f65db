// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The window's language: the translation of its own texts (translations/dnstimeline_LANG.ts,
// built into the program as :/i18n/dnstimeline_LANG.qm by lrelease) and Qt's for its standard
// dialogs and buttons (qtbase_LANG.qm of Debian's qt6-translations-l10n), chosen by the locale
// (LANG, LC_ALL, LC_MESSAGES); English, the source language, takes only its plural forms
// (dnstimeline_en: "1 hour", "2 hours"). Charts exported from the window stay in English, like
// `render`'s, so that both give the same pixels.
// Install once, on the GUI thread, before the window is made.
class Translations {
public:
    // The languages installed for locale, e.g. {"ru"}; empty for English or an unknown language.
    static QStringList install(QCoreApplication &app, const QLocale &locale = QLocale());
    // Whether the program carries a translation for locale's language.
    static bool available(const QLocale &locale);
};
