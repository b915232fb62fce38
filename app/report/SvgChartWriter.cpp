#include "SvgChartWriter.h"

#include <algorithm>

#include <QColor>

#include "ReportPalette.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using Column = ReportText::Column;

constexpr int Width = 640;
constexpr int LabelWidth = 190; // template titles, left of the bars
constexpr int BarWidth = 340;
constexpr int RowHeight = 30;
constexpr int BarHeight = 18;
constexpr int LegendHeight = 28;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Black or white, whichever reads better on the fill.
QString textOn(const QString &fill)
{
    const QColor c = QColor::fromString(fill);
    const double luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue();
    return luminance > 150 ? u"#000000"_s : u"#ffffff"_s;
}

QString open(const QString &idPrefix, int height, const QString &title, const QString &desc)
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" "
           "width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" aria-labelledby=\"%3-title "
           "%3-desc\" font-family=\"sans-serif\" font-size=\"12\">\n"
           "<title id=\"%3-title\">%4</title>\n<desc id=\"%3-desc\">%5</desc>\n"_s.arg(
                   QString::number(Width),
                   QString::number(height),
                   esc(idPrefix),
                   esc(title),
                   esc(desc));
}

QString text(int x, int y, const QString &content, const QString &extra = {})
{
    return u"<text x=\"%1\" y=\"%2\"%3>%4</text>\n"_s.arg(
            QString::number(x), QString::number(y), extra, esc(content));
}

QString rect(int x, int y, int w, int h, const QString &fill, const QString &tooltip = {})
{
    const QString head = u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\""_s.arg(
            QString::number(x), QString::number(y), QString::number(w), QString::number(h), fill);
    if (tooltip.isEmpty())
        return head + u"/>\n"_s;
    return head + u"><title>"_s + esc(tooltip) + u"</title></rect>\n"_s;
}

// Swatch and name for each entry, in one row.
QString legend(const QList<std::pair<QString, QString>> &entries, int y)
{
    QString out;
    int x = 0;
    for (const auto &[name, fill] : entries) {
        out += rect(x, y, 12, 12, fill);
        out += text(x + 16, y + 10, name);
        x += 16 + int(name.size()) * 7 + 18;
    }
    return out;
}

struct TemplateRow
{
    QString title;
    SnapshotCategory counts; // sums over the template's sections
};

QList<TemplateRow> byTemplate(const QList<SnapshotCategory> &categories)
{
    QList<TemplateRow> rows;
    for (const SnapshotCategory &c : categories) {
        if (rows.isEmpty() || rows.last().counts.templateId != c.templateId) {
            TemplateRow row;
            row.title = c.templateTitle;
            row.counts.templateId = c.templateId;
            rows.append(row);
        }
        SnapshotCategory &sum = rows.last().counts;
        sum.pass += c.pass;
        sum.fail += c.fail;
        sum.warning += c.warning;
        sum.waived += c.waived;
        sum.notApplicable += c.notApplicable;
        sum.open += c.open;
        sum.total += c.total;
    }
    return rows;
}

QString elide(const QString &title, int maxChars)
{
    return title.size() <= maxChars ? title : title.left(maxChars - 1) + QChar(0x2026);
}

} // namespace

QList<ReportText::Column> SvgChartWriter::progressColumns()
{
    return {Column::Pass,
            Column::Warning,
            Column::Waived,
            Column::NotApplicable,
            Column::Fail,
            Column::Open};
}

QString SvgChartWriter::colour(ReportText::Column column)
{
    switch (column) {
    case Column::Pass:
        return ReportPalette::bucket(ReportPalette::Bucket::Pass).name();
    case Column::Warning:
        return ReportPalette::bucket(ReportPalette::Bucket::Warning).name();
    case Column::Waived:
        return ReportPalette::bucket(ReportPalette::Bucket::Waived).name();
    case Column::NotApplicable:
        return ReportPalette::bucket(ReportPalette::Bucket::NotApplicable).name();
    case Column::Fail:
        return ReportPalette::bucket(ReportPalette::Bucket::Fail).name();
    case Column::Open:
        return ReportPalette::bucket(ReportPalette::Bucket::Open).name();
    case Column::Category:
    case Column::Total:
        break;
    }
    return ReportPalette::text().name();
}

QString SvgChartWriter::colour(Severity severity)
{
    return ReportPalette::severity(severity).name();
}

QString SvgChartWriter::progressChart(const QList<SnapshotCategory> &categories,
                                      const QString &idPrefix)
{
    const QList<TemplateRow> rows = byTemplate(categories);
    if (rows.isEmpty())
        return {};
    QList<std::pair<QString, QString>> entries;
    for (const Column column : progressColumns())
        entries.append({ReportText::columnName(column), colour(column)});

    QStringList descriptions;
    QString body = legend(entries, 4);
    int y = LegendHeight + 6;
    for (const TemplateRow &row : rows) {
        const SnapshotCategory &c = row.counts;
        QStringList parts;
        body += text(0, y + 13, elide(row.title, 26));
        // Cumulative rounding: the segments always end exactly at the bar's end.
        int done = 0;
        int left = LabelWidth;
        for (const Column column : progressColumns()) {
            const int value = ReportText::count(c, column);
            parts << u"%1 %2"_s.arg(value).arg(ReportText::columnName(column));
            if (value == 0 || c.total == 0)
                continue;
            done += value;
            const int right = LabelWidth + int(qint64(done) * BarWidth / c.total);
            const QString fill = colour(column);
            body += rect(left,
                         y,
                         right - left,
                         BarHeight,
                         fill,
                         u"%1: %2"_s.arg(ReportText::columnName(column)).arg(value));
            if (right - left >= 18) {
                body += text((left + right) / 2,
                             y + 13,
                             QString::number(value),
                             u" text-anchor=\"middle\" fill=\"%1\""_s.arg(textOn(fill)));
            }
            left = right;
        }
        if (c.total == 0)
            body += rect(LabelWidth, y, BarWidth, BarHeight, u"#eeeeee"_s);
        const int finished = c.pass + c.warning + c.waived + c.notApplicable;
        body += text(LabelWidth + BarWidth + 8, y + 13, u"%1/%2"_s.arg(finished).arg(c.total));
        descriptions << u"%1: %2."_s.arg(row.title, parts.join(u", "));
        y += RowHeight;
    }
    return open(idPrefix, y, ReportText::progressChartTitle(), descriptions.join(u' ')) + body
           + u"</svg>"_s;
}

QString SvgChartWriter::findingsChart(const QList<SnapshotFinding> &findings,
                                      const QString &idPrefix)
{
    constexpr int Top = LegendHeight + 8;
    constexpr int PlotHeight = 120;
    constexpr int Slot = Width / SeverityCount;
    constexpr int Bar = 56;
    QList<int> counts(SeverityCount, 0);
    for (const SnapshotFinding &f : findings)
        ++counts[int(f.severity)];
    const int most = std::max(1, *std::max_element(counts.cbegin(), counts.cend()));

    QList<std::pair<QString, QString>> entries;
    QStringList parts;
    QString bars;
    for (int s = 0; s < SeverityCount; ++s) {
        const Severity severity = Severity(s);
        const QString name = severityDisplayName(severity);
        entries.append({name, colour(severity)});
        parts << u"%1 %2"_s.arg(counts[s]).arg(name);
        const int height = counts[s] * PlotHeight / most;
        const int x = s * Slot + (Slot - Bar) / 2;
        const int baseline = Top + 16 + PlotHeight;
        if (height > 0) {
            bars += rect(x,
                         baseline - height,
                         Bar,
                         height,
                         colour(severity),
                         u"%1: %2"_s.arg(name).arg(counts[s]));
        }
        bars += text(x + Bar / 2,
                     baseline - height - 4,
                     QString::number(counts[s]),
                     u" text-anchor=\"middle\" font-weight=\"bold\""_s);
        bars += text(x + Bar / 2, baseline + 16, name, u" text-anchor=\"middle\""_s);
    }
    const int baseline = Top + 16 + PlotHeight;
    bars += u"<line x1=\"0\" y1=\"%1\" x2=\"%2\" y2=\"%1\" stroke=\"#555555\"/>\n"_s.arg(
            QString::number(baseline), QString::number(Width));
    return open(idPrefix, baseline + 24, ReportText::findingsChartTitle(), parts.join(u", ") + u'.')
           + legend(entries, 4) + bars + u"</svg>"_s;
}

} // namespace greenlight
