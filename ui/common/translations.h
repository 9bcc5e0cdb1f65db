// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <climits>
#include <cstdlib>

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

// The number tr() picks a plural form by for a count of n ("1 lookup", "2 lookups"): n itself
// while it fits an int; beyond, a number with the same last six digits, which is all the plural
// rules of the languages shipped look at (Russian: n % 10 and n % 100). The text shows n itself,
// formatted by the caller: tr("%1 lookups", nullptr, pluralCount(n)).arg(locale.toString(n)).
inline int pluralCount(qint64 n)
{
    return n >= 0 && n <= INT_MAX ? int(n) : 1'000'000'000 + int(std::abs(n % 1'000'000));
}
