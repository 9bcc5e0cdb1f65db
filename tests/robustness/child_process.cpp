// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "child_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {
qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QTemporaryDir &outputDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

pid_t ChildProcess::start(const QStringList &args, const Limits &limits)
{
    m_outPath = outputDir().filePath(QStringLiteral("child.out"));
    m_errPath = outputDir().filePath(QStringLiteral("child.err"));
    m_rssPath = outputDir().filePath(QStringLiteral("child.rss"));
    QFile::remove(m_rssPath);
    std::vector<QByteArray> argBytes{QByteArrayLiteral(DNSTL_PEAK_RSS_LAUNCHER), QFile::encodeName(m_rssPath),
                                     QFile::encodeName(m_program)};
    for (const QString &a : args)
        argBytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray outPath = QFile::encodeName(m_outPath), errPath = QFile::encodeName(m_errPath);
    m_startNs = nowNs();
    const pid_t pid = fork();
    if (pid != 0)
        return pid;
    // The child: only async-signal-safe calls from here to exec. Its own process group, so that
    // a kill reaches the program the launcher started too.
    setpgid(0, 0);
    const int out = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        _exit(126);
    const int devNull = open("/dev/null", O_RDONLY);
    if (devNull >= 0)
        dup2(devNull, 0);
    if (limits.fileSizeBytes >= 0) {
        signal(SIGXFSZ, SIG_IGN); // ignored dispositions survive exec: writes fail with EFBIG
        const rlimit lim{rlim_t(limits.fileSizeBytes), rlim_t(limits.fileSizeBytes)};
        setrlimit(RLIMIT_FSIZE, &lim);
    }
    if (limits.addressSpaceBytes >= 0) {
        const rlimit lim{rlim_t(limits.addressSpaceBytes), rlim_t(limits.addressSpaceBytes)};
        setrlimit(RLIMIT_AS, &lim);
    }
    execv(argv[0], argv.data());
    _exit(127);
}

ChildProcess::Result ChildProcess::wait(pid_t pid, int afterMs, bool kill)
{
    Result r;
    int status = 0;
    const qint64 deadline = m_startNs + qint64(afterMs) * 1000000;
    bool sent = false;
    for (;;) {
        const pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid)
            break;
        if (done < 0)
            return r;
        if (!sent && nowNs() >= deadline) {
            ::kill(-pid, SIGKILL);
            sent = true;
            if (!kill) // a timeout: report it as such
                r.err = "timeout";
        }
        usleep(2000);
    }
    r.seconds = double(nowNs() - m_startNs) / 1e9;
    r.exited = WIFEXITED(status);
    r.exitCode = r.exited ? WEXITSTATUS(status) : -1;
    r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    QFile rss(m_rssPath);
    if (rss.open(QIODevice::ReadOnly))
        r.maxRssKiB = rss.readAll().trimmed().toLong();
    QFile out(m_outPath), err(m_errPath);
    if (out.open(QIODevice::ReadOnly))
        r.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        r.err += err.readAll();
    return r;
}

ChildProcess::Result ChildProcess::run(const QStringList &args)
{
    return run(args, Limits{});
}

ChildProcess::Result ChildProcess::run(const QStringList &args, const Limits &limits, int timeoutMs)
{
    return wait(start(args, limits), timeoutMs, false);
}

ChildProcess::Result ChildProcess::runAndKill(const QStringList &args, int killAfterMs)
{
    return wait(start(args, {}), killAfterMs, true);
}
