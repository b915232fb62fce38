#include "RuleCatalog.h"

#include <algorithm>

#include <QCoreApplication>

#include "scan/Analyzer.h"

using namespace Qt::StringLiterals;

namespace greenlight {

RuleCatalog::RuleCatalog(const std::vector<std::unique_ptr<Analyzer>> &analyzers)
{
    for (const auto &analyzer : analyzers)
        m_rules.append(analyzer->rules());
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const RuleInfo &a, const RuleInfo &b) {
        return a.id < b.id;
    });
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const QString &id = m_rules.at(i).id;
        if (m_index.contains(id)) {
            if (!m_duplicates.contains(id))
                m_duplicates.append(id);
            continue; // the first declaration wins
        }
        m_index.insert(id, i);
    }
    if (!m_duplicates.isEmpty()) {
        // Keep the catalogue usable (one entry per id) even when an analyzer is wrong.
        QList<RuleInfo> unique;
        for (const RuleInfo &rule : std::as_const(m_rules)) {
            if (unique.isEmpty() || unique.constLast().id != rule.id)
                unique.append(rule);
        }
        m_rules = unique;
        m_index.clear();
        for (qsizetype i = 0; i < m_rules.size(); ++i)
            m_index.insert(m_rules.at(i).id, i);
    }
}

QString RuleCatalog::ruleSetVersion()
{
    // year.month.revision of the built-in rules; bump on any change to what a rule reports.
    return u"2026.11.1"_s;
}

QStringList RuleCatalog::ids() const
{
    QStringList out;
    out.reserve(m_rules.size());
    for (const RuleInfo &rule : m_rules)
        out.append(rule.id);
    return out;
}

const RuleInfo *RuleCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_rules.at(*it);
}

Result<QSet<QString>> RuleCatalog::select(const QStringList &onlyRules) const
{
    QSet<QString> selected;
    if (onlyRules.isEmpty()) {
        for (const RuleInfo &rule : m_rules)
            selected.insert(rule.id);
        return selected;
    }
    QStringList unknown;
    for (const QString &id : onlyRules) {
        const QString trimmed = id.trimmed();
        if (m_index.contains(trimmed))
            selected.insert(trimmed);
        else if (!unknown.contains(trimmed))
            unknown.append(trimmed);
    }
    if (!unknown.isEmpty()) {
        return Error::make(Error::Code::InvalidArgument,
                           QCoreApplication::translate("greenlight::RuleCatalog",
                                                       "Unknown rule id(s): %1. Valid rule ids: %2")
                                   .arg(unknown.join(u", "_s), ids().join(u", "_s)));
    }
    return selected;
}

} // namespace greenlight
