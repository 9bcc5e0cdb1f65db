// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_file_access.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>

#include <sys/statvfs.h>
#include <unistd.h>

namespace {
bool writable(const QByteArray &path, int *error)
{
    if (::access(path.constData(), W_OK) == 0)
        return true;
    *error = errno;
    return false;
}
} // namespace

std::optional<QString> StoreFileAccess::whyNotWritable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    const QByteArray file = QFile::encodeName(info.absoluteFilePath());
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    struct statvfs fs {};
    int error = 0;
    if ((::statvfs(file.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY)) ||
        (!writable(file, &error) && error == EROFS))
        return QStringLiteral("is on a read-only file system");
    if (!writable(file, &error))
        return error == EPERM ? QStringLiteral("is marked immutable (chattr +i)")
                              : QStringLiteral("may not be written by you (its file permissions)");
    // The -wal and -shm files may already be there (left by a writer); otherwise SQLite must
    // create them in the folder.
    int ignored = 0;
    if (!writable(folder, &error) && !(writable(file + "-wal", &ignored) && writable(file + "-shm", &ignored)))
        return QStringLiteral("is in a folder you may not write to (SQLite must create %1-wal and %1-shm there)")
            .arg(info.fileName());
    return std::nullopt;
}
