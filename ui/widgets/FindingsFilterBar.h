#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace greenlight {

class FindingsFilterProxyModel;
class MultiSelectButton;

// Free-text search, severity, rule and path filters over a FindingsFilterProxyModel, and
// the "12 of 40 findings" count.
class FindingsFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsFilterBar(FindingsFilterProxyModel &proxy, QWidget *parent = nullptr);

    // The rule ids the rule filter offers (those present in the findings), sorted; keeps
    // the chosen rule if it is still there.
    void setRuleIds(QStringList ruleIds);
    void setMatchCount(int shown, int total);
    void clearFilters();
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    MultiSelectButton *severityButton() const { return m_severity; }
    QComboBox *ruleCombo() const { return m_rule; }
    QLineEdit *pathField() const { return m_path; }
    QLabel *countLabel() const { return m_count; }

private:
    void applySeverity();
    void updateClearButton();

    FindingsFilterProxyModel &m_proxy;
    QLineEdit *m_search;
    MultiSelectButton *m_severity;
    QComboBox *m_rule;
    QLineEdit *m_path;
    QToolButton *m_clear;
    QLabel *m_count;
    QStringList m_ruleIds;
};

} // namespace greenlight
