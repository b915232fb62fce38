#include "FindingsFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>

#include "Accessibility.h"
#include "MultiSelectButton.h"
#include "StatusIcons.h"
#include "itemmodels/FindingsFilterProxyModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

FindingsFilterBar::FindingsFilterBar(FindingsFilterProxyModel &proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_severity(new MultiSelectButton(tr("Severity"), this))
    , m_rule(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(u"findingSearch"_s);
    m_search->setPlaceholderText(tr("Search findings"));
    m_search->setClearButtonEnabled(true);
    Accessibility::describe(m_search,
                            tr("Search findings"),
                            tr("Shows only the findings whose rule, title, message or location "
                               "contains the text"));
    m_search->setMinimumWidth(160);
    m_severity->setObjectName(u"findingSeverityFilter"_s);
    // The button names itself after the selection ("Severity filter: any").
    m_severity->setAccessibleDescription(tr("Shows only the findings of the chosen severities; "
                                            "none chosen shows every severity"));
    for (int i = 0; i < SeverityCount; ++i) {
        const auto severity = Severity(i);
        m_severity->addChoice(StatusIcons::severity(severity), severityDisplayName(severity), i);
    }
    m_rule->setObjectName(u"findingRuleFilter"_s);
    Accessibility::describe(
            m_rule, tr("Rule filter"), tr("Shows only the findings of the chosen rule"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rule->addItem(tr("All rules"), QString());
    m_path->setObjectName(u"findingPathFilter"_s);
    m_path->setPlaceholderText(tr("Path contains"));
    m_path->setClearButtonEnabled(true);
    Accessibility::describe(m_path,
                            tr("Path filter"),
                            tr("Shows only the findings in files whose path contains the text"));
    m_path->setMaximumWidth(180);
    m_clear->setObjectName(u"clearFindingFilters"_s);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    Accessibility::describe(m_clear,
                            tr("Clear finding filters"),
                            tr("Removes the search, severity, rule and path filters"));
    m_count->setObjectName(u"findingCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_severity);
    layout->addWidget(m_rule);
    layout->addWidget(m_path);
    layout->addWidget(m_clear);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy.setFilterText(text);
        updateClearButton();
    });
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy.setPathFilter(text);
        updateClearButton();
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy.setRuleFilter(m_rule->currentData().toString());
        updateClearButton();
    });
    connect(m_severity,
            &MultiSelectButton::selectionChanged,
            this,
            &FindingsFilterBar::applySeverity);
    connect(m_clear, &QToolButton::clicked, this, &FindingsFilterBar::clearFilters);
    updateClearButton();
}

void FindingsFilterBar::setRuleIds(QStringList ruleIds)
{
    ruleIds.sort();
    ruleIds.removeDuplicates();
    if (ruleIds == m_ruleIds)
        return;
    m_ruleIds = ruleIds;
    const QString chosen = m_rule->currentData().toString();
    const QSignalBlocker blocker(m_rule);
    m_rule->clear();
    m_rule->addItem(tr("All rules"), QString());
    for (const QString &id : std::as_const(m_ruleIds))
        m_rule->addItem(id, id);
    // A rule whose findings are gone stays selectable, so the filter does not jump.
    if (!chosen.isEmpty() && m_rule->findData(chosen) < 0)
        m_rule->addItem(chosen, chosen);
    m_rule->setCurrentIndex(std::max(0, m_rule->findData(chosen)));
}

void FindingsFilterBar::setMatchCount(int shown, int total)
{
    const QLocale locale;
    if (m_proxy.isFiltering())
        m_count->setText(
                tr("%1 of %2 findings").arg(locale.toString(shown), locale.toString(total)));
    else
        m_count->setText(total == 1 ? tr("1 finding")
                                    : tr("%1 findings").arg(locale.toString(total)));
}

void FindingsFilterBar::clearFilters()
{
    m_search->clear();
    m_path->clear();
    m_rule->setCurrentIndex(0);
    m_severity->clearSelection();
    m_proxy.clearFilters();
    updateClearButton();
}

void FindingsFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FindingsFilterBar::applySeverity()
{
    QSet<Severity> severities;
    for (const int value : m_severity->selectedValues())
        severities.insert(Severity(value));
    m_proxy.setSeverityFilter(severities);
    updateClearButton();
}

void FindingsFilterBar::updateClearButton()
{
    m_clear->setVisible(m_proxy.isFiltering());
}

} // namespace greenlight
