// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QString>
#include <QTest>

// For a test that reads a file or folder of ../shared/corpus
// (DNSTL_CORPUS_DIR): when it is missing, the test skips with a message on a developer machine
// and fails under CI (CI=true, set by .ci/run), so that corpus tests cannot pass there by
// quietly skipping. Not in a _data function (a failure there ends the whole executable): that
// adds one row with the missing path instead, which the test function checks.
#define DNSTL_REQUIRE_CORPUS(path)                                                                                     \
    do {                                                                                                               \
        const QString dnstlCorpusPath = (path);                                                                        \
        if (!QFileInfo::exists(dnstlCorpusPath)) {                                                                     \
            const QByteArray dnstlWhy = "the shared corpus is missing: " + dnstlCorpusPath.toUtf8() +                  \
                " (set up ../shared/corpus next to the repository)";                                                   \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(dnstlWhy.constData());                                                                           \
            QSKIP(dnstlWhy.constData());                                                                               \
        }                                                                                                              \
    } while (false)
