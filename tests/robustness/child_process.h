// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// ChildProcess: runs the built `dnstimeline` (or any program) the way the robustness tests
// need and QProcess cannot: with a file size limit (RLIMIT_FSIZE, SIGXFSZ ignored so writes
// fail with EFBIG instead), killed with SIGKILL at a chosen moment, and with its own peak RSS
// (measured by peak_rss_launcher, which starts the program from a small process: see there
// why wait4() on a child forked from the test itself would report the test's peak). stdout and stderr go to files in a temporary folder and are read
// back after the child ends. Not thread-safe; one child at a time per object.
class ChildProcess {
public:
    struct Result {
        bool exited = false; // a normal exit (not a signal)
        int exitCode = -1;
        int signal = 0;     // the terminating signal, when !exited
        long maxRssKiB = 0; // peak resident set size of the program (0 when it was killed)
        double seconds = 0; // wall-clock time
        QByteArray out, err;
    };
    struct Limits {
        qint64 fileSizeBytes = -1;     // RLIMIT_FSIZE; -1: unlimited
        qint64 addressSpaceBytes = -1; // RLIMIT_AS, so that a huge allocation fails even if never touched
    };

    explicit ChildProcess(QString program) : m_program(std::move(program)) {}

    // Runs to completion (killed after timeoutMs).
    Result run(const QStringList &args);
    Result run(const QStringList &args, const Limits &limits, int timeoutMs = 300000);
    // Starts, sends SIGKILL after killAfterMs (unless it ended before), waits.
    Result runAndKill(const QStringList &args, int killAfterMs);

private:
    pid_t start(const QStringList &args, const Limits &limits);
    Result wait(pid_t pid, int killAfterMs, bool kill);

    QString m_program;
    QString m_outPath, m_errPath, m_rssPath;
    qint64 m_startNs = 0;
};
