// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the normal build, what the libFuzzer targets of tests/fuzz found: every file
// under tests/data/regressions/<target>/ goes through that target's entry point (the same
// source, its LLVMFuzzerTestOneInput renamed dnstl_<target>). Passing means no crash, no
// sanitizer report (in the ASan build) and no abort() of the target's own checks. The
// fixtures of tests/data go through too, as a smoke test of the targets themselves.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstdint>
#include <sys/resource.h>

extern "C" {
#define DNSTL_TARGET(name) int dnstl_##name(const uint8_t *, size_t);
#include "fuzz_targets.inc"
#undef DNSTL_TARGET
}

namespace {
using Entry = int (*)(const uint8_t *, size_t);
struct Target {
    const char *name;
    Entry entry;
};
const Target kTargets[] = {
#define DNSTL_TARGET(name) {#name, dnstl_##name},
#include "fuzz_targets.inc"
#undef DNSTL_TARGET
};

void replay(Entry entry, const QByteArray &bytes)
{
    entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}
} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if !defined(__SANITIZE_ADDRESS__) // ASan reserves terabytes of address space
        // A 1 GiB address space: an allocation an input merely claims then throws (and fails
        // the test) even though it would never be touched, just as libFuzzer's malloc limit.
        const rlimit lim{rlim_t(1) << 30, rlim_t(1) << 30};
        QCOMPARE(setrlimit(RLIMIT_AS, &lim), 0);
#endif
    }

    void regressionsReplayWithoutCrash()
    {
        int replayed = 0;
        for (const Target &t : kTargets) {
            QDirIterator it(QStringLiteral(DNSTL_TEST_DATA_DIR "/regressions/") + QString::fromLatin1(t.name),
                            QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                qInfo("%s: %s", t.name, qPrintable(QFileInfo(f).fileName()));
                replay(t.entry, f.readAll());
                ++replayed;
            }
        }
        qInfo("%d regression inputs replayed", replayed);
    }

    void fixturesGoThroughEveryImporterTarget()
    {
        QDirIterator it(QStringLiteral(DNSTL_TEST_DATA_DIR), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() > (1 << 20) || !f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray body = f.readAll();
            for (const Target &t : kTargets)
                for (const char *prefix : {"\x00\x00", "\x01\x83", "\x09\x02"}) // chunk 1, 2 and 16 MiB; options
                    replay(t.entry, QByteArray(prefix, 2) + body);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
