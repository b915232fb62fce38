#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "domain/Result.h"
#include "domain/RuleInfo.h"

namespace greenlight {

class Analyzer;

// The rules a set of analyzers can report, looked up by id: where the engine takes a
// finding's severity, title and fix from, and where --rules selections are checked.
class RuleCatalog
{
public:
    RuleCatalog() = default;
    explicit RuleCatalog(const std::vector<std::unique_ptr<Analyzer>> &analyzers);

    static QString ruleSetVersion();

    QList<RuleInfo> rules() const { return m_rules; } // sorted by id
    QStringList ids() const;
    const RuleInfo *find(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    // Ids declared more than once (by two analyzers, or twice by one): always a bug.
    QStringList duplicateIds() const { return m_duplicates; }

    // The selected ids: every rule for an empty selection, else the given ones; an
    // InvalidArgument error naming the unknown ids and listing the valid ones otherwise.
    Result<QSet<QString>> select(const QStringList &onlyRules) const;

private:
    QList<RuleInfo> m_rules;
    QHash<QString, qsizetype> m_index;
    QStringList m_duplicates;
};

} // namespace greenlight
