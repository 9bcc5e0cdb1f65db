// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two independent zip readers for the tests of ZipWriter and the zipped evidence bundle:
// Info-ZIP's `unzip -t` and Python's `zipfile` (both installed by ./dev). A missing reader
// fails the test: it is part of what the test checks.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace zip_readers {

struct Result {
    bool ok = false;
    QString problem;    // what went wrong, for the test's message
    QJsonArray entries; // zipfile only: {name, size, compress_type, date_time[6], mode, data_sha256}
};

inline Result run(const QString &program, const QStringList &args)
{
    Result r;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        r.problem = program + QStringLiteral(" is not installed (./dev installs it)");
        return r;
    }
    QProcess p;
    p.start(path, args);
    if (!p.waitForFinished(300'000)) {
        r.problem = program + QStringLiteral(" did not finish");
        return r;
    }
    const QByteArray out = p.readAllStandardOutput();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    r.problem = QString::fromUtf8(out.right(2000) + p.readAllStandardError().right(2000));
    if (r.ok && program == QLatin1String("python3"))
        r.entries = QJsonDocument::fromJson(out).array();
    return r;
}

// `unzip -t -qq`: tests every entry's CRC after inflating it.
inline Result unzipTest(const QString &zip)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-t"), QStringLiteral("-qq"), zip});
}

// Python's zipfile: testzip() reads every entry and checks its CRC; then each entry's fields.
inline Result pythonZipfile(const QString &zip)
{
    static const char *script = R"py(
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        sys.exit('bad CRC in ' + bad)
    out = []
    for i in z.infolist():
        out.append({'name': i.filename, 'size': i.file_size, 'compress_type': i.compress_type,
                    'date_time': list(i.date_time), 'mode': i.external_attr >> 16,
                    'data_sha256': hashlib.sha256(z.read(i)).hexdigest() if i.file_size < (1 << 26) else ''})
    print(json.dumps(out))
)py";
    return run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script), zip});
}

} // namespace zip_readers
