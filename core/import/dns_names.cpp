// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns_names.h"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace {

struct Mnemonic {
    int code;
    const char *name;
};

// IANA "Resource Record (RR) TYPEs", sorted by code.
constexpr Mnemonic kQtypes[] = {
    {1, "A"},      {2, "NS"},      {3, "MD"},          {4, "MF"},        {5, "CNAME"},     {6, "SOA"},
    {7, "MB"},     {8, "MG"},      {9, "MR"},          {10, "NULL"},     {11, "WKS"},      {12, "PTR"},
    {13, "HINFO"}, {14, "MINFO"},  {15, "MX"},         {16, "TXT"},      {17, "RP"},       {18, "AFSDB"},
    {19, "X25"},   {20, "ISDN"},   {21, "RT"},         {22, "NSAP"},     {23, "NSAP-PTR"}, {24, "SIG"},
    {25, "KEY"},   {26, "PX"},     {27, "GPOS"},       {28, "AAAA"},     {29, "LOC"},      {30, "NXT"},
    {31, "EID"},   {32, "NIMLOC"}, {33, "SRV"},        {34, "ATMA"},     {35, "NAPTR"},    {36, "KX"},
    {37, "CERT"},  {38, "A6"},     {39, "DNAME"},      {40, "SINK"},     {41, "OPT"},      {42, "APL"},
    {43, "DS"},    {44, "SSHFP"},  {45, "IPSECKEY"},   {46, "RRSIG"},    {47, "NSEC"},     {48, "DNSKEY"},
    {49, "DHCID"}, {50, "NSEC3"},  {51, "NSEC3PARAM"}, {52, "TLSA"},     {53, "SMIMEA"},   {55, "HIP"},
    {56, "NINFO"}, {57, "RKEY"},   {58, "TALINK"},     {59, "CDS"},      {60, "CDNSKEY"},  {61, "OPENPGPKEY"},
    {62, "CSYNC"}, {63, "ZONEMD"}, {64, "SVCB"},       {65, "HTTPS"},    {99, "SPF"},      {100, "UINFO"},
    {101, "UID"},  {102, "GID"},   {103, "UNSPEC"},    {104, "NID"},     {105, "L32"},     {106, "L64"},
    {107, "LP"},   {108, "EUI48"}, {109, "EUI64"},     {249, "TKEY"},    {250, "TSIG"},    {251, "IXFR"},
    {252, "AXFR"}, {253, "MAILB"}, {254, "MAILA"},     {255, "ANY"},     {256, "URI"},     {257, "CAA"},
    {258, "AVC"},  {259, "DOA"},   {260, "AMTRELAY"},  {261, "RESINFO"}, {32768, "TA"},    {32769, "DLV"},
};

// IANA "DNS RCODEs", sorted by code (16 is BADVERS in EDNS, BADSIG in TSIG context).
constexpr Mnemonic kRcodes[] = {
    {0, "NOERROR"},  {1, "FORMERR"},    {2, "SERVFAIL"}, {3, "NXDOMAIN"},  {4, "NOTIMP"},
    {5, "REFUSED"},  {6, "YXDOMAIN"},   {7, "YXRRSET"},  {8, "NXRRSET"},   {9, "NOTAUTH"},
    {10, "NOTZONE"}, {11, "DSOTYPENI"}, {16, "BADVERS"}, {17, "BADKEY"},   {18, "BADTIME"},
    {19, "BADMODE"}, {20, "BADNAME"},   {21, "BADALG"},  {22, "BADTRUNC"}, {23, "BADCOOKIE"},
};

constexpr int kMaxQtype = 65535;
constexpr int kMaxRcode = 4095; // 12-bit extended RCODE

template<size_t N>
const char *lookup(const Mnemonic (&table)[N], int code)
{
    const auto it =
        std::lower_bound(std::begin(table), std::end(table), code, [](const Mnemonic &m, int c) { return m.code < c; });
    return it != std::end(table) && it->code == code ? it->name : nullptr;
}

// "PREFIX<n>", created once per (prefix, code) and never freed: the returned view stays valid.
QByteArrayView genericName(const char *prefix, int code)
{
    static std::mutex mutex;
    static std::unordered_map<qint64, std::string> names; // nodes never move
    const qint64 key = (qint64(prefix[0]) << 32) | quint32(code);
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = names.find(key);
    if (it == names.end())
        it = names.emplace(key, std::string(prefix) + std::to_string(code)).first;
    return QByteArrayView(it->second.data(), qsizetype(it->second.size()));
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

QByteArrayView trimmed(QByteArrayView in)
{
    qsizetype begin = 0, end = in.size();
    while (begin < end && isSpace(in[begin]))
        ++begin;
    while (end > begin && isSpace(in[end - 1]))
        --end;
    return in.sliced(begin, end - begin);
}

// A non-empty run of at most 9 digits, as a number.
std::optional<int> asNumber(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

void assignUpper(QByteArrayView in, QByteArray &out)
{
    out.resize(in.size());
    char *dst = out.data();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        dst[i] = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
}

void assign(QByteArrayView in, QByteArray &out)
{
    out.resize(in.size());
    std::copy(in.begin(), in.end(), out.data());
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const char c = text[i];
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        if (upper != prefix[i])
            return false;
    }
    return true;
}

// Shared rules of normalizeQtype/normalizeRcode.
void normalizeMnemonic(QByteArrayView in, QByteArray &out, QByteArrayView genericPrefix, int maxCode,
                       QByteArrayView (*nameOf)(int))
{
    QByteArrayView text = trimmed(in);
    // "1 (A)" / "A (1)": prefer the part that is not a number.
    const qsizetype open = text.indexOf('(');
    if (open >= 0 && text.endsWith(')')) {
        const QByteArrayView outer = trimmed(text.first(open));
        const QByteArrayView inner = trimmed(text.sliced(open + 1, text.size() - open - 2));
        if (outer.isEmpty() || (asNumber(outer) && !inner.isEmpty() && !asNumber(inner)))
            text = inner;
        else
            text = outer;
    }
    std::optional<int> code = asNumber(text);
    if (!code && startsWithNoCase(text, genericPrefix))
        code = asNumber(text.sliced(genericPrefix.size()));
    if (code && *code <= maxCode) {
        assign(nameOf(*code), out);
        return;
    }
    assignUpper(text, out);
}

} // namespace

namespace DnsNames {

void normalizeQname(QByteArrayView in, QByteArray &out)
{
    QByteArrayView name = trimmed(in);
    if (name.size() > 1 && name.endsWith('.'))
        name.chop(1);
    out.resize(name.size());
    char *dst = out.data();
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
}

QByteArrayView qtypeName(int code)
{
    // Codes under 256 (nearly every one a capture holds) from a table made once: this is
    // called for each question and each answer record.
    static const std::array<QByteArrayView, 256> kLow = [] {
        std::array<QByteArrayView, 256> low{};
        for (const Mnemonic &m : kQtypes) {
            if (m.code < int(low.size()))
                low[size_t(m.code)] = QByteArrayView(m.name, qsizetype(std::char_traits<char>::length(m.name)));
        }
        return low;
    }();
    if (code >= 0 && code < int(kLow.size()) && !kLow[size_t(code)].isNull())
        return kLow[size_t(code)];
    if (code < 0 || code > kMaxQtype)
        return QByteArrayView();
    if (const char *name = lookup(kQtypes, code))
        return QByteArrayView(name, qsizetype(std::char_traits<char>::length(name)));
    return genericName("TYPE", code);
}

QByteArrayView rcodeName(int code)
{
    if (code < 0 || code > kMaxRcode)
        return QByteArrayView();
    if (const char *name = lookup(kRcodes, code))
        return QByteArrayView(name, qsizetype(std::char_traits<char>::length(name)));
    return genericName("RCODE", code);
}

void normalizeQtype(QByteArrayView in, QByteArray &out)
{
    normalizeMnemonic(in, out, "TYPE", kMaxQtype, &qtypeName);
}

void normalizeRcode(QByteArrayView in, QByteArray &out)
{
    normalizeMnemonic(in, out, "RCODE", kMaxRcode, &rcodeName);
}

bool reverseName(QByteArrayView text, QByteArray &out)
{
    if (text.isEmpty() || text.size() > 45) // INET6_ADDRSTRLEN - 1
        return false;
    char zeroTerminated[46];
    std::copy(text.begin(), text.end(), zeroTerminated);
    zeroTerminated[text.size()] = '\0';
    unsigned char bytes[16];
    if (inet_pton(AF_INET, zeroTerminated, bytes) == 1) {
        out = QByteArray::number(bytes[3]) + '.' + QByteArray::number(bytes[2]) + '.' + QByteArray::number(bytes[1]) +
            '.' + QByteArray::number(bytes[0]) + ".in-addr.arpa";
        return true;
    }
    if (inet_pton(AF_INET6, zeroTerminated, bytes) != 1)
        return false;
    static constexpr char kHex[] = "0123456789abcdef";
    out.clear();
    for (int i = 15; i >= 0; --i) {
        out += kHex[bytes[i] & 0xf];
        out += '.';
        out += kHex[bytes[i] >> 4];
        out += '.';
    }
    out += "ip6.arpa";
    return true;
}

} // namespace DnsNames
