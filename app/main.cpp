// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The one executable: the window with no arguments or with files, headless with a subcommand.
#include "cli.h"
#include "color_scheme.h"
#include "main_window.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <memory>

namespace {
bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Qt's platforms ask for the runtime folder and warn when XDG_RUNTIME_DIR is unset (cron, ssh,
// CI), on every headless render: give them a private folder of this user's instead, so that a
// headless run prints nothing but its output and real errors.
void provideRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/dnstimeline-runtime-" + QByteArray::number(getuid());
    struct stat st {};
    if (mkdir(dir.constData(), 0700) != 0 && errno != EEXIST)
        return;
    if (lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid() && (st.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

QStringList argumentList(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out.append(QString::fromLocal8Bit(argv[i]));
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    const QStringList args = argumentList(argc, argv);
    const QString first = args.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printf("dnstimeline %s\n", DNSTL_VERSION);
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        fputs(qPrintable(Cli::overview()), stdout);
        return 0;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("dnstimeline"));
    QCoreApplication::setApplicationName(QStringLiteral("dnstimeline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DNSTL_VERSION));
    if (Cli::subcommands().contains(first)) {
        if (!Cli::needsGui(first)) {
            QCoreApplication app(argc, argv);
            return Cli::run(args);
        }
        if (!haveDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        provideRuntimeDir();
        QApplication app(argc, argv);
        return Cli::run(args);
    }
    if (first.startsWith(QLatin1Char('-')) && first.size() > 1) {
        fprintf(stderr, "dnstimeline: unknown option '%s'\n%s", qPrintable(first), qPrintable(Cli::overview()));
        return 2;
    }
    if (!haveDisplay()) {
        fputs("dnstimeline: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.\n"
              "Draw the chart to a file instead: dnstimeline render STORE -o chart.png\n",
              stderr);
        return 3;
    }
    QApplication app(argc, argv);
    Translations::install(app);      // the window's language: LANG, LC_ALL, LC_MESSAGES
    ColorScheme::applyOverride(app); // DNSTL_COLOR_SCHEME=dark|light, else the system's palette
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dnstimeline.DnsTimeline"));
    MainWindow window;
    window.show();
    window.openPaths(args.mid(1));
    return app.exec();
}
