// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for TimestampParser: the input's first byte picks the zone and epoch unit,
// the rest is timestamp text. An accepted time must format back (formatIso) without trouble.
#include "fuzz_support.h"
#include "timestamp_parser.h"

#include <cstdint>

QByteArray fuzzOutcome(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return "too short";
    static TimestampParser parsers[] = {TimestampParser(QTimeZone::utc()),
                                        TimestampParser(QTimeZone("America/New_York")),
                                        TimestampParser(QTimeZone("Australia/Lord_Howe")),
                                        TimestampParser(QTimeZone(3600 * 14)),
                                        TimestampParser(QTimeZone::utc(), EpochUnit::Nanoseconds),
                                        TimestampParser(QTimeZone::utc(), EpochUnit::Seconds)};
    TimestampParser &parser = parsers[bytes[0] % std::size(parsers)];
    const std::optional<qint64> us =
        parser.parse(QByteArrayView(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1)));
    if (!us)
        return "no time";
    return "us " + QByteArray::number(*us) + " " + TimestampParser::formatIso(*us, parser.zone());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    (void)fuzzOutcome(bytes, size);
    return 0;
}
