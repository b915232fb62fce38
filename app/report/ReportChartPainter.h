#pragma once

#include <array>

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include "report/AssessmentSnapshot.h"
#include "report/ReportPalette.h"

class QPainter;
class QPaintDevice;

namespace greenlight {

// The approval pack's two charts, painted with QPainter so they stay vector in a PDF and
// need no QtCharts (the CLI renders packs without widgets): a stacked bar per template
// (pass / warning / waived / N/A / fail / open) and the open findings by severity. Sizes
// follow the font, so the same code paints a PDF page and a test's QImage.
class ReportChartPainter
{
public:
    struct StatusBar
    {
        QString label;                                        // the template's title
        std::array<int, ReportPalette::BucketCount> counts{}; // by ReportPalette::Bucket
        int total() const;
    };

    explicit ReportChartPainter(const QFont &font);

    // One bar per template, in checklist order, summed over its sections.
    static QList<StatusBar> statusBars(const AssessmentSnapshot &snapshot);
    // Open findings per Severity (index = int(Severity)).
    static std::array<int, SeverityCount> findingCounts(const AssessmentSnapshot &snapshot);
    // The legend's word for a bucket: the summary table's column title.
    static QString bucketName(ReportPalette::Bucket bucket);

    // Heights the charts need for a given width on a device (font metrics differ per dpi).
    qreal statusChartHeight(int bars, qreal width, const QPaintDevice *device) const;
    qreal severityChartHeight(const QPaintDevice *device) const;

    // Paint into rect; return each bar's full extent (the segments lie inside, left to
    // right in Bucket order), so callers and tests can find them.
    QList<QRectF> paintStatusChart(QPainter &painter,
                                   const QRectF &rect,
                                   const QList<StatusBar> &bars) const;
    QList<QRectF> paintSeverityChart(QPainter &painter,
                                     const QRectF &rect,
                                     const std::array<int, SeverityCount> &counts) const;

private:
    qreal rowHeight(const QPaintDevice *device) const;
    // Lays the legend out in rows within width; paints it when painter is set.
    qreal legend(QPainter *painter, const QRectF &rect, const QPaintDevice *device) const;

    QFont m_font;
};

} // namespace greenlight
