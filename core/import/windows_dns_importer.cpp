// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_dns_importer.h"

#include "line_reader.h"
#include "utf16_reader.h"
#include "windows_date_format.h"
#include "windows_dns_log_reader.h"
#include "windows_dns_packet.h"

#include <optional>

QString WindowsDnsImporter::description() const
{
    return QStringLiteral("Windows DNS Server debug log (dns.log; UTF-8, ANSI or UTF-16)");
}

bool WindowsDnsImporter::sniff(QByteArrayView head) const
{
    QByteArray utf8;
    if (Utf16Reader::hasLittleEndianBom(head)) {
        utf8 = Utf16Reader::headAsUtf8(head);
        head = utf8;
    }
    return anyHeadLine(head, [](QByteArrayView text) {
        if (text.startsWith("DNS Server log file creation at ") || text.startsWith("Message logging key (for packets"))
            return true;
        const auto stamp = WindowsDateFormat::scan(text);
        return stamp && WindowsDnsPacket::isPacketLine(text.sliced(stamp->length));
    });
}

ImportReport WindowsDnsImporter::read(QIODevice &in, const ImportOptions &options, RecordSink &sink,
                                      const ProgressFn &progress) const
{
    ImportReport report;
    std::optional<WindowsDateFormat> given;
    if (!options.locale.isEmpty()) {
        given = WindowsDateFormat::fromLocale(options.locale);
        if (!given) {
            report.error = Failure(
                Failure::Kind::BadInput,
                QStringLiteral("unknown locale '%1' (a name such as en-US, de-DE or sv-SE)").arg(options.locale));
            return report;
        }
    }
    std::optional<Utf16Reader> utf16;
    QIODevice *input = &in;
    QString encoding = QStringLiteral("UTF-8");
    if (Utf16Reader::hasLittleEndianBom(in.peek(2))) {
        input = &utf16.emplace(in);
        encoding = QStringLiteral("UTF-16 LE (byte order mark)");
    }
    // Progress counts the bytes of the file, not of the UTF-8 it is decoded into.
    const ProgressFn sourceProgress = [&](const ImportProgress &p) {
        return !progress || progress({utf16 ? utf16->consumed() : p.bytesDone, p.bytesTotal});
    };
    WindowsDnsLogReader reader(options, sink, report, given, encoding);
    feedLines(*input, sourceProgress, report, reader);
    if (!report.error && !report.cancelled)
        reader.finish();
    else if (!report.error)
        reader.noteAssumptions(); // the preview stops early and shows what was assumed

    return report;
}
