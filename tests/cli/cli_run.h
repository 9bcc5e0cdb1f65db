// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `dnstimeline` (DNSTL_BINARY) as a user would, for the command-line tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QXmlStreamReader>

namespace cli_test {

struct Run {
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

// unset: environment variables the run goes without (DISPLAY, XDG_RUNTIME_DIR, …).
inline Run dnstimeline(const QStringList &args, const QStringList &unset = {})
{
    QProcess p;
    if (!unset.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : unset)
            env.remove(name);
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(DNSTL_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Runs a bundle's reproduce.sh in workDir on the source files in sources, with the built
// program, writing to workDir/out.
inline Run reproduce(const QString &bundle, const QString &sources, const QString &workDir, const QString &out)
{
    QProcess sh;
    sh.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DNSTIMELINE"), QStringLiteral(DNSTL_BINARY));
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("sh"), {bundle + QStringLiteral("/reproduce.sh"), sources, out});
    const bool finished = sh.waitForFinished(120'000);
    return {finished && sh.exitStatus() == QProcess::NormalExit ? sh.exitCode() : -1, sh.readAllStandardOutput(),
            sh.readAllStandardError()};
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of every <text> element of an SVG; empty with *ok false if it does not parse.
inline QString svgText(const QByteArray &svg, bool *ok)
{
    QXmlStreamReader xml(svg);
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++depth;
        else if (xml.isEndElement() && xml.name() == QLatin1String("text"))
            --depth;
        else if (xml.isCharacters() && depth > 0)
            text += xml.text();
    }
    *ok = !xml.hasError();
    return text;
}

} // namespace cli_test
