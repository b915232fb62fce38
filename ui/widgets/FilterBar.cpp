#include "FilterBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

#include "Accessibility.h"
#include "MultiSelectButton.h"
#include "StatusIcons.h"
#include "itemmodels/ChecklistFilter.h"
#include "itemmodels/ChecklistFilterProxyModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

FilterBar::FilterBar(ChecklistFilterProxyModel &proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_status(new MultiSelectButton(tr("Status"), this))
    , m_severity(new MultiSelectButton(tr("Severity"), this))
    , m_itemsChip(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(u"filterText"_s);
    m_search->setPlaceholderText(tr("Filter by key, title, owner, note or guidance (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    Accessibility::describe(m_search,
                            tr("Filter items"),
                            tr("Shows only the items whose key, title, owner, note or guidance "
                               "contains the text"));
    m_search->setMinimumWidth(260);
    m_status->setObjectName(u"statusFilter"_s);
    m_severity->setObjectName(u"severityFilter"_s);
    // The buttons name themselves after the selection ("Status filter: any").
    m_status->setAccessibleDescription(tr("Shows only the items with the chosen statuses; none "
                                          "chosen shows every status"));
    m_severity->setAccessibleDescription(tr("Shows only the items of the chosen severities; "
                                            "none chosen shows every severity"));
    for (int i = 0; i < ItemStatusCount; ++i) {
        const auto status = ItemStatus(i);
        m_status->addChoice(StatusIcons::status(status), itemStatusDisplayName(status), i);
    }
    for (int i = 0; i < SeverityCount; ++i) {
        const auto severity = Severity(i);
        m_severity->addChoice(StatusIcons::severity(severity), severityDisplayName(severity), i);
    }
    m_itemsChip->setObjectName(u"itemsFilter"_s);
    m_itemsChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_itemsChip->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_itemsChip->setLayoutDirection(Qt::RightToLeft); // the close mark after the label
    m_itemsChip->setToolTip(tr("Items picked on the dashboard. Click to show every item again."));
    Accessibility::describe(m_itemsChip,
                            tr("Dashboard item filter"),
                            tr("Shows only the items picked on the dashboard; press it to show "
                               "every item again"));
    m_itemsChip->setVisible(false);
    m_clear->setObjectName(u"clearFilters"_s);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    Accessibility::describe(m_clear,
                            tr("Clear filters"),
                            tr("Removes the text, status, severity and dashboard filters"));
    m_count->setObjectName(u"matchCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_severity);
    layout->addWidget(m_itemsChip);
    layout->addWidget(m_clear);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy.setFilterText(text);
        updateClearButton();
    });
    connect(m_status, &MultiSelectButton::selectionChanged, this, &FilterBar::applyStatus);
    connect(m_severity, &MultiSelectButton::selectionChanged, this, &FilterBar::applySeverity);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearFilters);
    connect(m_itemsChip, &QToolButton::clicked, this, [this] {
        m_proxy.setItemFilter(std::nullopt);
        updateClearButton();
    });
    updateClearButton();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::clearFilters()
{
    m_search->clear();
    m_status->clearSelection();
    m_severity->clearSelection();
    m_proxy.clearFilters();
    updateClearButton();
}

void FilterBar::applyFilter(const ChecklistFilter &filter)
{
    QList<int> statuses;
    for (const ItemStatus status : filter.statuses)
        statuses.append(int(status));
    QList<int> severities;
    for (const Severity severity : filter.severities)
        severities.append(int(severity));
    // The item set first: the controls below each refilter, and must do so within it.
    m_proxy.setItemFilter(filter.items, filter.itemsLabel);
    m_search->setText(filter.text);
    m_status->setSelectedValues(statuses);
    m_severity->setSelectedValues(severities);
    updateClearButton();
}

void FilterBar::setMatchCount(int shown, int total)
{
    if (m_proxy.isFiltering())
        m_count->setText(tr("Showing %1 of %2").arg(shown).arg(total));
    else if (total == 1)
        m_count->setText(tr("1 item"));
    else
        m_count->setText(tr("%1 items").arg(total));
}

void FilterBar::applyStatus()
{
    QSet<ItemStatus> statuses;
    for (const int value : m_status->selectedValues())
        statuses.insert(ItemStatus(value));
    m_proxy.setStatusFilter(statuses);
    updateClearButton();
}

void FilterBar::applySeverity()
{
    QSet<Severity> severities;
    for (const int value : m_severity->selectedValues())
        severities.insert(Severity(value));
    m_proxy.setSeverityFilter(severities);
    updateClearButton();
}

void FilterBar::updateClearButton()
{
    m_clear->setVisible(m_proxy.isFiltering());
    const bool items = m_proxy.itemFilter().has_value();
    m_itemsChip->setVisible(items);
    m_itemsChip->setText(items ? m_proxy.itemFilterLabel() : QString());
}

} // namespace greenlight
