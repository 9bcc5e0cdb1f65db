// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashing_reader.h"

#include <openssl/evp.h>

struct HashingReader::State {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    ~State() { EVP_MD_CTX_free(ctx); }
};

HashingReader::HashingReader(QIODevice &source)
    : m_source(source), m_state(std::make_unique<State>())
{
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

HashingReader::~HashingReader() = default;

qint64 HashingReader::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_source.read(data, maxSize);
    if (n > 0) {
        EVP_DigestUpdate(m_state->ctx, data, size_t(n));
        m_consumed += n;
    }
    return n;
}

QString HashingReader::finishHex()
{
    QByteArray rest(1 << 20, Qt::Uninitialized);
    while (read(rest.data(), rest.size()) > 0) {
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}
