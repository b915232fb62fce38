#include "PdfPackComposer.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextCharFormat>

#include "report/PdfPackStyle.h"
#include "report/ReportChartPainter.h"
#include "report/ReportPalette.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

using Field = ReportText::Field;

QTextCharFormat bold(const QColor &color = {})
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    if (color.isValid())
        format.setForeground(color);
    return format;
}

QTextCharFormat coloured(const QColor &color)
{
    QTextCharFormat format;
    format.setForeground(color);
    return format;
}

QColor statusColor(EffectiveStatus status)
{
    switch (status) {
    case EffectiveStatus::NotStarted:
        return ReportPalette::status(ItemStatus::NotStarted);
    case EffectiveStatus::InProgress:
        return ReportPalette::status(ItemStatus::InProgress);
    case EffectiveStatus::Passed:
        return ReportPalette::status(ItemStatus::Passed);
    case EffectiveStatus::Failed:
    case EffectiveStatus::WaiverExpired:
        return ReportPalette::status(ItemStatus::Failed);
    case EffectiveStatus::NotApplicable:
        return ReportPalette::status(ItemStatus::NotApplicable);
    case EffectiveStatus::Waived:
        return ReportPalette::bucket(ReportPalette::Bucket::Waived);
    }
    return ReportPalette::text();
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

PdfPackComposer::PdfPackComposer(const AssessmentSnapshot &snapshot,
                                 const PdfPackStyle &style,
                                 PdfFlowLayout &flow)
    : m_snapshot(snapshot)
    , m_style(style)
    , m_flow(flow)
{}

QList<PdfPackComposer::Heading> PdfPackComposer::headings() const
{
    QList<Heading> headings;
    for (const Anchor &a : m_headings)
        headings.append({a.title, a.level, m_flow.anchor(a.anchor)});
    return headings;
}

bool PdfPackComposer::compose(const std::function<bool(int)> &progress)
{
    const QList<ReportText::Section> sections = ReportText::sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (progress && !progress(100 * i / int(sections.size())))
            return false;
        const ReportText::Section s = sections.at(i);
        section(s);
        switch (s) {
        case ReportText::Section::Summary:
            summary();
            break;
        case ReportText::Section::Verdict:
            verdict();
            break;
        case ReportText::Section::Findings:
            findings();
            break;
        case ReportText::Section::RunbookGaps:
            listSection(m_snapshot.runbookGaps, false);
            break;
        case ReportText::Section::Recommendations:
            listSection(m_snapshot.recommendations, true);
            break;
        case ReportText::Section::Items:
            if (!items([&](int p) {
                    return !progress || progress((100 * i + p) / int(sections.size()));
                }))
                return false;
            break;
        case ReportText::Section::Waivers:
            waivers();
            break;
        case ReportText::Section::Signoff:
            signoffs();
            break;
        case ReportText::Section::Provenance:
            provenance();
            break;
        }
    }
    return !progress || progress(100);
}

void PdfPackComposer::section(ReportText::Section section)
{
    // The long sections start on a fresh page, as in a printed pack; the short ones follow
    // on (their heading moves on when it would be left alone at the foot of a page).
    const bool freshPage = section == ReportText::Section::Findings
                           || section == ReportText::Section::Items
                           || section == ReportText::Section::Signoff
                           || section == ReportText::Section::Provenance;
    if (!m_headings.isEmpty() && freshPage)
        m_flow.newPage();
    const QString title = ReportText::sectionTitle(section);
    PdfFlowLayout::RowStyle style = m_style.paragraph(8);
    style.spaceBefore = m_style.pt(18);
    const int anchor
            = m_flow.addHeading(m_style.cell(title, m_style.font(17, true)), style, m_style.pt(60));
    m_headings.append({title, 1, anchor});
}

void PdfPackComposer::subheading(const QString &title, int outlineLevel)
{
    PdfFlowLayout::RowStyle style = m_style.paragraph(outlineLevel > 0 ? 6 : 4);
    style.spaceBefore = m_style.pt(outlineLevel > 0 ? 12 : 8);
    const QFont font = m_style.font(outlineLevel > 0 ? 12.5 : 10.5, true);
    // A template's heading wants its first section's heading and a few rows below it.
    const int anchor = m_flow.addHeading(
            m_style.cell(title, font), style, m_style.pt(outlineLevel > 0 ? 120 : 48));
    if (outlineLevel > 0)
        m_headings.append({title, outlineLevel, anchor});
}

void PdfPackComposer::paragraph(const Text &text, const QColor &color)
{
    m_flow.addParagraph(m_style.cell(text, m_style.body(), color), m_style.paragraph(5));
}

void PdfPackComposer::bullets(const QStringList &lines, bool numbered)
{
    PdfFlowLayout::RowStyle style = m_style.paragraph(3);
    style.indent = m_style.pt(6);
    const qreal marker = m_style.pt(numbered ? 18 : 12) / (m_flow.width() - style.indent);
    for (int i = 0; i < lines.size(); ++i) {
        const QString mark = numbered ? u"%1."_s.arg(i + 1) : u"•"_s;
        m_flow.addRow(
                {m_style.cell(mark, m_style.body()), m_style.cell(lines.at(i), m_style.body())},
                {marker, 1.0 - marker},
                style);
    }
    m_flow.addSpace(m_style.pt(4));
}

void PdfPackComposer::labelled(const QString &label, const Text &value, const QColor &accent)
{
    PdfFlowLayout::RowStyle style;
    style.indent = m_style.pt(2);
    style.padding = m_style.pt(1.5);
    style.accent = accent;
    // An empty first column keeps the label clear of the accent bar.
    const qreal width = m_flow.width() - style.indent;
    const qreal gap = m_style.pt(8) / width;
    const qreal labelWidth = m_style.pt(64) / width;
    m_flow.addRow({m_style.cell(QString(), m_style.body()),
                   m_style.cell(label, m_style.font(9, true), ReportPalette::mutedText()),
                   m_style.cell(value, m_style.body())},
                  {gap, labelWidth, 1 - gap - labelWidth},
                  style);
}

void PdfPackComposer::keyValueTable(const QList<std::pair<QString, Text>> &rows)
{
    PdfFlowLayout::Table table = m_style.table({0.28, 0.72}, {}); // no header row
    for (const auto &[key, value] : rows) {
        Cell name = m_style.cell(key, m_style.font(8.5, true));
        name.background = ReportPalette::groupFill();
        table.rows.append({name, m_style.cell(value, m_style.tableFont())});
    }
    m_flow.addTable(table);
}

void PdfPackComposer::summary()
{
    QStringList columns = ReportText::summaryColumns();
    PdfFlowLayout::Table table
            = m_style.table({0.265, 0.105, 0.105, 0.105, 0.105, 0.105, 0.105, 0.105}, columns);
    for (int c = 1; c < table.header.size(); ++c)
        table.header[c].alignment = Qt::AlignRight;
    auto number = [&](int value, const QColor &highlight, bool strong = false) {
        Cell cell = m_style.cell(QString::number(value), m_style.font(8.5, strong));
        cell.alignment = Qt::AlignRight;
        if (value > 0 && highlight.isValid())
            cell.color = highlight;
        return cell;
    };
    auto row = [&](const QString &name, const SnapshotCategory &c, bool strong) {
        using B = ReportPalette::Bucket;
        Cell label = m_style.cell(name, m_style.font(8.5, strong));
        return QList<Cell>{label,
                           number(c.pass, {}, strong),
                           number(c.fail, ReportPalette::bucket(B::Fail), true),
                           number(c.warning, ReportPalette::bucket(B::Warning), strong),
                           number(c.waived, ReportPalette::bucket(B::Waived), strong),
                           number(c.notApplicable, {}, strong),
                           number(c.open, {}, strong),
                           number(c.total, {}, true)};
    };
    SnapshotCategory all;
    QString templateId;
    bool first = true;
    for (const SnapshotCategory &c : m_snapshot.categories) {
        if (first || c.templateId != templateId) {
            first = false;
            templateId = c.templateId;
            Cell group = m_style.cell(c.templateTitle.isEmpty() ? c.templateId : c.templateTitle,
                                      m_style.font(8.5, true));
            group.background = ReportPalette::groupFill();
            table.rows.append({group});
        }
        table.rows.append(row(u"    "_s + c.sectionTitle, c, false));
        all.pass += c.pass;
        all.fail += c.fail;
        all.warning += c.warning;
        all.waived += c.waived;
        all.notApplicable += c.notApplicable;
        all.open += c.open;
        all.total += c.total;
    }
    table.rows.append(row(ReportText::field(Field::AllTemplates), all, true));
    m_flow.addTable(table);

    const ReportChartPainter chart(m_style.font(8));
    const QList<ReportChartPainter::StatusBar> bars = ReportChartPainter::statusBars(m_snapshot);
    subheading(ReportText::progressChartTitle(), 0);
    m_flow.addBlock(chart.statusChartHeight(int(bars.size()), m_flow.width(), m_flow.device()),
                    [chart, bars](QPainter &painter, const QRectF &rect) {
                        chart.paintStatusChart(painter, rect, bars);
                    });
    const auto counts = ReportChartPainter::findingCounts(m_snapshot);
    subheading(ReportText::findingsChartTitle(), 0);
    m_flow.addBlock(chart.severityChartHeight(m_flow.device()),
                    [chart, counts](QPainter &painter, const QRectF &rect) {
                        chart.paintSeverityChart(painter, rect, counts);
                    });
}

void PdfPackComposer::addVerdictBadge(PdfFlowLayout &flow,
                                      const PdfPackStyle &style,
                                      const ReadinessVerdict &verdict)
{
    const QString line = ReportText::verdictLine(verdict);
    const QFont font = style.font(14, true);
    const QColor color = ReportPalette::verdict(verdict.level);
    const qreal pad = style.pt(8);
    const qreal height = QFontMetricsF(font, flow.device()).height() + 2 * pad;
    flow.addBlock(height + style.pt(10), [=](QPainter &painter, const QRectF &rect) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const QRectF badge(rect.left(), rect.top(), rect.width(), height);
        painter.drawRoundedRect(badge, pad / 2, pad / 2);
        painter.setPen(Qt::white);
        painter.setFont(font);
        painter.drawText(badge.adjusted(pad, 0, -pad, 0), Qt::AlignVCenter | Qt::AlignLeft, line);
    });
}

void PdfPackComposer::verdict()
{
    const ReadinessVerdict &v = m_snapshot.verdict;
    addVerdictBadge(m_flow, m_style, v);
    if (!v.blockers.isEmpty()) {
        subheading(ReportText::field(Field::Blockers), 0);
        bullets(v.blockers);
    }
    if (!v.fixes.isEmpty()) {
        subheading(ReportText::field(Field::Fixes), 0);
        bullets(v.fixes);
    }
    if (!v.pendingSignoffs.isEmpty()) {
        subheading(ReportText::field(Field::PendingSignoffs), 0);
        bullets(v.pendingSignoffs);
    }
    m_flow.addSpace(m_style.pt(4));
    paragraph(ReportText::blockingThreshold(v.blockAt), ReportPalette::mutedText());
}

void PdfPackComposer::findings()
{
    if (m_snapshot.findings.isEmpty()) {
        paragraph(ReportText::noneRecorded());
        return;
    }
    for (const SnapshotFinding &f : m_snapshot.findings)
        finding(f);
}

void PdfPackComposer::finding(const SnapshotFinding &f)
{
    const QColor accent = ReportPalette::severity(f.severity);
    Text heading;
    heading.append(u"[%1]"_s.arg(f.number), bold(accent));
    heading.append(u" "_s + f.title, bold());
    if (f.state == FindingState::New)
        heading.append(u"  (%1)"_s.arg(findingStateDisplayName(f.state)), coloured(accent));
    PdfFlowLayout::RowStyle style = m_style.paragraph(3);
    style.spaceBefore = m_style.pt(10);
    // Enough to keep a typical finding (eight short lines) in one piece.
    m_flow.addHeading(m_style.cell(heading, m_style.font(10.5)), style, m_style.pt(100));

    labelled(ReportText::field(Field::Location), f.location, accent);
    labelled(ReportText::field(Field::Issue), f.issue, accent);
    labelled(ReportText::field(Field::Impact), f.impact, accent);
    labelled(ReportText::field(Field::Fix), f.fix, accent);
    labelled(ReportText::field(Field::Test), f.test, accent);
    if (!f.snippet.isEmpty()) {
        Text snippet;
        QTextCharFormat mono;
        mono.setFont(m_style.mono(8.5), QTextCharFormat::FontPropertiesAll);
        mono.setBackground(ReportPalette::groupFill());
        snippet.append(f.snippet, mono);
        labelled(ReportText::field(Field::Snippet), snippet, accent);
    }
    labelled(ReportText::field(Field::Rule), u"%1 (%2)"_s.arg(f.ruleId, f.category), accent);
    labelled(ReportText::field(Field::Items), orDash(f.itemKeys.join(u", "_s)), accent);
}

void PdfPackComposer::listSection(const QStringList &lines, bool numbered)
{
    if (lines.isEmpty())
        paragraph(ReportText::noneRecorded());
    else
        bullets(lines, numbered);
}

bool PdfPackComposer::items(const std::function<bool(int)> &progress)
{
    if (m_snapshot.items.isEmpty()) {
        paragraph(ReportText::noneRecorded());
        return true;
    }
    QList<const SnapshotItem *> run;
    auto flush = [&] {
        if (!run.isEmpty())
            itemTable(run);
        run.clear();
    };
    const SnapshotItem *previous = nullptr;
    for (int n = 0; n < m_snapshot.items.size(); ++n) {
        const SnapshotItem &item = m_snapshot.items.at(n);
        const bool newTemplate = !previous || previous->templateId != item.templateId;
        if (newTemplate || previous->sectionId != item.sectionId) {
            flush();
            if (progress && !progress(100 * n / int(m_snapshot.items.size())))
                return false;
            if (newTemplate)
                subheading(item.templateTitle.isEmpty() ? item.templateId : item.templateTitle, 2);
            subheading(item.sectionTitle, 0);
        }
        run.append(&item);
        previous = &item;
    }
    flush();
    return true;
}

void PdfPackComposer::itemTable(const QList<const SnapshotItem *> &items)
{
    PdfFlowLayout::Table table = m_style.table({0.30, 0.15, 0.10, 0.45},
                                               {ReportText::field(Field::Item),
                                                ReportText::field(Field::Status),
                                                ReportText::field(Field::Owner),
                                                ReportText::field(Field::NotesAndEvidence)});
    const QFont font = m_style.tableFont();
    for (const SnapshotItem *i : items) {
        Text title;
        title.append(i->key, bold());
        title.append(u"\n"_s + i->title);
        Text status;
        status.append(ReportText::statusName(i->effective), bold(statusColor(i->effective)));
        status.append(u"\n"_s + severityDisplayName(i->severity),
                      coloured(ReportPalette::severity(i->severity)));
        Text notes;
        auto line = [&](const QString &text, const QTextCharFormat &format = {}) {
            notes.append(notes.text.isEmpty() ? text : u"\n"_s + text, format);
        };
        if (!i->note.isEmpty())
            line(i->note);
        for (const SnapshotEvidence &e : i->evidence) {
            line(u"• "_s + ReportText::evidenceLine(e),
                 e.stale ? coloured(ReportPalette::status(ItemStatus::Failed)) : QTextCharFormat());
        }
        for (const QString &warning : i->warnings)
            line(u"⚠ "_s + warning,
                 coloured(ReportPalette::bucket(ReportPalette::Bucket::Warning)));
        table.rows.append({m_style.cell(title, font),
                           m_style.cell(status, font),
                           m_style.cell(orDash(i->owner), font),
                           m_style.cell(notes.text.isEmpty() ? Text(u"—"_s) : notes, font)});
    }
    m_flow.addTable(table);
}

void PdfPackComposer::waivers()
{
    if (m_snapshot.waivers.isEmpty()) {
        paragraph(ReportText::noneRecorded());
        return;
    }
    PdfFlowLayout::Table table = m_style.table({0.19, 0.11, 0.24, 0.13, 0.13, 0.20},
                                               {ReportText::field(Field::Item),
                                                ReportText::field(Field::Severity),
                                                ReportText::field(Field::Justification),
                                                ReportText::field(Field::AcceptedBy),
                                                ReportText::field(Field::Expires),
                                                ReportText::field(Field::Ticket)});
    const QFont font = m_style.tableFont();
    for (const SnapshotWaiver &w : m_snapshot.waivers) {
        Text item;
        item.append(w.itemKey, bold());
        item.append(u"\n"_s + w.itemTitle);
        Text expires(ReportText::date(w.expiresOn));
        expires.append(u"\n"_s + ReportText::waiverState(w),
                       coloured(w.expired ? ReportPalette::status(ItemStatus::Failed)
                                          : ReportPalette::mutedText()));
        table.rows.append({m_style.cell(item, font),
                           m_style.cell(severityDisplayName(w.severity),
                                        font,
                                        ReportPalette::severity(w.severity)),
                           m_style.cell(w.justification, font),
                           m_style.cell(w.acceptedBy, font),
                           m_style.cell(expires, font),
                           m_style.cell(orDash(w.ticketUrl), font)});
    }
    m_flow.addTable(table);
}

void PdfPackComposer::signoffs()
{
    if (m_snapshot.signoffs.isEmpty()) {
        paragraph(ReportText::noneRecorded());
        return;
    }
    for (const SnapshotSignoff &s : m_snapshot.signoffs)
        signoff(s);
}

void PdfPackComposer::signoff(const SnapshotSignoff &s)
{
    subheading(s.roleTitle, 0);
    QColor stateColor = ReportPalette::mutedText();
    if (s.isSigned) {
        stateColor = s.decision == Decision::Reject ? ReportPalette::status(ItemStatus::Failed)
                                                    : ReportPalette::status(ItemStatus::Passed);
        if (s.stale || s.decision == Decision::Conditional)
            stateColor = ReportPalette::severity(Severity::High);
    }
    Text state;
    state.append(ReportText::signoffState(s), bold(stateColor));
    QList<std::pair<QString, Text>> rows{
            {ReportText::field(Field::Meaning), orDash(s.meaning)},
            {ReportText::field(s.isSigned ? Field::Decision : Field::Status), state}};
    if (s.isSigned) {
        rows.append({ReportText::field(Field::Signer), s.signerName});
        rows.append({ReportText::field(Field::SignedAt), ReportText::dateTime(s.signedAt)});
        if (!s.comment.isEmpty())
            rows.append({ReportText::field(Field::Comment), s.comment});
        QString hash = s.contentHash;
        if (s.cryptographic)
            hash += u" (Ed25519)"_s;
        rows.append({ReportText::field(Field::ContentHash), hash});
        if (s.stale && !s.changes.isEmpty()) {
            rows.append({ReportText::field(Field::Changes), u"• "_s + s.changes.join(u"\n• "_s)});
        }
    }
    keyValueTable(rows);
    if (s.isSigned)
        return;
    // Seed 004's final sign-off: lines to sign on paper.
    const QStringList labels{ReportText::field(Field::Name),
                             ReportText::field(Field::Date),
                             ReportText::field(Field::Signature)};
    const QFont font = m_style.font(8.5);
    const qreal line = m_style.pt(26);
    const qreal unit = m_style.pt(1);
    m_flow.addBlock(line + m_style.pt(12), [=](QPainter &painter, const QRectF &rect) {
        const qreal widths[] = {0.38, 0.22, 0.40};
        qreal x = rect.left();
        painter.setFont(font);
        for (int i = 0; i < 3; ++i) {
            const qreal w = rect.width() * widths[i];
            const qreal y = rect.top() + line;
            painter.setPen(QPen(ReportPalette::text(), 0.6 * unit));
            painter.drawLine(QPointF(x, y), QPointF(x + w - 14 * unit, y));
            painter.setPen(ReportPalette::mutedText());
            painter.drawText(QPointF(x, y + 10 * unit), labels.at(i));
            x += w;
        }
    });
}

void PdfPackComposer::provenance()
{
    const SnapshotScan &scan = m_snapshot.scan;
    QList<std::pair<QString, Text>> rows;
    if (scan.present) {
        rows.append({ReportText::field(Field::ScanRoot), scan.root});
        rows.append({ReportText::field(Field::Commit), orDash(scan.gitHead)});
        rows.append({ReportText::field(Field::Branch), orDash(scan.gitBranch)});
        rows.append(
                {ReportText::field(Field::WorkingTree), ReportText::workingTree(scan.gitDirty)});
        rows.append({ReportText::field(Field::RuleSet), orDash(scan.ruleSetVersion)});
        rows.append({ReportText::field(Field::FilesScanned), QString::number(scan.filesScanned)});
        rows.append({ReportText::field(Field::ScannedAt), ReportText::dateTime(scan.finishedAt)});
        rows.append({ReportText::field(Field::ScanFindings), ReportText::scanFindings(scan)});
    } else {
        rows.append({ReportText::field(Field::ScanRoot), ReportText::noScan()});
    }
    const SnapshotAudit &audit = m_snapshot.audit;
    rows.append({ReportText::field(Field::AuditHead), orDash(audit.headHash)});
    rows.append({ReportText::field(Field::AuditEvents), QString::number(audit.eventCount)});
    Text chain;
    chain.append(ReportText::auditState(audit),
                 audit.verified && !audit.intact ? bold(ReportPalette::status(ItemStatus::Failed))
                                                 : QTextCharFormat());
    rows.append({ReportText::field(Field::AuditChain), chain});
    rows.append({ReportText::field(Field::ContentHash), orDash(m_snapshot.contentHash)});
    rows.append(
            {ReportText::field(Field::Generated), ReportText::dateTime(m_snapshot.generatedAt)});
    rows.append({ReportText::field(Field::Generator), orDash(m_snapshot.generator)});
    keyValueTable(rows);
}

} // namespace greenlight
