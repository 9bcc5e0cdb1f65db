// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench_json_parsers.h"

#include "bench_child.h"
#include "bench_import_support.h"
#include "flat_json_scanner.h"
#include "json_document_parser.h"
#include "log_format_samples.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <string_view>

namespace {

using namespace simdjson;

bool wanted(std::string_view key, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names)
        if (key == n)
            return true;
    return false;
}

// The fields each format's importer reads, at the top, in the nested object, in each answer.
struct Fields {
    std::initializer_list<std::string_view> top, nested, answer;
    std::string_view nestedKey, answersKey; // empty: none
};
const Fields kZeek{
    {"ts", "id.orig_h", "id.orig_p", "id.resp_h", "id.resp_p", "query", "qtype_name", "rcode_name", "answers", "TTLs"},
    {},
    {},
    {},
    {}};
const Fields kSuricata{{"timestamp", "flow_id", "event_type", "src_ip", "src_port", "dest_ip", "dest_port", "proto"},
                       {"type", "version", "id", "tx_id", "rrname", "rrtype", "rcode"},
                       {"rrtype", "rdata", "ttl"},
                       "dns",
                       "answers"};
const Fields kRoute53{
    {"query_timestamp", "srcaddr", "query_name", "query_type", "rcode"}, {}, {"Type", "Rdata"}, {}, "answers"};

// FlatJsonScanner: the line, then the nested object and the answers array and each answer again.
qint64 flatFields(FlatJsonScanner (&s)[4], QByteArrayView line, const Fields &f)
{
    qint64 n = 0;
    if (!s[0].scan(line))
        return -1;
    QByteArrayView nested, answers;
    auto answersOf = [&](const FlatJsonScanner &scanner) {
        for (const FlatJsonScanner::Member &m : scanner.members()) {
            const std::string_view key(m.key.data(), size_t(m.key.size()));
            n += wanted(key, &scanner == &s[0] ? f.top : f.nested);
            if (key == f.nestedKey && &scanner == &s[0])
                nested = m.raw;
            else if (key == f.answersKey && m.kind == FlatJsonScanner::Kind::Array)
                answers = m.raw;
        }
    };
    answersOf(s[0]);
    if (!nested.isEmpty()) {
        if (!s[1].scan(nested))
            return -1;
        answersOf(s[1]);
    }
    if (!answers.isEmpty() && f.answer.size() > 0) {
        if (!s[2].scanArray(answers))
            return -1;
        for (const FlatJsonScanner::Member &e : s[2].members()) {
            if (!s[3].scan(e.raw))
                return -1;
            for (const FlatJsonScanner::Member &m : s[3].members())
                n += wanted(std::string_view(m.key.data(), size_t(m.key.size())), f.answer);
        }
    }
    return n;
}

// simdjson On-Demand: one pass, nested values iterated where they are.
qint64 onDemandObject(ondemand::object object, const Fields &f, bool top)
{
    qint64 n = 0;
    for (auto field : object) {
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) || field.value().get(value))
            return -1;
        if (wanted(key, top ? f.top : f.nested)) {
            ++n;
            if (key == f.answersKey && f.answer.size() == 0) {
                ondemand::array items;
                if (value.get_array().get(items))
                    return -1;
                for (auto item : items)
                    if (item.raw_json_token().error())
                        return -1;
            } else if (value.raw_json_token().empty())
                return -1;
        } else if (top && key == f.nestedKey) {
            ondemand::object nested;
            if (value.get_object().get(nested))
                return -1;
            const qint64 m = onDemandObject(nested, f, false);
            if (m < 0)
                return -1;
            n += m;
        } else if (key == f.answersKey) {
            ondemand::array answers;
            if (value.get_array().get(answers))
                return -1;
            for (auto a : answers) {
                ondemand::object answer;
                if (a.get_object().get(answer))
                    return -1;
                for (auto af : answer) {
                    std::string_view ak;
                    if (af.unescaped_key().get(ak))
                        return -1;
                    n += wanted(ak, f.answer);
                }
            }
        }
    }
    return n;
}

// simdjson DOM (JsonDocumentParser): the whole record validated, then members looked up.
qint64 domObject(dom::object object, const Fields &f, bool top)
{
    qint64 n = 0;
    for (auto [key, value] : object) {
        if (wanted(key, top ? f.top : f.nested)) {
            ++n;
        } else if (top && key == f.nestedKey) {
            dom::object nested;
            if (value.get_object().get(nested))
                return -1;
            n += domObject(nested, f, false);
        } else if (key == f.answersKey) {
            dom::array answers;
            if (value.get_array().get(answers))
                return -1;
            for (dom::element a : answers) {
                dom::object answer;
                if (a.get_object().get(answer))
                    return -1;
                for (auto [ak, av] : answer)
                    n += wanted(ak, f.answer);
            }
        }
    }
    return n;
}

struct Result {
    double seconds;
    qint64 fields;
};

template<typename PerLine>
Result timeLines(const QByteArray &data, int runs, PerLine perLine)
{
    std::vector<double> times;
    qint64 fields = 0;
    for (int r = 0; r < runs; ++r) {
        fields = 0;
        QElapsedTimer timer;
        timer.start();
        const char *p = data.constData(), *end = p + data.size();
        while (p < end) {
            const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!eol)
                eol = end;
            const qint64 n = perLine(p, size_t(eol - p), size_t(end - p));
            if (n < 0)
                qFatal("a parser refused a line: %.*s", int(std::min<qint64>(200, eol - p)), p);
            fields += n;
            p = eol + 1;
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return {median(times), fields};
}

void measure(const char *what, const Fields &f, QByteArray data, int runs)
{
    const qint64 lines = data.count('\n');
    const double mb = double(data.size()) / 1e6;
    data.reserve(data.size() + qsizetype(SIMDJSON_PADDING)); // On-Demand reads past the last line
    std::memset(data.data() + data.size(), 0, SIMDJSON_PADDING);
    FlatJsonScanner scanners[4];
    ondemand::parser onDemand;
    JsonDocumentParser dom;
    const Result flat = timeLines(data, runs, [&](const char *p, size_t n, size_t) {
        return flatFields(scanners, QByteArrayView(p, qsizetype(n)), f);
    });
    const Result od = timeLines(data, runs, [&](const char *p, size_t n, size_t rest) -> qint64 {
        ondemand::document doc;
        ondemand::object object;
        if (onDemand.iterate(p, n, rest + SIMDJSON_PADDING).get(doc) || doc.get_object().get(object))
            return -1;
        return onDemandObject(object, f, true);
    });
    const Result full = timeLines(data, runs, [&](const char *p, size_t n, size_t) -> qint64 {
        const std::optional<JsonDocumentParser::Object> object = dom.parseObject(QByteArrayView(p, qsizetype(n)));
        return object ? domObject(*object, f, true) : -1;
    });
    if (flat.fields != od.fields || flat.fields != full.fields)
        std::printf("WARNING: the parsers found %lld, %lld and %lld fields\n", static_cast<long long>(flat.fields),
                    static_cast<long long>(od.fields), static_cast<long long>(full.fields));
    for (const auto &[name, r] :
         {std::pair{"FlatJsonScanner", flat}, {"simdjson On-Demand", od}, {"simdjson DOM", full}})
        std::printf("| %s | %s | %.2f M lines/s | %.0f MB/s | %.3f s |\n", what, name, double(lines) / r.seconds / 1e6,
                    mb / r.seconds, r.seconds);
    std::printf("|  | (%lld lines, %.0f MB, %lld fields each; load %.1f) | | | |\n", static_cast<long long>(lines), mb,
                static_cast<long long>(full.fields), loadAverage());
    std::fflush(stdout);
}

} // namespace

int benchJsonParsers(const QStringList &args)
{
    const QString corpus = option(args, "--corpus", QStringLiteral(DNSTL_CORPUS_DIR));
    const int copies = std::max(1, option(args, "--copies", QStringLiteral("20")).toInt());
    const qint64 lookups = option(args, "--lookups", QStringLiteral("500000")).toLongLong();
    const int runs = std::max(1, option(args, "--runs", QStringLiteral("5")).toInt());
    std::printf(
        "JSON parsers, medians of %d runs (load %.1f at the start)\n\n| input | parser | lines/s | MB/s | time |\n"
        "|---|---|---|---|---|\n",
        runs, loadAverage());
    const QByteArray zeek = zeekJsonFromTsv(readGzipFile(corpus + QStringLiteral("/zeek/dns.log.gz")));
    measure("Zeek JSON (real corpus)", kZeek, zeek.repeated(copies), runs);
    QByteArray suricata, route53;
    for (qint64 i = 0; i < lookups; ++i) {
        LogFormatSamples::append(QStringLiteral("suricata"), i, suricata);
        LogFormatSamples::append(QStringLiteral("route53"), i, route53);
    }
    measure("Suricata EVE v2", kSuricata, suricata, runs);
    measure("Route 53 Resolver", kRoute53, route53, runs);
    return 0;
}
