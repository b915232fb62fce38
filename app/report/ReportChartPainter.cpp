#include "ReportChartPainter.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPainter>

#include "report/ReportText.h"

namespace greenlight {

namespace {

using Bucket = ReportPalette::Bucket;

constexpr Bucket BucketOrder[] = {Bucket::Pass,
                                  Bucket::Warning,
                                  Bucket::Waived,
                                  Bucket::NotApplicable,
                                  Bucket::Fail,
                                  Bucket::Open};

// Dark text on light fills, white on dark ones, so a count inside a segment stays legible.
QColor textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.6 ? ReportPalette::text() : QColor(Qt::white);
}

} // namespace

int ReportChartPainter::StatusBar::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

ReportChartPainter::ReportChartPainter(const QFont &font)
    : m_font(font)
{}

QList<ReportChartPainter::StatusBar> ReportChartPainter::statusBars(
        const AssessmentSnapshot &snapshot)
{
    QList<StatusBar> bars;
    QString templateId;
    for (const SnapshotCategory &c : snapshot.categories) {
        if (bars.isEmpty() || c.templateId != templateId) {
            templateId = c.templateId;
            bars.append(StatusBar{c.templateTitle.isEmpty() ? c.templateId : c.templateTitle, {}});
        }
        auto &counts = bars.last().counts;
        counts[int(Bucket::Pass)] += c.pass;
        counts[int(Bucket::Warning)] += c.warning;
        counts[int(Bucket::Waived)] += c.waived;
        counts[int(Bucket::NotApplicable)] += c.notApplicable;
        counts[int(Bucket::Fail)] += c.fail;
        counts[int(Bucket::Open)] += c.open;
    }
    return bars;
}

std::array<int, SeverityCount> ReportChartPainter::findingCounts(const AssessmentSnapshot &snapshot)
{
    std::array<int, SeverityCount> counts{};
    for (const SnapshotFinding &f : snapshot.findings)
        ++counts[int(f.severity)];
    return counts;
}

QString ReportChartPainter::bucketName(ReportPalette::Bucket bucket)
{
    // summaryColumns(): Category, Pass, Fail, Warning, Waived, N/A, Open, Total.
    const QStringList columns = ReportText::summaryColumns();
    switch (bucket) {
    case Bucket::Pass:
        return columns.value(1);
    case Bucket::Fail:
        return columns.value(2);
    case Bucket::Warning:
        return columns.value(3);
    case Bucket::Waived:
        return columns.value(4);
    case Bucket::NotApplicable:
        return columns.value(5);
    case Bucket::Open:
        return columns.value(6);
    }
    return {};
}

qreal ReportChartPainter::rowHeight(const QPaintDevice *device) const
{
    return QFontMetricsF(m_font, device).height() * 1.9;
}

qreal ReportChartPainter::legend(QPainter *painter,
                                 const QRectF &rect,
                                 const QPaintDevice *device) const
{
    const QFontMetricsF fm(m_font, device);
    const qreal line = fm.height();
    const qreal swatch = line * 0.75;
    const qreal gap = line * 0.4;
    const qreal spacing = line * 1.2;
    qreal x = rect.left();
    qreal y = rect.top();
    for (Bucket bucket : BucketOrder) {
        const QString name = bucketName(bucket);
        const qreal width = swatch + gap + fm.horizontalAdvance(name);
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            y += line * 1.4;
        }
        if (painter) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(ReportPalette::bucket(bucket));
            painter->drawRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch));
            painter->setPen(ReportPalette::text());
            painter->drawText(QPointF(x + swatch + gap, y + fm.ascent()), name);
        }
        x += width + spacing;
    }
    return y + line * 1.4 - rect.top() + line * 0.4;
}

qreal ReportChartPainter::statusChartHeight(int bars, qreal width, const QPaintDevice *device) const
{
    return legend(nullptr, QRectF(0, 0, width, 0), device) + bars * rowHeight(device);
}

qreal ReportChartPainter::severityChartHeight(const QPaintDevice *device) const
{
    return SeverityCount * rowHeight(device);
}

QList<QRectF> ReportChartPainter::paintStatusChart(QPainter &painter,
                                                   const QRectF &rect,
                                                   const QList<StatusBar> &bars) const
{
    const QPaintDevice *device = painter.device();
    const QFontMetricsF fm(m_font, device);
    painter.save();
    painter.setFont(m_font);
    const qreal top = rect.top() + legend(&painter, rect, device);

    int maxTotal = 1;
    qreal labelWidth = 0;
    for (const StatusBar &bar : bars) {
        maxTotal = std::max(maxTotal, bar.total());
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.label));
    }
    const qreal gap = fm.height() * 0.6;
    labelWidth = std::min(labelWidth, rect.width() * 0.3);
    const qreal totalWidth = fm.horizontalAdvance(QString::number(maxTotal));
    const qreal barLeft = rect.left() + labelWidth + gap;
    const qreal barWidth = std::max<qreal>(1, rect.width() - labelWidth - totalWidth - 2 * gap);
    const qreal row = rowHeight(device);
    const qreal barHeight = fm.height() * 1.3;

    QList<QRectF> extents;
    for (int i = 0; i < bars.size(); ++i) {
        const StatusBar &bar = bars.at(i);
        const qreal y = top + i * row + (row - barHeight) / 2;
        const qreal baseline = y + (barHeight + fm.ascent() - fm.descent()) / 2;
        painter.setPen(ReportPalette::text());
        painter.drawText(QPointF(rect.left(), baseline),
                         fm.elidedText(bar.label, Qt::ElideRight, labelWidth));
        qreal x = barLeft;
        for (Bucket bucket : BucketOrder) {
            const int count = bar.counts[int(bucket)];
            if (count == 0)
                continue;
            const qreal width = barWidth * count / maxTotal;
            const QRectF segment(x, y, width, barHeight);
            const QColor fill = ReportPalette::bucket(bucket);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRect(segment);
            const QString number = QString::number(count);
            if (fm.horizontalAdvance(number) + gap < width) {
                painter.setPen(textOn(fill));
                painter.drawText(segment, Qt::AlignCenter, number);
            }
            x += width;
        }
        extents.append(QRectF(barLeft, y, x - barLeft, barHeight));
        painter.setPen(ReportPalette::mutedText());
        painter.drawText(QPointF(x + gap / 2, baseline), QString::number(bar.total()));
    }
    painter.restore();
    return extents;
}

QList<QRectF> ReportChartPainter::paintSeverityChart(
        QPainter &painter, const QRectF &rect, const std::array<int, SeverityCount> &counts) const
{
    const QPaintDevice *device = painter.device();
    const QFontMetricsF fm(m_font, device);
    painter.save();
    painter.setFont(m_font);

    int maxCount = 1;
    qreal labelWidth = 0;
    for (int s = 0; s < SeverityCount; ++s) {
        maxCount = std::max(maxCount, counts[s]);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(severityDisplayName(Severity(s))));
    }
    const qreal gap = fm.height() * 0.6;
    const qreal barLeft = rect.left() + labelWidth + gap;
    const qreal numberWidth = fm.horizontalAdvance(QString::number(maxCount));
    const qreal barWidth = std::max<qreal>(1, rect.width() - labelWidth - numberWidth - 2 * gap);
    const qreal row = rowHeight(device);
    const qreal barHeight = fm.height() * 1.3;

    QList<QRectF> extents;
    for (int s = 0; s < SeverityCount; ++s) {
        const qreal y = rect.top() + s * row + (row - barHeight) / 2;
        const qreal baseline = y + (barHeight + fm.ascent() - fm.descent()) / 2;
        painter.setPen(ReportPalette::text());
        painter.drawText(QPointF(rect.left(), baseline), severityDisplayName(Severity(s)));
        const QRectF bar(barLeft, y, barWidth * counts[s] / maxCount, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReportPalette::severity(Severity(s)));
        painter.drawRect(bar);
        painter.setPen(ReportPalette::mutedText());
        painter.drawText(QPointF(bar.right() + gap / 2, baseline), QString::number(counts[s]));
        extents.append(bar);
    }
    painter.restore();
    return extents;
}

} // namespace greenlight
