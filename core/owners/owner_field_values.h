// SPDX-FileCopyrightText: 2026 DNS Timeline contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answer_set_table.h"
#include "bin_query.h"
#include "dataset_columns.h"
#include "derived_values.h"
#include "owner_directory.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

// OwnerFieldValues: the owner fields' values (DerivedValues) for a store's names dictionary,
// as the in-memory engine reads them. A name is labelled (OwnerDirectory::labels) the first
// time a view needs it: when a filter or split on client_owner … reads a dataset's client
// column, every name id in that column that is not labelled yet is; labels are kept until
// the directory or the names table changes. A name's labels do not depend on the field it
// is read from, so client_owner and server_owner share one DerivedValues.
// The answer owner fields (answer_owner …) label every distinct answer value of the store's
// answer sets by its subject (AnswerSubject: the address, or the host name a CNAME, MX, …
// names) the first time a view needs one of them, and map the sets through the labels
// (AnswerSetTable::mapped); both are kept until the directory or the answer sets change.
// Thread-safe (one mutex). Cost: the first view over a column reads it once (one pass over
// its ids) and labels its distinct names; later views cost a lookup per dataset. The first
// view of an answer owner field labels the distinct answers and maps every set (about 4 bytes
// per answer and attribute); later ones cost nothing.
class OwnerFieldValues {
public:
    using NameTable = std::shared_ptr<const std::vector<QString>>;

    // The values of the owner fields among `fields` (others are left out), for the name ids of
    // the datasets' columns (each must have its owner fields' source columns loaded). Throws
    // Failure as OwnerDirectory::labels does.
    // answers: the store's answer sets, for the answer owner fields (null: no lookup has answers).
    DerivedFields derive(const QList<LookupField> &fields, const OwnerDirectoryPtr &directory, const NameTable &names,
                         const QList<DatasetColumnsPtr> &datasets, const AnswerSetTablePtr &answers = nullptr);
    // The same for a store that reads its lookups a block at a time (SqliteStore): idsOf(dataset,
    // column) gives the name ids found in a dataset's column (each at least once), and is called
    // once per dataset and source column until the directory or the names table changes
    // (datasets are immutable once committed).
    using IdsOf = std::function<std::vector<quint32>(qint64 datasetId, int column)>;
    DerivedFields derive(const QList<LookupField> &fields, const OwnerDirectoryPtr &directory, const NameTable &names,
                         const QList<qint64> &datasetIds, const IdsOf &idsOf,
                         const AnswerSetTablePtr &answers = nullptr);
    // The owner fields a query's split and filters name.
    static QList<LookupField> fieldsOf(const std::optional<LookupField> &split, const QList<FieldFilter> &filters);

private:
    void resetFor(const OwnerDirectoryPtr &directory, const NameTable &names); // m_mutex held
    DerivedFields published(const QList<LookupField> &fields);                 // m_mutex held
    void label(quint32 id);
    void publish();
    // The answer owner fields among fields, into out. m_mutex held.
    void deriveAnswers(const QList<LookupField> &fields, const OwnerDirectoryPtr &directory,
                       const AnswerSetTablePtr &answers, DerivedFields &out);

    std::mutex m_mutex;
    OwnerDirectoryPtr m_directory;
    NameTable m_names;
    std::vector<bool> m_labelled;                              // by name id
    QList<std::pair<const DatasetColumns *, int>> m_covered;   // (columns, column) read
    QList<std::weak_ptr<const DatasetColumns>> m_coveredAlive; // keeps m_covered's pointers honest
    QSet<std::pair<qint64, int>> m_coveredIds;                 // (dataset id, column) read by idsOf
    std::array<std::vector<quint32>, kOwnerAttributeCount> m_valueOf;
    std::array<std::vector<QString>, kOwnerAttributeCount> m_values;
    std::array<QHash<QString, quint32>, kOwnerAttributeCount> m_ids;
    std::array<DerivedValuesPtr, kOwnerAttributeCount> m_published;
    bool m_dirty = true;
    // The answer owner fields: of which directory and answer sets, and by attribute (null: not
    // derived yet).
    OwnerDirectoryPtr m_answerDirectory;
    AnswerSetTablePtr m_answerSets;
    std::array<DerivedValuesPtr, kOwnerAttributeCount> m_answerFields;
};
