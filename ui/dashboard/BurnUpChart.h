#pragma once

#include <QChartView>
#include <QList>

#include "store/BurnUpHistory.h"

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace greenlight {

// Items done per day against all items, from the assessment's creation to today.
class BurnUpChart : public QChartView
{
    Q_OBJECT

public:
    explicit BurnUpChart(QWidget *parent = nullptr);

    void setPoints(const QList<BurnUpPoint> &points);
    QLineSeries *doneSeries() const { return m_done; }
    QLineSeries *totalSeries() const { return m_total; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors(); // series and chrome in the current palette's shade

    QLineSeries *m_done = nullptr;
    QLineSeries *m_total = nullptr;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_items = nullptr;
};

} // namespace greenlight
