#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace greenlight {

class Clock;
class SignoffServices;

// The waivers of one assessment that lapse within N days (30 at first), soonest first:
// item, expiry, days left, who accepted the risk, why and the ticket. When a waiver lapses
// its item counts as failed again, so a release manager renews or fixes these first.
// Activating a row asks the window to show the item.
class ExpiringWaiversDialog : public QDialog
{
    Q_OBJECT

public:
    ExpiringWaiversDialog(SignoffServices &services,
                          const Clock &clock,
                          qint64 assessmentId,
                          QWidget *parent = nullptr);

    QSpinBox *daysSpin() const { return m_days; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void itemActivated(const QString &itemKey);

private:
    void reload();

    SignoffServices &m_services;
    const Clock &m_clock;
    qint64 m_assessmentId;
    QSpinBox *m_days;
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace greenlight
