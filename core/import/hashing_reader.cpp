// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashing_reader.h"

#include <openssl/evp.h>

#include <cstring>

namespace {
constexpr qint64 kMaxQueuedBytes = 16 << 20;
}

struct HashingReader::Digest {
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    Digest() { EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr); }
    ~Digest() { EVP_MD_CTX_free(ctx); }
};

HashingReader::HashingReader(QIODevice &source)
    : m_source(source), m_digest(std::make_unique<Digest>())
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_thread = std::thread([this] { hashLoop(); });
}

HashingReader::~HashingReader()
{
    stop();
}

void HashingReader::hashLoop()
{
    while (true) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return;
        QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        EVP_DigestUpdate(m_digest->ctx, chunk.constData(), size_t(chunk.size()));
        lock.lock();
        m_queuedBytes -= chunk.size();
        if (m_spare.size() < 2)
            m_spare.push_back(std::move(chunk));
        lock.unlock();
        m_changed.notify_all();
    }
}

void HashingReader::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard guard(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

qint64 HashingReader::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_source.read(data, maxSize);
    if (n > 0) {
        m_consumed += n;
        QByteArray copy;
        {
            std::lock_guard guard(m_mutex);
            if (!m_spare.empty()) {
                copy = std::move(m_spare.back());
                m_spare.pop_back();
            }
        }
        copy.resize(n); // keeps the capacity of a reused buffer
        std::memcpy(copy.data(), data, size_t(n));
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queuedBytes < kMaxQueuedBytes; });
        m_queuedBytes += n;
        m_queue.push_back(std::move(copy));
        lock.unlock();
        m_changed.notify_all();
    }
    return n;
}

QString HashingReader::finishHex()
{
    QByteArray rest(1 << 20, Qt::Uninitialized);
    while (read(rest.data(), rest.size()) > 0) {
    }
    stop();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_digest->ctx, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}
