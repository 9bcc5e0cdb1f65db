// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashing_reader.h"

#include <openssl/evp.h>

#include <cstring>

namespace {
constexpr size_t kMaxQueuedBytes = 16 << 20;
}

struct HashingReader::Digest {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    Digest() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    ~Digest() { EVP_MD_CTX_free(ctx); }
};

HashingReader::HashingReader(QIODevice &source)
    : m_source(source), m_digest(std::make_unique<Digest>()),
      m_chunks(
          kMaxQueuedBytes, 1,
          [this](QByteArray &chunk, int) {
              EVP_DigestUpdate(m_digest->ctx, chunk.constData(), size_t(chunk.size()));
              std::lock_guard guard(m_spareMutex);
              if (m_spare.size() < 2)
                  m_spare.push_back(std::move(chunk));
          },
          [](const QByteArray &chunk) { return size_t(chunk.size()); })
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

HashingReader::~HashingReader()
{
    m_chunks.finish();
}

qint64 HashingReader::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_source.read(data, maxSize);
    if (n > 0) {
        m_consumed += n;
        QByteArray copy;
        {
            std::lock_guard guard(m_spareMutex);
            if (!m_spare.empty()) {
                copy = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        copy.resize(n); // keeps the capacity of a reused buffer
        std::memcpy(copy.data(), data, size_t(n));
        m_chunks.push(std::move(copy));
    }
    return n;
}

QString HashingReader::finishHex()
{
    QByteArray rest(1 << 20, Qt::Uninitialized);
    while (read(rest.data(), rest.size()) > 0) {}
    m_chunks.finish();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_digest->ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}
