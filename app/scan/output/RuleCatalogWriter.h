#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/ChecklistTemplate.h"
#include "domain/CustomRule.h"
#include "domain/RuleInfo.h"

namespace greenlight {

// The rule catalogue as documentation: docs/rules.md is this class's markdown() for the
// shipped templates (`greenlight-cli rules --format md`), and tst_RulesCommand keeps the
// committed file equal to it. Each rule is shown with the checklist items whose `checks:`
// name it, so a reader sees what a finding bears on.
class RuleCatalogWriter
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::RuleCatalogWriter)

public:
    struct ItemRef
    {
        QString templateId;
        QString itemId;
        QString title;
    };

    // rules: ScanRunner::allRules(custom rules of the templates); templates give the item
    // mapping and tell which template declared a custom rule.
    RuleCatalogWriter(QList<RuleInfo> rules,
                      const QList<ChecklistTemplate> &templates,
                      QString ruleSetVersion);

    QByteArray markdown() const;
    QByteArray json() const;

    const QList<RuleInfo> &rules() const { return m_rules; }
    QList<ItemRef> itemsFor(const QString &ruleId) const { return m_items.value(ruleId); }
    // Categories in reading order: the built-in areas first, as the issue lists them, then
    // any other category alphabetically.
    QStringList categories() const;
    static QString categoryTitle(const QString &category); // "kubernetes" -> "Kubernetes"
    // "`entrypoint.sh` must contain `manage.py lockdown_audit_db`"
    static QString describeCheck(const CustomRule &rule);

private:
    QString markdownRule(const RuleInfo &rule) const;
    QJsonObject jsonRule(const RuleInfo &rule) const;

    QList<RuleInfo> m_rules;
    QString m_ruleSetVersion;
    QHash<QString, QList<ItemRef>> m_items;   // rule id -> items naming it in checks:
    QHash<QString, CustomRule> m_customRules; // rule id -> its declaration
};

} // namespace greenlight
