// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address_book_file.h"

#include "address_book.h"
#include "csv_field.h"
#include "csv_tokenizer.h"
#include "failure.h"
#include "json_text_lines.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace {

enum Column { Pattern, Label, Note, SourceUrl, ColumnCount };
const std::array<const char *, ColumnCount> kColumns = {"pattern", "label", "note", "source_url"};
constexpr int kMaxProblems = 10;

// The rows of a file and its problems by line; fails the whole file if there is any.
class Reading {
public:
    explicit Reading(const QString &fileName) : m_file(fileName) {}

    void problem(qint64 line, const QString &message)
    {
        if (m_problems.size() < kMaxProblems)
            m_problems.append(QStringLiteral("%1:%2: %3").arg(m_file).arg(line).arg(message));
        ++m_count;
    }
    // One row: checked, its pattern made canonical.
    void add(qint64 line, AddressBookEntry e)
    {
        try {
            e = AddressBook::checked(e);
        } catch (const Failure &f) {
            return problem(line, f.message());
        }
        if (const auto seen = m_lines.constFind(e.pattern); seen != m_lines.constEnd())
            return problem(line, QStringLiteral("'%1' again (first on line %2)").arg(e.pattern).arg(*seen));
        m_lines.insert(e.pattern, line);
        m_entries.append(e);
    }
    QList<AddressBookEntry> result()
    {
        if (m_count == 0)
            return m_entries;
        QString message = m_count == 1 ? m_problems.first()
                                       : QStringLiteral("%1 problems in %2; nothing was imported:\n%3")
                                             .arg(m_count)
                                             .arg(m_file, m_problems.join(QLatin1Char('\n')));
        if (m_count > m_problems.size())
            message += QStringLiteral("\n(and %1 more)").arg(m_count - m_problems.size());
        throw Failure(Failure::Kind::BadInput, message);
    }

private:
    QString m_file;
    QList<AddressBookEntry> m_entries;
    QHash<QString, qint64> m_lines; // pattern → line it was first on
    QStringList m_problems;
    qint64 m_count = 0;
};

QList<AddressBookEntry> readCsv(QByteArrayView data, const QString &fileName)
{
    Reading reading(fileName);
    CsvTokenizer tokenizer(',');
    std::array<int, ColumnCount> at;
    at.fill(-1);
    bool header = true;
    qsizetype width = 0;
    const auto onRecord = [&](qint64 line, std::span<const QByteArrayView> fields, CsvTokenizer::Problem problem) {
        if (header) {
            header = false;
            width = qsizetype(fields.size());
            for (qsizetype i = 0; i < width; ++i) {
                for (int c = 0; c < ColumnCount; ++c) {
                    if (fields[size_t(i)].toByteArray().trimmed().toLower() == kColumns[size_t(c)] && at[size_t(c)] < 0)
                        at[size_t(c)] = int(i);
                }
            }
            if (problem != CsvTokenizer::Problem::None || at[Pattern] < 0 || at[Label] < 0)
                throw Failure(Failure::Kind::BadInput,
                              QStringLiteral("%1:%2: not an address book: the first line must be the header "
                                             "pattern,label,note,source_url")
                                  .arg(fileName)
                                  .arg(line));
            return;
        }
        if (problem != CsvTokenizer::Problem::None)
            return reading.problem(line, CsvTokenizer::problemText(problem));
        if (qsizetype(fields.size()) != width)
            return reading.problem(line,
                                   QStringLiteral("%1 fields, but the header has %2").arg(fields.size()).arg(width));
        for (int c = 0; c < ColumnCount; ++c) {
            if (at[size_t(c)] >= 0 && !fields[size_t(at[size_t(c)])].isValidUtf8())
                return reading.problem(line,
                                       QStringLiteral("%1 is not UTF-8 text").arg(QLatin1String(kColumns[size_t(c)])));
        }
        const auto field = [&](Column c) {
            return at[size_t(c)] < 0 ? QString() : QString::fromUtf8(fields[size_t(at[size_t(c)])]);
        };
        reading.add(line, {0, field(Pattern), field(Label), field(Note), field(SourceUrl)});
    };
    tokenizer.feed(data, onRecord);
    tokenizer.finish(onRecord);
    if (header)
        throw Failure(Failure::Kind::BadInput, QStringLiteral("%1:1: empty file: no header line").arg(fileName));
    return reading.result();
}

QList<AddressBookEntry> readJson(QByteArrayView data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("%1:%2: bad JSON: %3")
                          .arg(fileName)
                          .arg(JsonTextLines::lineAt(data, error.offset))
                          .arg(error.errorString()));
    if (!doc.isArray())
        throw Failure(Failure::Kind::BadInput,
                      QStringLiteral("%1:1: not an address book: expected an array of objects").arg(fileName));
    Reading reading(fileName);
    const QJsonArray all = doc.array();
    const QList<qint64> lines = JsonTextLines::elementLines(data);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qint64 line = lines.value(i, 1);
        if (!all[i].isObject()) {
            reading.problem(line, QStringLiteral("not an object"));
            continue;
        }
        const QJsonObject o = all[i].toObject();
        AddressBookEntry e;
        const std::array<QString *, ColumnCount> targets = {&e.pattern, &e.label, &e.note, &e.sourceUrl};
        QString wrong;
        for (int c = 0; c < ColumnCount; ++c) {
            const QJsonValue v = o.value(QLatin1String(kColumns[size_t(c)]));
            if (v.isString())
                *targets[size_t(c)] = v.toString();
            else if (!v.isUndefined() && !v.isNull() && wrong.isEmpty())
                wrong = QStringLiteral("'%1' must be a string").arg(QLatin1String(kColumns[size_t(c)]));
        }
        if (!wrong.isEmpty())
            reading.problem(line, wrong);
        else
            reading.add(line, e);
    }
    return reading.result();
}

} // namespace

std::optional<AddressBookFile::Format> AddressBookFile::fromName(const QString &name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    return std::nullopt;
}

std::optional<AddressBookFile::Format> AddressBookFile::fromExtension(const QString &path)
{
    return fromName(QFileInfo(path).suffix());
}

AddressBookFile::Format AddressBookFile::sniff(QByteArrayView head)
{
    for (char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' ? Format::Json : Format::Csv;
    }
    return Format::Csv;
}

QList<AddressBookEntry> AddressBookFile::read(QByteArrayView data, Format format, const QString &fileName)
{
    return format == Format::Json ? readJson(data, fileName) : readCsv(data, fileName);
}

QList<AddressBookEntry> AddressBookFile::readFile(const QString &path, std::optional<Format> format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(file.exists() ? Failure::Kind::Io : Failure::Kind::NotFound,
                      QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        throw Failure(
            Failure::Kind::BadInput,
            QStringLiteral("%1 is larger than an address book can be (%2 MiB)").arg(path).arg(kMaxFileBytes >> 20));
    const QByteArray data = file.readAll();
    return read(
        data,
        format ? *format
               : fromExtension(path).value_or(sniff(QByteArrayView(data).first(std::min<qsizetype>(data.size(), 64)))),
        path);
}

QByteArray AddressBookFile::write(const QList<AddressBookEntry> &entries, Format format)
{
    if (format == Format::Json) {
        QJsonArray all;
        for (const AddressBookEntry &e : entries) {
            QJsonObject o{{QStringLiteral("pattern"), e.pattern}, {QStringLiteral("label"), e.label}};
            if (!e.note.isEmpty())
                o.insert(QStringLiteral("note"), e.note);
            if (!e.sourceUrl.isEmpty())
                o.insert(QStringLiteral("source_url"), e.sourceUrl);
            all.append(o);
        }
        return QJsonDocument(all).toJson(QJsonDocument::Indented);
    }
    QByteArray out = "pattern,label,note,source_url\n";
    for (const AddressBookEntry &e : entries) {
        using CsvField::encode;
        out += encode(e.pattern) + ',' + encode(e.label) + ',' + encode(e.note) + ',' + encode(e.sourceUrl) + '\n';
    }
    return out;
}
