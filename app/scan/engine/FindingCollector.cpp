#include "FindingCollector.h"

#include <algorithm>
#include <tuple>

#include <QCoreApplication>

#include "BufferedFindingSink.h"
#include "Fingerprint.h"

namespace greenlight {

FindingCollector::FindingCollector(const RuleCatalog &catalog,
                                   QSet<QString> selectedRules,
                                   QHash<QString, QStringList> itemKeysByRule)
    : m_catalog(catalog)
    , m_selected(std::move(selectedRules))
    , m_itemKeys(std::move(itemKeysByRule))
{}

void FindingCollector::report(Finding finding)
{
    commit({std::move(finding)}, {});
}

void FindingCollector::note(const QString &path, const QString &message)
{
    const std::lock_guard lock(m_mutex);
    m_notes.append(BufferedFindingSink::formatNote(path, message));
}

bool FindingCollector::enrich(Finding &finding)
{
    const RuleInfo *rule = m_catalog.find(finding.ruleId);
    if (!rule) {
        // An analyzer reporting an id it never declared is a bug in that analyzer; say so
        // once in the notes rather than show a finding with no severity or fix.
        if (!m_undeclaredReported.contains(finding.ruleId)) {
            m_undeclaredReported.insert(finding.ruleId);
            m_notes.append(QCoreApplication::translate("greenlight::FindingCollector",
                                                       "rule '%1' is not in the catalogue: "
                                                       "its findings were dropped")
                                   .arg(finding.ruleId));
        }
        return false;
    }
    if (!m_selected.contains(finding.ruleId))
        return false;
    finding.severity = rule->severity;
    finding.title = rule->title;
    finding.fix = rule->fix;
    finding.itemKeys = m_itemKeys.value(finding.ruleId);
    return true;
}

void FindingCollector::commit(QList<Finding> findings, const QStringList &notes)
{
    const std::lock_guard lock(m_mutex);
    m_notes.append(notes);
    QList<Finding> kept;
    kept.reserve(findings.size());
    for (Finding &finding : findings) {
        if (enrich(finding))
            kept.append(std::move(finding));
    }
    if (kept.isEmpty())
        return;
    Fingerprint::assign(kept, m_occurrences);
    m_findings.append(kept);
    m_pending.append(std::move(kept));
}

QList<Finding> FindingCollector::takePending()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_pending, {});
}

qsizetype FindingCollector::findingCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_findings.size();
}

QList<Finding> FindingCollector::findings() const
{
    QList<Finding> out;
    {
        const std::lock_guard lock(m_mutex);
        out = m_findings;
    }
    sort(out);
    return out;
}

QStringList FindingCollector::notes() const
{
    QStringList out;
    {
        const std::lock_guard lock(m_mutex);
        out = m_notes;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

void FindingCollector::sort(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.severity,
                        a.location.path,
                        a.location.line,
                        a.location.column,
                        a.ruleId,
                        a.fingerprint)
               < std::tie(b.severity,
                          b.location.path,
                          b.location.line,
                          b.location.column,
                          b.ruleId,
                          b.fingerprint);
    });
}

} // namespace greenlight
