// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zip_writer.h"

#include <QDir>
#include <QFile>

#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <limits>

namespace {

// DOS date and time of t's UTC wall clock; DOS dates begin in 1980 and end in 2107.
std::pair<zip_uint16_t, zip_uint16_t> dosDateTime(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    QDate date = utc.date();
    QTime time = utc.time();
    if (date.year() < 1980) {
        date = QDate(1980, 1, 1);
        time = QTime(0, 0);
    } else if (date.year() > 2107) {
        date = QDate(2107, 12, 31);
        time = QTime(23, 59, 58);
    }
    const auto dosDate = zip_uint16_t(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    const auto dosTime = zip_uint16_t((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    return {dosDate, dosTime};
}

// The extended-timestamp extra field's data: flags (bit 0: modification time), then the
// modification time as a signed 32-bit little-endian Unix time, clamped to its range.
std::array<zip_uint8_t, 5> unixTimeField(const QDateTime &t)
{
    const qint64 seconds = std::clamp<qint64>(t.toSecsSinceEpoch(), std::numeric_limits<qint32>::min(),
                                              std::numeric_limits<qint32>::max());
    const auto v = quint32(qint32(seconds));
    return {1, zip_uint8_t(v), zip_uint8_t(v >> 8), zip_uint8_t(v >> 16), zip_uint8_t(v >> 24)};
}

constexpr zip_uint16_t kExtendedTimestamp = 0x5455;

// Whether deflating helps: libzip 1.7 deflates whatever it is given, so data that is already
// compressed (PNG, JPEG, gzip) would grow a little. Deflating the first MiB must save 1 %.
bool deflateHelps(const QByteArray &data)
{
    const uLong sample = uLong(std::min<qsizetype>(data.size(), 1 << 20));
    if (sample < 64)
        return false;
    uLongf packed = compressBound(sample);
    QByteArray out(qsizetype(packed), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &packed, reinterpret_cast<const Bytef *>(data.constData()),
                  sample, 6) != Z_OK)
        return false;
    return packed < sample - sample / 100;
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, bool executable, const QDateTime &modified)
{
    m_entries.append({name, data, executable, modified});
}

std::optional<Failure> ZipWriter::write(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString message =
            QStringLiteral("Cannot write %1: %2").arg(shown, QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return Failure(Failure::Kind::Io, message);
    }
    const auto failure = [&](const QString &what) {
        const QString message =
            QStringLiteral("Cannot write %1 (%2): %3").arg(shown, what, QString::fromUtf8(zip_strerror(zip)));
        zip_discard(zip); // leaves any earlier file at path as it was
        return Failure(Failure::Kind::Io, message);
    };
    for (const Entry &e : m_entries) {
        // The data stays alive in m_entries until zip_close() has read it.
        zip_source_t *source = zip_source_buffer(zip, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        if (!source)
            return failure(e.name);
        const zip_int64_t index = zip_file_add(zip, e.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return failure(e.name);
        }
        const auto [dosDate, dosTime] = dosDateTime(e.modified);
        const std::array<zip_uint8_t, 5> unixTime = unixTimeField(e.modified);
        const zip_uint32_t mode = 0100000 | (e.executable ? 0755 : 0644); // a regular file
        if (zip_set_file_compression(zip, zip_uint64_t(index), deflateHelps(e.data) ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                     9) != 0 ||
            zip_file_set_dostime(zip, zip_uint64_t(index), dosTime, dosDate, 0) != 0 ||
            zip_file_extra_field_set(zip, zip_uint64_t(index), kExtendedTimestamp, ZIP_EXTRA_FIELD_NEW, unixTime.data(),
                                     zip_uint16_t(unixTime.size()), ZIP_FL_LOCAL | ZIP_FL_CENTRAL) != 0 ||
            zip_file_set_external_attributes(zip, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, mode << 16) != 0)
            return failure(e.name);
    }
    if (zip_close(zip) != 0)
        return failure(QStringLiteral("closing the archive"));
    return std::nullopt;
}
