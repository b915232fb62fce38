#include "MarkdownReportWriter.h"

#include "MarkdownText.h"
#include "ReportText.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using Field = ReportText::Field;
using Column = ReportText::Column;
using Section = ReportText::Section;

QString text(const QString &value)
{
    const QString escaped = MarkdownText::inlineText(value);
    return escaped.isEmpty() ? ReportText::notSet() : escaped;
}

QString cell(const QString &value)
{
    const QString escaped = MarkdownText::cell(value);
    return escaped.isEmpty() ? ReportText::notSet() : escaped;
}

QString code(const QString &value, MarkdownText::Context context = MarkdownText::Context::Text)
{
    const QString span = MarkdownText::code(value, context);
    return span.isEmpty() ? ReportText::notSet() : span;
}

// "Label: value" for a list item; the value is Markdown already.
QString labelled(Field field, const QString &markdown)
{
    return MarkdownText::inlineText(ReportText::field(field)) + u": "_s + markdown;
}

// Blocks separated by exactly one blank line (markdownlint MD012, MD022, MD032).
class Document
{
public:
    void heading(int level, const QString &title)
    {
        block(QString(level, u'#') + u' ' + MarkdownText::inlineText(title));
    }
    void paragraph(const QString &markdown) { block(markdown); }
    void bullets(const QStringList &items)
    {
        QString lines;
        for (const QString &item : items)
            lines += u"- "_s + item + u'\n';
        block(lines);
    }
    void numbered(const QStringList &items)
    {
        QString lines;
        for (qsizetype i = 0; i < items.size(); ++i)
            lines += QString::number(i + 1) + u". "_s + items[i] + u'\n';
        block(lines);
    }
    // Cells are Markdown already (MarkdownText::cell); numeric columns align right.
    void table(const QStringList &header, const QList<QStringList> &rows, int numericFrom = -1)
    {
        QString lines = row(header);
        QStringList rule;
        for (qsizetype i = 0; i < header.size(); ++i)
            rule << (numericFrom >= 0 && i >= numericFrom ? u"---:"_s : u"---"_s);
        lines += row(rule);
        for (const QStringList &cells : rows)
            lines += row(cells);
        block(lines);
    }
    // A list of plain strings, or "None." when there are none.
    void listOrNone(const QStringList &items, bool numbered = false)
    {
        if (items.isEmpty()) {
            paragraph(ReportText::noneRecorded());
            return;
        }
        QStringList escaped;
        for (const QString &item : items)
            escaped << text(item);
        numbered ? this->numbered(escaped) : bullets(escaped);
    }
    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    static QString row(const QStringList &cells)
    {
        return u"| "_s + cells.join(u" | ") + u" |\n"_s;
    }
    void block(QString lines)
    {
        if (!lines.endsWith(u'\n'))
            lines += u'\n';
        if (!m_out.isEmpty())
            m_out += u'\n';
        m_out += lines;
    }

    QString m_out;
};

void writeCover(Document &doc, const AssessmentSnapshot &s)
{
    doc.heading(1,
                s.name.trimmed().isEmpty() ? ReportText::packTitle()
                                           : ReportText::packTitle() + u": "_s + s.name);
    QStringList templates;
    for (const TemplateRef &ref : s.templates)
        templates << ReportText::templateLine(ref);
    const auto bold = [](Field field, const QString &value) {
        return u"**"_s + MarkdownText::inlineText(ReportText::field(field)) + u":** "_s + value;
    };
    doc.bullets({bold(Field::System, text(s.system)),
                 bold(Field::Release, text(s.release)),
                 bold(Field::Assessment, text(s.name)),
                 bold(Field::Generated, text(ReportText::dateTime(s.generatedAt))),
                 bold(Field::PreparedBy, text(s.preparedBy)),
                 bold(Field::Generator, text(s.generator)),
                 bold(Field::Templates, text(templates.join(u"; "))),
                 bold(Field::Verdict, text(verdictDisplayName(s.verdict.level)))});
}

void writeSummary(Document &doc, const AssessmentSnapshot &s)
{
    doc.paragraph(text(ReportText::progressLine(s.summary)));
    if (s.categories.isEmpty())
        return;
    const QList<Column> counts = {Column::Pass,
                                  Column::Fail,
                                  Column::Warning,
                                  Column::Waived,
                                  Column::NotApplicable,
                                  Column::Open,
                                  Column::Total};
    QStringList header;
    for (const QString &column : ReportText::summaryColumns())
        header << cell(column);
    // One table per template, in checklist order: rows are the template's sections.
    for (qsizetype from = 0; from < s.categories.size();) {
        const QString templateId = s.categories[from].templateId;
        QList<QStringList> rows;
        QList<int> totals(counts.size(), 0);
        qsizetype to = from;
        for (; to < s.categories.size() && s.categories[to].templateId == templateId; ++to) {
            const SnapshotCategory &category = s.categories[to];
            QStringList cells{cell(category.sectionTitle)};
            for (qsizetype c = 0; c < counts.size(); ++c) {
                const int value = ReportText::count(category, counts[c]);
                totals[c] += value;
                cells << QString::number(value);
            }
            rows << cells;
        }
        QStringList totalRow{u"**"_s + cell(ReportText::columnName(Column::Total)) + u"**"_s};
        for (const int total : std::as_const(totals))
            totalRow << u"**"_s + QString::number(total) + u"**"_s;
        rows << totalRow;
        doc.heading(3, s.categories[from].templateTitle);
        doc.table(header, rows, 1);
        from = to;
    }
}

void writeVerdict(Document &doc, const AssessmentSnapshot &s)
{
    doc.paragraph(u"**"_s + MarkdownText::inlineText(ReportText::field(Field::Verdict)) + u":** "_s
                  + text(verdictDisplayName(s.verdict.level)));
    doc.paragraph(text(ReportText::blockingThreshold(s.verdict.blockAt)));
    doc.heading(3, ReportText::field(Field::Blockers));
    doc.listOrNone(s.verdict.blockers);
    doc.heading(3, ReportText::field(Field::Fixes));
    doc.listOrNone(s.verdict.fixes);
    doc.heading(3, ReportText::field(Field::PendingSignoffs));
    doc.listOrNone(s.verdict.pendingSignoffs);
}

void writeFindings(Document &doc, const AssessmentSnapshot &s)
{
    if (s.findings.isEmpty()) {
        doc.paragraph(ReportText::noneRecorded());
        return;
    }
    for (const SnapshotFinding &f : s.findings) {
        doc.paragraph(u"**"_s + text(ReportText::findingHeading(f)) + u"**"_s);
        QString location = code(f.location);
        if (f.location == u"."_s)
            location += u" ("_s + text(ReportText::rootLocation()) + u')';
        QStringList lines{labelled(Field::Location, location),
                          labelled(Field::Issue, text(f.issue)),
                          labelled(Field::Impact, text(f.impact)),
                          labelled(Field::Fix, text(f.fix)),
                          labelled(Field::Test, text(f.test))};
        if (!f.snippet.trimmed().isEmpty())
            lines << labelled(Field::Snippet, code(f.snippet)); // redacted by the scanner
        QStringList items;
        for (const QString &key : f.itemKeys)
            items << text(key);
        lines << labelled(Field::BearsOn,
                          items.isEmpty() ? ReportText::notSet() : items.join(u", "));
        lines << labelled(Field::Rule,
                          code(f.ruleId) + u" ("_s + text(f.category) + u", "_s
                                  + text(findingStateDisplayName(f.state)) + u')');
        doc.bullets(lines);
    }
}

void writeRunbookGaps(Document &doc, const AssessmentSnapshot &s)
{
    if (!s.runbookGaps.isEmpty())
        doc.paragraph(text(ReportText::runbookGapsIntro()));
    doc.listOrNone(s.runbookGaps);
}

QString evidenceKind(const SnapshotEvidence &e)
{
    QString kind = ReportText::evidenceKindName(e.kindKey);
    if (e.size > 0)
        kind += u", "_s + ReportText::size(e.size);
    return cell(kind);
}

void writeSectionItems(Document &doc, const QList<SnapshotItem> &items)
{
    QList<QStringList> rows;
    QList<QStringList> evidenceRows;
    QStringList warnings;
    for (const SnapshotItem &item : items) {
        rows << QStringList{cell(item.key),
                            cell(item.title),
                            cell(severityKey(item.severity)),
                            cell(ReportText::statusName(item.effective)),
                            cell(item.owner),
                            cell(item.note)};
        for (const SnapshotEvidence &e : item.evidence) {
            const QString name
                    = e.kindKey == u"url"_s
                              ? MarkdownText::link(e.name, MarkdownText::Context::TableCell)
                              : cell(e.name);
            evidenceRows << QStringList{cell(item.key),
                                        name.isEmpty() ? ReportText::notSet() : name,
                                        evidenceKind(e),
                                        code(e.sha256, MarkdownText::Context::TableCell),
                                        cell(ReportText::evidenceAdded(e)),
                                        cell(ReportText::freshness(e))};
        }
        for (const QString &warning : item.warnings)
            warnings << text(item.key) + u": "_s + text(warning);
    }
    doc.table({cell(ReportText::field(Field::Key)),
               cell(ReportText::field(Field::Item)),
               cell(ReportText::field(Field::Severity)),
               cell(ReportText::field(Field::Status)),
               cell(ReportText::field(Field::Owner)),
               cell(ReportText::field(Field::Note))},
              rows);
    if (!evidenceRows.isEmpty()) {
        doc.paragraph(text(ReportText::field(Field::Evidence)) + u':');
        doc.table({cell(ReportText::field(Field::Item)),
                   cell(ReportText::field(Field::Evidence)),
                   cell(ReportText::field(Field::Kind)),
                   cell(ReportText::field(Field::Sha256)),
                   cell(ReportText::field(Field::Added)),
                   cell(ReportText::field(Field::Freshness))},
                  evidenceRows);
    }
    if (!warnings.isEmpty()) {
        doc.paragraph(text(ReportText::warningsIntro()));
        doc.bullets(warnings);
    }
}

void writeItems(Document &doc, const AssessmentSnapshot &s)
{
    if (s.items.isEmpty()) {
        doc.paragraph(ReportText::noneRecorded());
        return;
    }
    QString templateId;
    for (qsizetype from = 0; from < s.items.size();) {
        const SnapshotItem &first = s.items[from];
        qsizetype to = from;
        while (to < s.items.size() && s.items[to].templateId == first.templateId
               && s.items[to].sectionId == first.sectionId) {
            ++to;
        }
        if (first.templateId != templateId || from == 0) {
            templateId = first.templateId;
            doc.heading(3, first.templateTitle);
        }
        doc.heading(4, first.sectionTitle);
        writeSectionItems(doc, s.items.mid(from, to - from));
        from = to;
    }
}

void writeWaivers(Document &doc, const AssessmentSnapshot &s)
{
    if (s.waivers.isEmpty()) {
        doc.paragraph(ReportText::noneRecorded());
        return;
    }
    QList<QStringList> rows;
    for (const SnapshotWaiver &w : s.waivers) {
        const QString ticket = MarkdownText::link(w.ticketUrl, MarkdownText::Context::TableCell);
        rows << QStringList{cell(w.itemKey + u' ' + w.itemTitle),
                            cell(severityKey(w.severity)),
                            cell(w.justification),
                            cell(w.acceptedBy),
                            cell(ReportText::date(w.expiresOn)),
                            ticket.isEmpty() ? ReportText::notSet() : ticket,
                            cell(ReportText::waiverState(w))};
    }
    doc.table({cell(ReportText::field(Field::Item)),
               cell(ReportText::field(Field::Severity)),
               cell(ReportText::field(Field::Justification)),
               cell(ReportText::field(Field::AcceptedBy)),
               cell(ReportText::field(Field::Expires)),
               cell(ReportText::field(Field::Ticket)),
               cell(ReportText::field(Field::State))},
              rows);
}

// Seed 004's final block: a checkbox with what signing means, then who, what and when; an
// unsigned role keeps blank lines to fill in on paper.
void writeSignoffs(Document &doc, const AssessmentSnapshot &s)
{
    if (s.signoffs.isEmpty()) {
        doc.paragraph(ReportText::noneRecorded());
        return;
    }
    for (const SnapshotSignoff &r : s.signoffs) {
        doc.heading(3, r.roleTitle);
        const bool approved = r.isSigned && r.decision != Decision::Reject && !r.stale;
        QStringList lines{(approved ? u"[x] "_s : u"[ ] "_s) + text(r.meaning),
                          labelled(Field::State, text(ReportText::signoffState(r)))};
        if (!r.isSigned) {
            lines << labelled(Field::Signer, ReportText::fillIn())
                  << labelled(Field::Decision, ReportText::fillIn())
                  << labelled(Field::Date, ReportText::fillIn());
            doc.bullets(lines);
            continue;
        }
        lines << labelled(Field::Signer, text(r.signerName))
              << labelled(Field::Decision, text(ReportText::decisionName(r.decision)))
              << labelled(Field::SignedAt, text(ReportText::dateTime(r.signedAt)));
        if (!r.comment.trimmed().isEmpty())
            lines << labelled(Field::Comment, text(r.comment));
        lines << labelled(Field::ContentHash, code(r.contentHash))
              << labelled(Field::Signature, text(ReportText::signatureKind(r)));
        if (r.stale && !r.changes.isEmpty()) {
            QString changed = labelled(Field::Changes, QString());
            changed.chop(1); // "Label:" then the nested list
            for (const QString &change : r.changes)
                changed += u"\n  - "_s + text(change);
            lines << changed;
        }
        doc.bullets(lines);
    }
}

void writeProvenance(Document &doc, const AssessmentSnapshot &s)
{
    QStringList lines;
    if (s.scan.present) {
        lines << labelled(Field::Repository, code(s.scan.root))
              << labelled(Field::Commit, code(s.scan.gitHead))
              << labelled(Field::Branch, code(s.scan.gitBranch))
              << labelled(Field::WorkingTree, text(ReportText::workingTree(s.scan.gitDirty)))
              << labelled(Field::RuleSet, text(s.scan.ruleSetVersion))
              << labelled(Field::FilesScanned, QString::number(s.scan.filesScanned))
              << labelled(Field::ScannedAt, text(ReportText::scanPeriod(s.scan)))
              << labelled(Field::ScanFindings, text(ReportText::scanFindings(s.scan)));
    } else {
        doc.paragraph(text(ReportText::noScan()));
    }
    lines << labelled(Field::AuditHead, code(s.audit.headHash))
          << labelled(Field::AuditEvents, QString::number(s.audit.eventCount))
          << labelled(Field::AuditChain, text(ReportText::auditState(s.audit)))
          << labelled(Field::ContentHash, code(s.contentHash));
    doc.bullets(lines);
}

} // namespace

QByteArray MarkdownReportWriter::write(const AssessmentSnapshot &snapshot)
{
    Document doc;
    writeCover(doc, snapshot);
    for (const Section section : ReportText::sections()) {
        doc.heading(2, ReportText::sectionTitle(section));
        switch (section) {
        case Section::Summary:
            writeSummary(doc, snapshot);
            break;
        case Section::Verdict:
            writeVerdict(doc, snapshot);
            break;
        case Section::Findings:
            writeFindings(doc, snapshot);
            break;
        case Section::RunbookGaps:
            writeRunbookGaps(doc, snapshot);
            break;
        case Section::Recommendations:
            doc.listOrNone(snapshot.recommendations, true);
            break;
        case Section::Items:
            writeItems(doc, snapshot);
            break;
        case Section::Waivers:
            writeWaivers(doc, snapshot);
            break;
        case Section::Signoff:
            writeSignoffs(doc, snapshot);
            break;
        case Section::Provenance:
            writeProvenance(doc, snapshot);
            break;
        }
    }
    return doc.bytes();
}

} // namespace greenlight
