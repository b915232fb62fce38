#include "BurnUpChart.h"

#include <algorithm>

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QValueAxis>

#include "DashboardStyle.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// Points sit at noon UTC: the day's label is centred on its tick whatever the time zone.
qreal dayX(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

} // namespace

BurnUpChart::BurnUpChart(QWidget *parent)
    : QChartView(parent)
    , m_done(new QLineSeries)
    , m_total(new QLineSeries)
    , m_days(new QDateTimeAxis)
    , m_items(new QValueAxis)
{
    setObjectName(u"burnUpChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Burn-up: items done per day"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setMinimumHeight(220);
    setAccessibleName(tr("Burn-up chart"));

    m_done->setName(tr("Done (passed, N/A, waived)"));
    m_total->setName(tr("All items"));
    chart->addSeries(m_total);
    chart->addSeries(m_done);
    m_days->setFormat(u"MMM d"_s);
    m_days->setTickCount(6);
    m_items->setLabelFormat(u"%d"_s);
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_items, Qt::AlignLeft);
    for (QLineSeries *series : {m_done, m_total}) {
        series->attachAxis(m_days);
        series->attachAxis(m_items);
    }
    applyColors();
    setPoints({});
}

void BurnUpChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void BurnUpChart::applyColors()
{
    m_done->setPen(QPen(StatusStyle::statusColor(ItemStatus::Passed), 2.5));
    m_total->setPen(QPen(StatusStyle::statusColor(ItemStatus::NotStarted), 1.5, Qt::DashLine));
    DashboardStyle::styleChart(chart(), palette());
}

void BurnUpChart::setPoints(const QList<BurnUpPoint> &points)
{
    QList<QPointF> done;
    QList<QPointF> total;
    done.reserve(points.size());
    total.reserve(points.size());
    int most = 0;
    for (const BurnUpPoint &point : points) {
        done.append({dayX(point.day), qreal(point.done)});
        total.append({dayX(point.day), qreal(point.total)});
        most = std::max(most, point.total);
    }
    m_done->replace(done);
    m_total->replace(total);
    // A single day draws no line: show the points, and give the axis a day either side.
    m_done->setPointsVisible(points.size() < 3);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = points.isEmpty() ? today : points.first().day;
    const QDate last = points.isEmpty() ? today : points.last().day;
    const bool shortSpan = first.daysTo(last) < 2;
    m_days->setRange(QDateTime(shortSpan ? first.addDays(-1) : first, QTime(0, 0), Qt::UTC),
                     QDateTime(shortSpan ? last.addDays(1) : last, QTime(23, 59), Qt::UTC));
    m_days->setTickCount(std::clamp(int(first.daysTo(last)) + 1, 3, 7));
    m_items->setRange(0, std::max(most, 1));
    m_items->applyNiceNumbers();
    m_items->setLabelFormat(u"%d"_s);

    // What a screen reader reads instead of the lines: where the burn-up starts and ends.
    if (points.isEmpty()) {
        setAccessibleDescription(tr("Items done per day: no history yet."));
    } else if (points.size() == 1) {
        setAccessibleDescription(tr("Items done per day: %1 of %2 on %3.")
                                         .arg(points.first().done)
                                         .arg(points.first().total)
                                         .arg(points.first().day.toString(Qt::ISODate)));
    } else {
        const BurnUpPoint &start = points.first();
        const BurnUpPoint &end = points.last();
        setAccessibleDescription(tr("Items done per day: %1 of %2 on %3, %4 of %5 on %6.")
                                         .arg(start.done)
                                         .arg(start.total)
                                         .arg(start.day.toString(Qt::ISODate))
                                         .arg(end.done)
                                         .arg(end.total)
                                         .arg(end.day.toString(Qt::ISODate)));
    }
}

} // namespace greenlight
