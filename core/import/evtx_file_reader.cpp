// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_file_reader.h"

#include "failure.h"

#include <libevtx.h>

#include <algorithm>
#include <limits>

namespace {

constexpr quint64 kFiletimeEpoch = 116444736000000000ull; // 1970-01-01 in 100 ns since 1601

// libevtx's message for error (freed), its last line: the outermost reason.
QString message(libevtx_error_t *&error)
{
    char text[1024] = {};
    if (error)
        libevtx_error_sprint(error, text, sizeof text);
    libevtx_error_free(&error);
    QString all = QString::fromUtf8(text).trimmed();
    const qsizetype newline = all.lastIndexOf(QLatin1Char('\n'));
    return newline >= 0 ? all.mid(newline + 1) : all;
}

// A UTF-8 text of a record through libevtx's size + get pair; false if absent or unreadable.
template<typename Size, typename Get>
bool text(libevtx_record_t *record, Size size, Get get, QByteArray &out)
{
    size_t n = 0;
    libevtx_error_t *error = nullptr;
    if (size(record, &n, &error) != 1 || n == 0) {
        libevtx_error_free(&error);
        out.clear();
        return false;
    }
    out.resize(qsizetype(n));
    if (get(record, reinterpret_cast<uint8_t *>(out.data()), n, &error) != 1) {
        libevtx_error_free(&error);
        out.clear();
        return false;
    }
    out.chop(1); // the NUL
    return true;
}

// The Name attributes of <Data> elements under <EventData> (or <UserData>) in libevtx's XML.
QList<QByteArray> dataNames(QByteArrayView xml)
{
    QList<QByteArray> names;
    qsizetype at = xml.indexOf("<EventData");
    if (at < 0)
        at = xml.indexOf("<UserData");
    if (at < 0)
        return names;
    for (;;) {
        at = xml.indexOf("<Data", at);
        if (at < 0)
            break;
        const qsizetype close = xml.indexOf('>', at);
        if (close < 0)
            break;
        const QByteArrayView tag = xml.sliced(at, close - at);
        const qsizetype name = tag.indexOf("Name=\"");
        if (name >= 0) {
            const qsizetype end = tag.indexOf('"', name + 6);
            names.append(tag.sliced(name + 6, end < 0 ? tag.size() - name - 6 : end - name - 6).toByteArray());
        } else {
            names.append(QByteArray());
        }
        at = close;
    }
    return names;
}

} // namespace

struct EvtxFileReader::Handles {
    libevtx_file_t *file = nullptr;
    libevtx_record_t *record = nullptr;
    bool opened = false;
};

EvtxFileReader::EvtxFileReader() : m_h(new Handles)
{}

EvtxFileReader::~EvtxFileReader()
{
    if (m_h->record)
        libevtx_record_free(&m_h->record, nullptr);
    if (m_h->opened)
        libevtx_file_close(m_h->file, nullptr);
    if (m_h->file)
        libevtx_file_free(&m_h->file, nullptr);
    delete m_h;
}

void EvtxFileReader::open(const QString &path)
{
    libevtx_error_t *e = nullptr;
    if (libevtx_file_initialize(&m_h->file, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    if (libevtx_file_open(m_h->file, path.toLocal8Bit().constData(), LIBEVTX_OPEN_READ, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    m_h->opened = true;
    if (libevtx_file_get_number_of_records(m_h->file, &m_records, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
}

void EvtxFileReader::readHeader(int index, WindowsEvent &event)
{
    libevtx_error_t *e = nullptr;
    if (m_h->record)
        libevtx_record_free(&m_h->record, nullptr);
    event.recordNumber = 0;
    if (libevtx_file_get_record_by_index(m_h->file, index, &m_h->record, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    libevtx_record_t *r = m_h->record;
    uint64_t number = 0;
    if (libevtx_record_get_identifier(r, &number, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    event.recordNumber = qint64(std::min<uint64_t>(number, std::numeric_limits<qint64>::max()));
    uint32_t id = 0;
    if (libevtx_record_get_event_identifier(r, &id, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    event.eventId = id & 0xffff; // the high bits are qualifiers (facility, severity)
    uint64_t filetime = 0;
    if (libevtx_record_get_written_time(r, &filetime, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    event.writtenUs = qint64((filetime - kFiletimeEpoch) / 10);
    text(r, libevtx_record_get_utf8_source_name_size, libevtx_record_get_utf8_source_name, event.provider);
    text(r, libevtx_record_get_utf8_computer_name_size, libevtx_record_get_utf8_computer_name, event.computer);
}

void EvtxFileReader::readValues(WindowsEvent &event)
{
    libevtx_error_t *e = nullptr;
    libevtx_record_t *r = m_h->record;
    int count = 0;
    if (libevtx_record_get_number_of_strings(r, &count, &e) != 1)
        throw Failure(Failure::Kind::BadInput, message(e));
    event.values.resize(count);
    for (int i = 0; i < count; ++i) {
        size_t n = 0;
        QByteArray &value = event.values[i];
        if (libevtx_record_get_utf8_string_size(r, i, &n, &e) != 1 || n == 0) {
            libevtx_error_free(&e);
            value.clear();
            continue;
        }
        value.resize(qsizetype(n));
        if (libevtx_record_get_utf8_string(r, i, reinterpret_cast<uint8_t *>(value.data()), n, &e) != 1) {
            libevtx_error_free(&e);
            value.clear();
            continue;
        }
        value.chop(1);
    }
    const QByteArray shape = event.provider + '|' + QByteArray::number(event.eventId) + '|' + QByteArray::number(count);
    const auto known = m_names.constFind(shape);
    if (known != m_names.constEnd()) {
        event.names = *known;
        return;
    }
    learnNames(shape, event);
}

void EvtxFileReader::learnNames(const QByteArray &shape, WindowsEvent &event)
{
    if (!text(m_h->record, libevtx_record_get_utf8_xml_string_size, libevtx_record_get_utf8_xml_string, m_buffer))
        throw Failure(Failure::Kind::BadInput, QStringLiteral("libevtx cannot render the record as XML"));
    QList<QByteArray> names = dataNames(m_buffer);
    if (names.size() != event.values.size())
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("the record's XML names %1 values, libevtx gives %2")
                          .arg(names.size())
                          .arg(event.values.size()));
    m_names.insert(shape, names);
    event.names = std::move(names);
}
