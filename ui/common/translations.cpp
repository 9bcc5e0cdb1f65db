// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const QString kOwn = QStringLiteral(":/i18n/dnstimeline");
} // namespace

bool Translations::available(const QLocale &locale)
{
    return QFile::exists(kOwn + QLatin1Char('_') + QLocale::languageToCode(locale.language()) + QStringLiteral(".qm"));
}

QStringList Translations::install(QCoreApplication &app, const QLocale &locale)
{
    QStringList installed;
    auto *own = new QTranslator(&app);
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english && own->load(locale, QStringLiteral("dnstimeline"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        installed.append(QLocale::languageToCode(locale.language()));
    } else {
        // English, the source language, needs only its plural forms ("1 hour", "2 hours").
        if (own->load(kOwn + QStringLiteral("_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        return installed; // Qt's dialogs in another language than ours would mix two
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed;
}
