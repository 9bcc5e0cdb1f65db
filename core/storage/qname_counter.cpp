// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qname_counter.h"

#include "view_engine.h"

#include <algorithm>
#include <limits>

namespace {

// Takes the lookups of one dataset after another, each in time order (LookupCounter's order):
// a rollup entry counts as a lookup at its minute's start.
class NameSink {
public:
    NameSink(const QList<qint64> &edges, QnameCounts &out, bool severalDatasets)
        : m_edges(edges), m_out(out), m_several(severalDatasets)
    {}
    void startDataset(qint64 k)
    {
        m_mark = k * qint64(m_edges.size());
        m_bin = 0;
    }
    void minute(int key, qint64 minuteUs, qint64) { see(quint32(key), minuteUs); }
    void row(int key, qint64 tsUs) { see(quint32(key), tsUs); }

    void finish()
    {
        if (m_several) {
            std::sort(m_seen.begin(), m_seen.end());
            m_seen.erase(std::unique(m_seen.begin(), m_seen.end()), m_seen.end());
            for (quint64 binName : m_seen)
                ++m_out.distinct[qsizetype(binName >> 32)];
        }
        for (qint64 first : m_firstAt) {
            if (first < m_edges.front() || first >= m_edges.back())
                continue;
            ++m_out.firstSeen[std::upper_bound(m_edges.begin(), m_edges.end(), first) - m_edges.begin() - 1];
        }
    }

private:
    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();

    void see(quint32 id, qint64 t)
    {
        if (id >= m_firstAt.size()) {
            m_firstAt.resize(size_t(id) + 1, kNever);
            m_lastMark.resize(size_t(id) + 1, -1);
        }
        m_firstAt[id] = std::min(m_firstAt[id], t);
        if (t < m_edges.front() || t >= m_edges.back())
            return;
        // Times rise within a dataset: the bin moves forward.
        if (t < m_edges[m_bin])
            m_bin = 0;
        while (t >= m_edges[m_bin + 1])
            ++m_bin;
        const qint64 mark = m_mark + m_bin;
        if (m_lastMark[id] == mark)
            return;
        m_lastMark[id] = mark;
        if (m_several)
            m_seen.push_back(quint64(m_bin) << 32 | id);
        else
            ++m_out.distinct[m_bin];
    }

    const QList<qint64> &m_edges;
    QnameCounts &m_out;
    bool m_several;
    qint64 m_mark = 0;
    qsizetype m_bin = 0;
    std::vector<qint64> m_firstAt;  // by name id: its first lookup (minute) in the whole history
    std::vector<qint64> m_lastMark; // by name id: the (dataset, bin) it was last counted in
    std::vector<quint64> m_seen;    // several datasets: (bin, name) as counted in each
};

} // namespace

QnameCounts QnameCounter::count(LookupSource &source, const QList<ViewDataset> &datasets, const QList<qint64> &edges,
                                const LookupFilter &filter)
{
    QnameCounts out = QnameCounts::zeroed(edges);
    const qsizetype bins = out.distinct.size();
    if (bins == 0)
        return out;
    const bool wholeMinutes =
        std::all_of(edges.begin(), edges.end(), [](qint64 e) { return LookupCounter::floorMinute(e) == e; });
    const LookupClassifier byName(filter, LookupClassifier::KeyBy::Value, nameFieldIndex(LookupField::Qname));
    NameSink sink(edges, out, datasets.size() > 1);
    for (qsizetype k = 0; k < datasets.size(); ++k) {
        const QList<ViewDataset> one{datasets[k]};
        LookupCounter counter(source, one, byName);
        sink.startDataset(k);
        counter.count(datasets[k].extent, sink, wholeMinutes);
    }
    sink.finish();
    return out;
}
