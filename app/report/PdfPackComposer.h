#pragma once

#include <functional>

#include <QList>
#include <QString>

#include "report/AssessmentSnapshot.h"
#include "report/PdfFlowLayout.h"
#include "report/ReportText.h"

namespace greenlight {

class PdfPackStyle;

// Flows an approval pack's body (every ReportText::sections() section, in that order, with
// the contents the Markdown and HTML packs have) into a PdfFlowLayout, and remembers where
// each heading landed for the contents page and the PDF outline.
class PdfPackComposer
{
public:
    struct Heading
    {
        QString title;
        int level = 1; // 1 = section, 2 = a template under "Checklist items"
        PdfFlowLayout::Position position;
    };

    PdfPackComposer(const AssessmentSnapshot &snapshot,
                    const PdfPackStyle &style,
                    PdfFlowLayout &flow);

    // progress gets 0..100 over the sections; false from it stops, and compose() returns false.
    bool compose(const std::function<bool(int percent)> &progress);
    // Where the headings finally landed (a heading may move on with what follows it).
    QList<Heading> headings() const;

    // The verdict in its colour, as on the cover and at the top of the Verdict section.
    static void addVerdictBadge(PdfFlowLayout &flow,
                                const PdfPackStyle &style,
                                const ReadinessVerdict &verdict);

private:
    using Cell = PdfFlowLayout::Cell;
    using Text = PdfFlowLayout::Text;

    void section(ReportText::Section section);
    void subheading(const QString &title, int outlineLevel);
    void paragraph(const Text &text, const QColor &color = {});
    void bullets(const QStringList &lines, bool numbered = false);
    void labelled(const QString &label, const Text &value, const QColor &accent = {});
    void keyValueTable(const QList<std::pair<QString, Text>> &rows);

    void summary();
    void verdict();
    void findings();
    void finding(const SnapshotFinding &finding);
    void listSection(const QStringList &lines, bool numbered);
    bool items(const std::function<bool(int)> &progress);
    void itemTable(const QList<const SnapshotItem *> &items);
    void waivers();
    void signoffs();
    void signoff(const SnapshotSignoff &signoff);
    void provenance();

    const AssessmentSnapshot &m_snapshot;
    const PdfPackStyle &m_style;
    PdfFlowLayout &m_flow;
    struct Anchor
    {
        QString title;
        int level = 1;
        int anchor = 0; // PdfFlowLayout::addHeading()'s
    };
    QList<Anchor> m_headings;
};

} // namespace greenlight
