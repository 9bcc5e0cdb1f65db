// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows_event_xml_reader.h"

#include "bounded_work_queue.h"
#include "windows_event_xml_parser.h"

#include <deque>
#include <mutex>
#include <optional>

namespace {

constexpr qint64 kChunk = qint64(1) << 20;
const QByteArrayView kEventNamespace("http://schemas.microsoft.com/win/2004/08/events/event");

using Batch = WindowsEventXmlParser::Batch;

// One block of the file for the parsing thread; last: the file ends with it.
struct Block {
    QByteArray bytes;
    bool last = false;
};

// What the parsing thread hands back for a block, in file order: its events, and where the
// XML breaks if it does there.
struct Parsed {
    Batch batch;
    bool broken = false;
    qint64 line = 0;
    QString why;
};

// The hand-over from the parsing thread to the reading one: the parsed blocks in file order,
// and what each is done with for the other to reuse: the batches the reader has handed on
// (their events' buffers) and the blocks the parser has parsed (a fresh 1 MiB buffer for every
// read costs the kernel more than the read: its pages are faulted in and zeroed each time).
class Handover {
public:
    void put(Parsed parsed)
    {
        std::lock_guard guard(m_mutex);
        m_ready.push_back(std::move(parsed));
    }
    bool take(Parsed &parsed)
    {
        std::lock_guard guard(m_mutex);
        if (m_ready.empty())
            return false;
        parsed = std::move(m_ready.front());
        m_ready.pop_front();
        return true;
    }
    Batch spareBatch()
    {
        Batch batch = spare(m_batches);
        batch.used = 0;
        return batch;
    }
    void giveBack(Batch batch) { keep(m_batches, std::move(batch)); }
    QByteArray spareBlock() { return spare(m_blocks); }
    void giveBack(QByteArray block) { keep(m_blocks, std::move(block)); }

private:
    template<typename T>
    T spare(std::vector<T> &from)
    {
        std::lock_guard guard(m_mutex);
        if (from.empty())
            return {};
        T one = std::move(from.back());
        from.pop_back();
        return one;
    }
    template<typename T>
    void keep(std::vector<T> &to, T one)
    {
        std::lock_guard guard(m_mutex);
        to.push_back(std::move(one));
    }

    std::mutex m_mutex;
    std::deque<Parsed> m_ready;
    std::vector<Batch> m_batches;
    std::vector<QByteArray> m_blocks;
};

} // namespace

bool WindowsEventXmlReader::sniff(QByteArrayView head)
{
    const qsizetype at = head.indexOf("<Event ");
    return at >= 0 && head.sliced(at, std::min<qsizetype>(200, head.size() - at)).contains(kEventNamespace);
}

WindowsEventXmlReader::End WindowsEventXmlReader::read(QIODevice &in, const Callbacks &callbacks)
{
    // expat's parse runs on one thread, block after block; this thread reads the file and hands
    // the events on. At most two blocks wait for the parser, so memory stays bounded.
    WindowsEventXmlParser parser(callbacks.wanted);
    Handover handover;
    bool broken = false; // the parsing thread's own: it parses nothing after a break
    BoundedWorkQueue<Block> parsing(2, 1, [&](Block &block, int) {
        if (broken)
            return;
        Parsed parsed;
        parsed.batch = handover.spareBatch();
        if (!parser.parse(block.bytes, block.last, parsed.batch)) {
            broken = parsed.broken = true;
            parsed.line = parser.breakLine();
            parsed.why = parser.breakReason();
        }
        handover.put(std::move(parsed));
        handover.giveBack(std::move(block.bytes));
    });
    // Hands on what has been parsed; an end when the reading must end (a stop, a break).
    auto handOn = [&]() -> std::optional<End> {
        Parsed parsed;
        while (handover.take(parsed)) {
            for (size_t i = 0; i < parsed.batch.used; ++i) {
                if (!callbacks.event(parsed.batch.events[i]))
                    return End::Stopped;
            }
            if (parsed.broken)
                return callbacks.broken(parsed.line, parsed.why) ? End::Done : End::Stopped;
            handover.giveBack(std::move(parsed.batch));
        }
        return std::nullopt;
    };
    qint64 done = 0;
    for (;;) {
        if (callbacks.progress && !callbacks.progress(done)) {
            parsing.abort();
            return End::Cancelled;
        }
        QByteArray chunk = handover.spareBlock();
        chunk.resize(kChunk);
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0) {
            parsing.abort();
            return End::ReadError;
        }
        chunk.truncate(n);
        done += n;
        parsing.push({std::move(chunk), n == 0});
        if (const std::optional<End> end = handOn()) {
            parsing.abort();
            return *end;
        }
        if (n == 0)
            break;
    }
    parsing.finish();
    return handOn().value_or(End::Done);
}
