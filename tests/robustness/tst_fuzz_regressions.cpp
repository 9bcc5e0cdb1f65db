// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the normal build, what the libFuzzer targets of tests/fuzz found: every file
// under tests/data/regressions/<target>/ goes through that target's entry point (the same
// source, its LLVMFuzzerTestOneInput renamed dnstl_<target>, its fuzzOutcome
// dnstl_outcome_<target>). Every target has at least one such input (a crash, a hang or a tricky
// accepted case a fuzz run found), and each gives the outcome recorded for it in
// tests/data/regressions/outcomes.tsv (`<target>/<file>` TAB outcome): counts, the error's
// message, the parsed value. Passing also means no crash, no sanitizer report (in the ASan
// build) and no abort() of the target's own checks. The fixtures of tests/data go through too,
// as a smoke test of the targets themselves.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QTest>

#include <cstdint>
#include <sys/resource.h>

extern "C" {
#define DNSTL_TARGET(name) int dnstl_##name(const uint8_t *, size_t);
#include "fuzz_targets.inc"
#undef DNSTL_TARGET
}
#define DNSTL_TARGET(name) QByteArray dnstl_outcome_##name(const uint8_t *, size_t);
#include "fuzz_targets.inc"
#undef DNSTL_TARGET

namespace {
using Entry = int (*)(const uint8_t *, size_t);
using Outcome = QByteArray (*)(const uint8_t *, size_t);
struct Target {
    const char *name;
    Entry entry;
    Outcome outcome;
};
const Target kTargets[] = {
#define DNSTL_TARGET(name) {#name, dnstl_##name, dnstl_outcome_##name},
#include "fuzz_targets.inc"
#undef DNSTL_TARGET
};

void replay(Entry entry, const QByteArray &bytes)
{
    entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

const QString kRegressions = QStringLiteral(DNSTL_TEST_DATA_DIR "/regressions/");

// The regression inputs of a target, as `<target>/<file>`, sorted.
QStringList inputsOf(const Target &t)
{
    QStringList out;
    const QString name = QString::fromLatin1(t.name);
    for (const QString &file : QDir(kRegressions + name).entryList(QDir::Files, QDir::Name))
        out.append(name + QLatin1Char('/') + file);
    return out;
}

// outcomes.tsv: `<target>/<file>` TAB outcome, one line each; # starts a comment.
QHash<QString, QByteArray> recordedOutcomes()
{
    QHash<QString, QByteArray> out;
    QFile f(kRegressions + QStringLiteral("outcomes.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (line.startsWith('#') || tab < 0)
            continue;
        out.insert(QString::fromUtf8(line.first(tab)), line.mid(tab + 1));
    }
    return out;
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

    void everyTargetHasARegressionInputWithItsOutcome()
    {
        const QHash<QString, QByteArray> recorded = recordedOutcomes();
        QStringList all;
        for (const Target &t : kTargets) {
            const QStringList inputs = inputsOf(t);
            QVERIFY2(!inputs.isEmpty(),
                     qPrintable(QStringLiteral("no regression input for %1 in %2%1/")
                                    .arg(QString::fromLatin1(t.name), kRegressions)));
            all += inputs;
        }
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
            QVERIFY2(all.contains(it.key()),
                     qPrintable(QStringLiteral("outcomes.tsv names %1, which is not there").arg(it.key())));
        QCOMPARE(recorded.size(), all.size());
    }

    void regressionsGiveTheirRecordedOutcome_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("input");
        for (int i = 0; i < int(std::size(kTargets)); ++i) {
            for (const QString &input : inputsOf(kTargets[i]))
                QTest::newRow(qPrintable(input)) << i << input;
        }
    }

    void regressionsGiveTheirRecordedOutcome()
    {
        QFETCH(int, target);
        QFETCH(QString, input);
        QFile f(kRegressions + input);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const Target &t = kTargets[target];
        replay(t.entry, bytes);
        const QByteArray outcome =
            t.outcome(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        const QHash<QString, QByteArray> recorded = recordedOutcomes();
        QVERIFY2(recorded.contains(input),
                 qPrintable(QStringLiteral("no outcome recorded; the line would be\n%1\t%2")
                                .arg(input, QString::fromUtf8(outcome))));
        QCOMPARE(outcome, recorded.value(input));
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
