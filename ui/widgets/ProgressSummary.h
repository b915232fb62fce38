#pragma once

#include <QWidget>

#include "store/StoreRecords.h"

class QLabel;
class QProgressBar;

namespace greenlight {

// The status bar's progress: "42 of 148 assessed · 30 passed · 5 failed · 7 n/a" and a bar.
class ProgressSummary : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressSummary(QWidget *parent = nullptr);

    // waived: how many of the failed items have a waiver in force; they count as done but
    // are shown apart from both passed and failed.
    void setCounts(const StatusCounts &counts, int waived = 0);
    void clear();
    QString text() const;
    static QString describe(const StatusCounts &counts, int waived = 0);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace greenlight
