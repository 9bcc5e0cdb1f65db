// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "owner_field_values.h"

#include "answer_subject.h"

#include <algorithm>

QList<LookupField> OwnerFieldValues::fieldsOf(const std::optional<LookupField> &split,
                                              const QList<FieldFilter> &filters)
{
    QList<LookupField> out;
    if (split && isOwnerField(*split))
        out.append(*split);
    for (const FieldFilter &f : filters) {
        if (isOwnerField(f.field) && !out.contains(f.field))
            out.append(f.field);
    }
    return out;
}

DerivedFields OwnerFieldValues::derive(const QList<LookupField> &fields, const OwnerDirectoryPtr &directory,
                                       const NameTable &names, const QList<DatasetColumnsPtr> &datasets,
                                       const AnswerSetTablePtr &answers)
{
    if (fields.isEmpty())
        return {};
    std::lock_guard guard(m_mutex);
    resetFor(directory, names);
    for (LookupField f : fields) {
        if (ownerSource(f) == LookupField::Answer)
            continue;
        const int column = nameFieldIndex(f);
        for (const DatasetColumnsPtr &d : datasets) {
            const std::pair<const DatasetColumns *, int> key{d.get(), column};
            if (m_covered.contains(key) || !d->hasNames(column))
                continue;
            for (quint32 id : d->names[size_t(column)])
                label(id);
            m_covered.append(key);
            m_coveredAlive.append(d);
        }
    }
    // Forget columns that are gone, so that a new one at the same address is read.
    for (qsizetype i = m_covered.size() - 1; i >= 0; --i) {
        if (m_coveredAlive[i].expired()) {
            m_covered.removeAt(i);
            m_coveredAlive.removeAt(i);
        }
    }
    DerivedFields out = published(fields);
    deriveAnswers(fields, directory, answers, out);
    return out;
}

DerivedFields OwnerFieldValues::derive(const QList<LookupField> &fields, const OwnerDirectoryPtr &directory,
                                       const NameTable &names, const QList<qint64> &datasetIds, const IdsOf &idsOf,
                                       const AnswerSetTablePtr &answers)
{
    if (fields.isEmpty())
        return {};
    std::lock_guard guard(m_mutex);
    resetFor(directory, names);
    for (LookupField f : fields) {
        if (ownerSource(f) == LookupField::Answer)
            continue;
        const int column = nameFieldIndex(f);
        for (qint64 id : datasetIds) {
            const std::pair<qint64, int> key{id, column};
            if (m_coveredIds.contains(key))
                continue;
            for (quint32 name : idsOf(id, column))
                label(name);
            m_coveredIds.insert(key);
        }
    }
    DerivedFields out = published(fields);
    deriveAnswers(fields, directory, answers, out);
    return out;
}

void OwnerFieldValues::deriveAnswers(const QList<LookupField> &fields, const OwnerDirectoryPtr &directory,
                                     const AnswerSetTablePtr &answers, DerivedFields &out)
{
    if (std::none_of(fields.begin(), fields.end(), [](LookupField f) { return ownerSource(f) == LookupField::Answer; }))
        return;
    const AnswerSetTablePtr sets =
        answers ? answers : std::make_shared<const AnswerSetTable>(std::vector<QByteArray>{});
    if (directory != m_answerDirectory || sets != m_answerSets) {
        m_answerDirectory = directory;
        m_answerSets = sets;
        m_answerFields = {};
        // Every distinct answer value labelled once, for all four attributes.
        const std::vector<QString> &texts = sets->values();
        std::array<DerivedValues, kOwnerAttributeCount> labelled;
        std::array<QHash<QString, quint32>, kOwnerAttributeCount> ids;
        for (DerivedValues &d : labelled)
            d.valueOf.assign(texts.size(), 0);
        for (size_t v = 1; v < texts.size(); ++v) {
            const QString subject = AnswerSubject::of(texts[v]);
            if (subject.isEmpty())
                continue;
            const OwnerLabels labels = directory->labels(subject);
            for (int a = 0; a < kOwnerAttributeCount; ++a) {
                const QString &text = labels.value(OwnerAttribute(a));
                if (text.isEmpty())
                    continue;
                DerivedValues &d = labelled[size_t(a)];
                auto found = ids[size_t(a)].constFind(text);
                if (found == ids[size_t(a)].constEnd()) {
                    found = ids[size_t(a)].insert(text, quint32(d.values.size()));
                    d.values.push_back(text);
                }
                d.valueOf[v] = *found;
            }
        }
        for (int a = 0; a < kOwnerAttributeCount; ++a) {
            auto d = std::make_shared<DerivedValues>(std::move(labelled[size_t(a)]));
            d->sets = AnswerSetTable::mapped(*sets, d->valueOf, d->values);
            m_answerFields[size_t(a)] = std::move(d);
        }
    }
    for (LookupField f : fields) {
        if (ownerSource(f) == LookupField::Answer)
            out[f] = m_answerFields[size_t(ownerAttribute(f))];
    }
}

void OwnerFieldValues::resetFor(const OwnerDirectoryPtr &directory, const NameTable &names)
{
    if (directory == m_directory && names == m_names)
        return;
    m_directory = directory;
    m_names = names;
    m_labelled.assign(names ? names->size() : 0, false);
    m_covered.clear();
    m_coveredAlive.clear();
    m_coveredIds.clear();
    for (int a = 0; a < kOwnerAttributeCount; ++a) {
        m_valueOf[size_t(a)].assign(m_labelled.size(), 0);
        m_values[size_t(a)] = {QString()};
        m_ids[size_t(a)].clear();
    }
    m_dirty = true;
}

DerivedFields OwnerFieldValues::published(const QList<LookupField> &fields)
{
    if (m_dirty)
        publish();
    DerivedFields out;
    for (LookupField f : fields) {
        if (ownerSource(f) != LookupField::Answer)
            out[f] = m_published[size_t(ownerAttribute(f))];
    }
    return out;
}

void OwnerFieldValues::label(quint32 id)
{
    if (id == 0 || id >= m_labelled.size() || m_labelled[id])
        return;
    const OwnerLabels labels = m_directory->labels((*m_names)[id]);
    m_labelled[id] = true;
    for (int a = 0; a < kOwnerAttributeCount; ++a) {
        const QString &text = labels.value(OwnerAttribute(a));
        if (text.isEmpty())
            continue;
        auto &ids = m_ids[size_t(a)];
        auto found = ids.constFind(text);
        if (found == ids.constEnd()) {
            found = ids.insert(text, quint32(m_values[size_t(a)].size()));
            m_values[size_t(a)].push_back(text);
        }
        m_valueOf[size_t(a)][id] = *found;
    }
    m_dirty = true;
}

void OwnerFieldValues::publish()
{
    for (int a = 0; a < kOwnerAttributeCount; ++a) {
        auto values = std::make_shared<DerivedValues>();
        values->valueOf = m_valueOf[size_t(a)];
        values->values = m_values[size_t(a)];
        m_published[size_t(a)] = std::move(values);
    }
    m_dirty = false;
}
