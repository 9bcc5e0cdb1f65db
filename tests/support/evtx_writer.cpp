// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evtx_writer.h"

#include <QtEndian>

#include <functional>
#include <zlib.h>

namespace {

constexpr qsizetype kChunkSize = 65536;
constexpr qsizetype kChunkHeader = 512;
constexpr quint64 kFiletimeEpoch = 116444736000000000ull; // 1970-01-01 in 100 ns since 1601

enum ValueType : quint8 {
    WString = 0x01,
    UInt8 = 0x04,
    UInt16 = 0x06,
    UInt32 = 0x08,
    UInt64 = 0x0a,
    Guid = 0x0f,
    FileTime = 0x11,
    HexInt64 = 0x15
};

template<typename T>
void put(QByteArray &b, T v)
{
    char raw[sizeof(T)];
    qToLittleEndian(v, raw);
    b.append(raw, sizeof(T));
}

template<typename T>
void patch(QByteArray &b, qsizetype at, T v)
{
    qToLittleEndian(v, b.data() + at);
}

void putUtf16(QByteArray &b, const QString &s)
{
    for (QChar c : s)
        put<quint16>(b, c.unicode());
}

void putGuid(QByteArray &b, const QUuid &g)
{
    put<quint32>(b, g.data1);
    put<quint16>(b, g.data2);
    put<quint16>(b, g.data3);
    b.append(reinterpret_cast<const char *>(g.data4), 8);
}

quint16 nameHash(const QString &s)
{
    quint32 h = 0;
    for (QChar c : s)
        h = h * 65599 + c.unicode();
    return quint16(h);
}

quint32 crc(const char *data, qsizetype size, quint32 start = 0)
{
    return quint32(crc32(start, reinterpret_cast<const Bytef *>(data), uInt(size)));
}

} // namespace

// Builds one record's binary XML at a known chunk offset, defining names and templates the
// chunk does not have yet.
struct EvtxWriter::Chunk {
    EvtxWriter &w;
    QByteArray &b;
    qint64 base; // chunk offset of b[0]

    quint32 here() const { return quint32(base + b.size()); }

    void name(const QString &n)
    {
        const auto found = w.m_names.constFind(n);
        if (found != w.m_names.constEnd()) {
            put<quint32>(b, *found);
            return;
        }
        const quint32 at = here() + 4;
        put<quint32>(b, at);
        const quint16 hash = nameHash(n);
        put<quint32>(b, w.m_stringTable[hash % 64]); // chained to the bucket's previous head
        put<quint16>(b, hash);
        put<quint16>(b, quint16(n.size()));
        putUtf16(b, n);
        put<quint16>(b, 0);
        w.m_names.insert(n, at);
        w.m_stringTable[hash % 64] = at;
    }

    struct Attribute {
        QString name;
        std::function<void()> value;
    };

    // An element; content() writes its children or value; none: an empty element.
    void element(const QString &n, const QList<Attribute> &attributes, const std::function<void()> &content)
    {
        const qsizetype start = b.size();
        b.append(char(attributes.isEmpty() ? 0x01 : 0x41));
        put<quint16>(b, 0xffff);
        const qsizetype sizeAt = b.size();
        put<quint32>(b, 0);
        name(n);
        if (!attributes.isEmpty()) {
            const qsizetype listAt = b.size();
            put<quint32>(b, 0);
            for (qsizetype i = 0; i < attributes.size(); ++i) {
                b.append(char(i + 1 < attributes.size() ? 0x46 : 0x06));
                name(attributes[i].name);
                attributes[i].value();
            }
            patch<quint32>(b, listAt, quint32(b.size() - listAt - 4));
        }
        if (content) {
            b.append(char(0x02));
            content();
            b.append(char(0x04));
        } else {
            b.append(char(0x03));
        }
        patch<quint32>(b, sizeAt, quint32(b.size() - start - 7));
    }

    void text(const QString &s)
    {
        b.append(char(0x05));
        b.append(char(WString));
        put<quint16>(b, quint16(s.size()));
        putUtf16(b, s);
    }

    void substitution(quint16 index, ValueType type)
    {
        b.append(char(0x0e));
        put<quint16>(b, index);
        b.append(char(type));
    }

    std::function<void()> sub(quint16 index, ValueType type)
    {
        return [this, index, type] { substitution(index, type); };
    }

    // The template of an event's shape: <Event> with its System and EventData.
    void templateBody(const Event &e)
    {
        b.append("\x0f\x01\x01\x00", 4);
        element(QStringLiteral("Event"),
                {{QStringLiteral("xmlns"),
                  [this] { text(QStringLiteral("http://schemas.microsoft.com/win/2004/08/events/event")); }}},
                [&] {
                    element(QStringLiteral("System"), {}, [&] {
                        element(QStringLiteral("Provider"),
                                {{QStringLiteral("Name"), sub(0, WString)}, {QStringLiteral("Guid"), sub(1, Guid)}},
                                {});
                        element(QStringLiteral("EventID"), {}, sub(2, UInt16));
                        element(QStringLiteral("Version"), {}, sub(3, UInt8));
                        element(QStringLiteral("Level"), {}, sub(4, UInt8));
                        element(QStringLiteral("Task"), {}, sub(5, UInt16));
                        element(QStringLiteral("Opcode"), {}, sub(6, UInt8));
                        element(QStringLiteral("Keywords"), {}, sub(7, HexInt64));
                        element(QStringLiteral("TimeCreated"), {{QStringLiteral("SystemTime"), sub(8, FileTime)}}, {});
                        element(QStringLiteral("EventRecordID"), {}, sub(9, UInt64));
                        element(QStringLiteral("Correlation"), {}, {});
                        element(QStringLiteral("Execution"),
                                {{QStringLiteral("ProcessID"), sub(10, UInt32)},
                                 {QStringLiteral("ThreadID"), sub(11, UInt32)}},
                                {});
                        element(QStringLiteral("Channel"), {}, sub(12, WString));
                        element(QStringLiteral("Computer"), {}, sub(13, WString));
                        element(QStringLiteral("Security"), {}, {});
                    });
                    element(QStringLiteral("EventData"), {}, [&] {
                        for (qsizetype i = 0; i < e.data.size(); ++i) {
                            const QString dataName = e.data[i].first;
                            element(QStringLiteral("Data"),
                                    {{QStringLiteral("Name"), [this, dataName] { text(dataName); }}},
                                    sub(quint16(14 + i), WString));
                        }
                    });
                });
        b.append(char(0x00)); // end of stream
    }

    void templateInstance(const Event &e)
    {
        QString shape = e.provider + QLatin1Char('|') + QString::number(e.eventId);
        for (const auto &d : e.data)
            shape += QLatin1Char('|') + d.first;
        b.append("\x0c\x01", 2);
        const auto found = w.m_templates.constFind(shape);
        const quint32 id = quint32(qHash(shape));
        put<quint32>(b, id);
        if (found != w.m_templates.constEnd()) {
            put<quint32>(b, *found);
            return;
        }
        const quint32 at = here() + 4;
        put<quint32>(b, at);
        put<quint32>(b, 0);  // next template in the bucket
        put<quint32>(b, id); // the GUID's first four bytes are the template id
        b.append(12, '\x5a');
        const qsizetype sizeAt = b.size();
        put<quint32>(b, 0);
        const qsizetype bodyStart = b.size();
        templateBody(e);
        patch<quint32>(b, sizeAt, quint32(b.size() - bodyStart));
        w.m_templates.insert(shape, at);
        w.m_templateTable[w.m_templateCount++ % 32] = at;
    }

    void values(const Event &e, quint64 recordId)
    {
        QList<QPair<ValueType, QByteArray>> v;
        auto add = [&](ValueType t, auto value) {
            QByteArray bytes;
            put(bytes, value);
            v.append({t, bytes});
        };
        auto addText = [&](const QString &s) {
            QByteArray bytes;
            putUtf16(bytes, s);
            v.append({WString, bytes});
        };
        addText(e.provider);
        QByteArray guid;
        putGuid(guid, e.providerGuid);
        v.append({Guid, guid});
        add(UInt16, quint16(e.eventId));
        add(UInt8, quint8(e.version));
        add(UInt8, quint8(e.level));
        add(UInt16, quint16(e.task));
        add(UInt8, quint8(e.opcode));
        add(HexInt64, quint64(e.keywords));
        add(FileTime, quint64(e.timeCreatedUs * 10 + qint64(kFiletimeEpoch)));
        add(UInt64, quint64(recordId));
        add(UInt32, quint32(e.processId));
        add(UInt32, quint32(e.threadId));
        addText(e.channel);
        addText(e.computer);
        for (const auto &d : e.data)
            addText(d.second);
        put<quint32>(b, quint32(v.size()));
        for (const auto &[type, bytes] : v) {
            put<quint16>(b, quint16(bytes.size()));
            b.append(char(type));
            b.append(char(0));
        }
        for (const auto &value : v)
            b.append(value.second);
    }
};

QByteArray EvtxWriter::record(const Event &event, quint64 id, qint64 offset)
{
    QByteArray b;
    b.append("**\0\0", 4);
    put<quint32>(b, 0);
    put<quint64>(b, id);
    put<quint64>(b, quint64(event.timeCreatedUs * 10 + qint64(kFiletimeEpoch)));
    Chunk c{*this, b, offset};
    b.append("\x0f\x01\x01\x00", 4);
    c.templateInstance(event);
    c.values(event, id);
    b.append(char(0x00)); // end of stream
    put<quint32>(b, quint32(b.size() + 4));
    patch<quint32>(b, 4, quint32(b.size()));
    return b;
}

void EvtxWriter::add(const Event &event)
{
    const auto names = m_names;
    const auto templates = m_templates;
    quint32 strings[64], templateTable[32];
    std::copy(std::begin(m_stringTable), std::end(m_stringTable), strings);
    std::copy(std::begin(m_templateTable), std::end(m_templateTable), templateTable);
    const int templateCount = m_templateCount;
    const qint64 offset = kChunkHeader + m_chunk.size();
    QByteArray r = record(event, m_nextRecord, offset);
    if (offset + r.size() > kChunkSize) { // starts a new chunk: undo what this record defined
        m_names = names;
        m_templates = templates;
        std::copy(std::begin(strings), std::end(strings), m_stringTable);
        std::copy(std::begin(templateTable), std::end(templateTable), m_templateTable);
        m_templateCount = templateCount;
        closeChunk();
        r = record(event, m_nextRecord, kChunkHeader);
        if (kChunkHeader + r.size() > kChunkSize)
            qFatal("EvtxWriter: an event of %lld bytes does not fit a chunk", qint64(r.size()));
    }
    m_lastRecordOffset = kChunkHeader + m_chunk.size();
    m_chunk.append(r);
    ++m_nextRecord;
}

qint64 EvtxWriter::chunkRoom() const
{
    return kChunkSize - kChunkHeader - m_chunk.size();
}

void EvtxWriter::closeChunk()
{
    if (m_chunk.isEmpty())
        return;
    QByteArray c(kChunkSize, '\0');
    memcpy(c.data(), "ElfChnk\0", 8);
    const quint64 last = m_nextRecord - 1;
    patch<quint64>(c, 8, m_chunkFirst);  // first record number
    patch<quint64>(c, 16, last);         // last record number
    patch<quint64>(c, 24, m_chunkFirst); // first record identifier
    patch<quint64>(c, 32, last);         // last record identifier
    patch<quint32>(c, 40, 128);
    patch<quint32>(c, 44, quint32(m_lastRecordOffset));
    patch<quint32>(c, 48, quint32(kChunkHeader + m_chunk.size()));
    memcpy(c.data() + kChunkHeader, m_chunk.constData(), size_t(m_chunk.size()));
    patch<quint32>(c, 52, crc(c.constData() + kChunkHeader, m_chunk.size()));
    for (int i = 0; i < 64; ++i)
        patch<quint32>(c, 128 + 4 * i, m_stringTable[i]);
    for (int i = 0; i < 32; ++i)
        patch<quint32>(c, 384 + 4 * i, m_templateTable[i]);
    patch<quint32>(c, 124, crc(c.constData() + 128, 384, crc(c.constData(), 120)));
    m_chunks.append(c);
    m_chunk.clear();
    m_chunkFirst = m_nextRecord;
    m_names.clear();
    m_templates.clear();
    std::fill(std::begin(m_stringTable), std::end(m_stringTable), 0);
    std::fill(std::begin(m_templateTable), std::end(m_templateTable), 0);
    m_templateCount = 0;
}

QByteArray EvtxWriter::finish()
{
    closeChunk();
    QByteArray file(4096, '\0');
    memcpy(file.data(), "ElfFile\0", 8);
    patch<quint64>(file, 8, 0);
    patch<quint64>(file, 16, quint64(std::max<qsizetype>(0, m_chunks.size() - 1)));
    patch<quint64>(file, 24, m_nextRecord);
    patch<quint32>(file, 32, 128);
    patch<quint16>(file, 36, 1); // minor version
    patch<quint16>(file, 38, 3); // major version
    patch<quint16>(file, 40, 4096);
    patch<quint16>(file, 42, quint16(m_chunks.size()));
    patch<quint32>(file, 124, crc(file.constData(), 120));
    for (const QByteArray &c : m_chunks)
        file.append(c);
    return file;
}
