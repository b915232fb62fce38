#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace greenlight {

class ChecklistFilterProxyModel;
class MultiSelectButton;
struct ChecklistFilter;

// Text, status and severity filters over a ChecklistFilterProxyModel, plus a removable chip
// for an exact item set (what a dashboard chart element counted).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(ChecklistFilterProxyModel &proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    MultiSelectButton *statusButton() const { return m_status; }
    MultiSelectButton *severityButton() const { return m_severity; }
    QToolButton *itemsChip() const { return m_itemsChip; }

    // Replaces every filter with filter's, and shows them in the bar's controls.
    void applyFilter(const ChecklistFilter &filter);

    void focusSearch();
    void clearFilters();
    // "12 of 148 items" while filtering, "148 items" otherwise.
    void setMatchCount(int shown, int total);

private:
    void applyStatus();
    void applySeverity();
    void updateClearButton();

    ChecklistFilterProxyModel &m_proxy;
    QLineEdit *m_search;
    MultiSelectButton *m_status;
    MultiSelectButton *m_severity;
    QToolButton *m_itemsChip;
    QToolButton *m_clear;
    QLabel *m_count;
};

} // namespace greenlight
