#pragma once

#include <mutex>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include "RuleCatalog.h"
#include "scan/FindingSink.h"

namespace greenlight {

// The scan's thread-safe FindingSink: drops findings of rules not selected, fills what
// the engine owns (severity, title and fix from the catalogue, item keys, fingerprint),
// keeps everything for the report and queues new findings for streaming.
class FindingCollector final : public FindingSink
{
public:
    FindingCollector(const RuleCatalog &catalog,
                     QSet<QString> selectedRules,
                     QHash<QString, QStringList> itemKeysByRule);

    void report(Finding finding) override;
    void note(const QString &path, const QString &message) override;

    // One file's (or one finish()'s) findings at once, so duplicates are numbered in line
    // order whatever order they were reported in.
    void commit(QList<Finding> findings, const QStringList &notes);

    // Findings committed since the last call, for streaming to the caller.
    QList<Finding> takePending();
    qsizetype findingCount() const;
    // Everything so far: findings in report order (see sort()), notes sorted.
    QList<Finding> findings() const;
    QStringList notes() const;

    // Most severe first, then path, line, column, rule: the report order.
    static void sort(QList<Finding> &findings);

private:
    bool enrich(Finding &finding);

    const RuleCatalog &m_catalog;
    const QSet<QString> m_selected;
    const QHash<QString, QStringList> m_itemKeys;

    mutable std::mutex m_mutex;
    QHash<QByteArray, int> m_occurrences;
    QList<Finding> m_findings;
    QList<Finding> m_pending;
    QStringList m_notes;
    QSet<QString> m_undeclaredReported;
};

} // namespace greenlight
