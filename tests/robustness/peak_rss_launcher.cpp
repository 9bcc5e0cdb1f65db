// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// peak_rss_launcher RESULT_FILE PROGRAM [ARGS...]
//
// Runs PROGRAM and writes its own peak RSS (KiB) to RESULT_FILE, then ends the way PROGRAM
// ended (its exit code, or its signal). ChildProcess starts every program through it because
// Linux keeps a process's peak RSS across fork() and execve(): a child forked from a large
// test process (an ASan build's quarantine holds hundreds of MiB) reports the parent's peak.
// This launcher is small when it forks, so the peak measured below is PROGRAM's alone.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: peak_rss_launcher RESULT_FILE PROGRAM [ARGS...]\n");
        return 125;
    }
    const pid_t pid = fork();
    if (pid < 0)
        return 126;
    if (pid == 0) {
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 126;
    }
    if (FILE *f = std::fopen(argv[1], "w")) {
        std::fprintf(f, "%ld\n", usage.ru_maxrss);
        std::fclose(f);
    }
    if (WIFSIGNALED(status)) {
        const rlimit noCore{0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
        std::signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 126;
}
