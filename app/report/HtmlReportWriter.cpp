#include "HtmlReportWriter.h"

#include "HtmlReportStyle.h"
#include "HtmlText.h"
#include "ReportText.h"
#include "SvgChartWriter.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using Field = ReportText::Field;
using Column = ReportText::Column;
using Section = ReportText::Section;

QString esc(const QString &value)
{
    const QString escaped = HtmlText::text(value);
    return escaped.trimmed().isEmpty() ? ReportText::notSet() : escaped;
}

QString label(Field field)
{
    return HtmlText::text(ReportText::field(field));
}

QString element(const QString &tag, const QString &html, const QString &attributes = {})
{
    return u"<%1%2>%3</%1>"_s.arg(tag, attributes.isEmpty() ? QString() : u' ' + attributes, html);
}

QString code(const QString &value)
{
    return value.isEmpty() ? ReportText::notSet() : element(u"code"_s, HtmlText::text(value));
}

// A definition list of label and HTML value pairs.
QString fields(const QList<std::pair<Field, QString>> &pairs)
{
    QString out = u"<dl class=\"fields\">\n"_s;
    for (const auto &[field, html] : pairs)
        out += u"<dt>"_s + label(field) + u"</dt><dd>"_s + html + u"</dd>\n"_s;
    return out + u"</dl>\n"_s;
}

// Header cells are plain text; row cells HTML. Columns from numericFrom on align right.
QString table(const QStringList &header,
              const QList<QStringList> &rows,
              int numericFrom = -1,
              const QList<int> &totalRows = {})
{
    const auto cls = [numericFrom](qsizetype i) {
        return numericFrom >= 0 && i >= numericFrom ? u" class=\"num\""_s : QString();
    };
    QString out = u"<table>\n<thead><tr>"_s;
    for (qsizetype i = 0; i < header.size(); ++i)
        out += u"<th scope=\"col\"%1>%2</th>"_s.arg(cls(i), HtmlText::text(header[i]));
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += totalRows.contains(int(r)) ? u"<tr class=\"total\">"_s : u"<tr>"_s;
        for (qsizetype i = 0; i < rows[r].size(); ++i)
            out += u"<td%1>%2</td>"_s.arg(cls(i), rows[r][i]);
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody>\n</table>\n"_s;
}

QString listOrNone(const QStringList &items, const QString &tag = u"ul"_s)
{
    if (items.isEmpty())
        return element(u"p"_s, HtmlText::text(ReportText::noneRecorded())) + u'\n';
    QString out = u'<' + tag + u">\n"_s;
    for (const QString &item : items)
        out += element(u"li"_s, HtmlText::prose(item)) + u'\n';
    return out + u"</"_s + tag + u">\n"_s;
}

QString sectionId(Section section)
{
    switch (section) {
    case Section::Summary:
        return u"summary"_s;
    case Section::Verdict:
        return u"verdict"_s;
    case Section::Findings:
        return u"findings"_s;
    case Section::RunbookGaps:
        return u"runbook-gaps"_s;
    case Section::Recommendations:
        return u"recommendations"_s;
    case Section::Items:
        return u"items"_s;
    case Section::Waivers:
        return u"waivers"_s;
    case Section::Signoff:
        return u"signoff"_s;
    case Section::Provenance:
        return u"provenance"_s;
    }
    return {};
}

QString title(const AssessmentSnapshot &s)
{
    if (s.name.trimmed().isEmpty())
        return ReportText::packTitle();
    return ReportText::packTitle() + u": "_s + s.name;
}

QString verdictBadge(const ReadinessVerdict &verdict)
{
    return u"<p class=\"verdict verdict-%1\">%2</p>\n"_s.arg(
            verdictKey(verdict.level), HtmlText::text(ReportText::verdictLine(verdict)));
}

QString cover(const AssessmentSnapshot &s)
{
    QStringList templates;
    for (const TemplateRef &ref : s.templates)
        templates << HtmlText::text(ReportText::templateLine(ref));
    QString out = u"<header class=\"cover\">\n"_s;
    out += element(u"h1"_s, HtmlText::text(title(s))) + u'\n';
    out += verdictBadge(s.verdict);
    out += fields({{Field::System, esc(s.system)},
                   {Field::Release, esc(s.release)},
                   {Field::Assessment, esc(s.name)},
                   {Field::Generated, esc(ReportText::dateTime(s.generatedAt))},
                   {Field::PreparedBy, esc(s.preparedBy)},
                   {Field::Generator, esc(s.generator)},
                   {Field::Templates,
                    templates.isEmpty() ? ReportText::notSet() : templates.join(u"<br/>"_s)}});
    return out + u"</header>\n"_s;
}

QString contents()
{
    QString out = u"<nav class=\"toc\">\n"_s
                  + element(u"h2"_s, HtmlText::text(ReportText::contentsTitle())) + u"\n<ol>\n"_s;
    for (const Section section : ReportText::sections()) {
        out += u"<li><a href=\"#%1\">%2</a></li>\n"_s.arg(
                sectionId(section), HtmlText::text(ReportText::sectionTitle(section)));
    }
    return out + u"</ol>\n</nav>\n"_s;
}

QString summary(const AssessmentSnapshot &s)
{
    QString out = element(u"p"_s, HtmlText::text(ReportText::progressLine(s.summary))) + u'\n';
    out += SvgChartWriter::progressChart(s.categories) + u'\n';
    const QList<Column> counts = {Column::Pass,
                                  Column::Fail,
                                  Column::Warning,
                                  Column::Waived,
                                  Column::NotApplicable,
                                  Column::Open,
                                  Column::Total};
    for (qsizetype from = 0; from < s.categories.size();) {
        const QString templateId = s.categories[from].templateId;
        QList<QStringList> rows;
        QList<int> totals(counts.size(), 0);
        qsizetype to = from;
        for (; to < s.categories.size() && s.categories[to].templateId == templateId; ++to) {
            QStringList cells{esc(s.categories[to].sectionTitle)};
            for (qsizetype c = 0; c < counts.size(); ++c) {
                const int value = ReportText::count(s.categories[to], counts[c]);
                totals[c] += value;
                cells << QString::number(value);
            }
            rows << cells;
        }
        QStringList totalRow{HtmlText::text(ReportText::columnName(Column::Total))};
        for (const int total : std::as_const(totals))
            totalRow << QString::number(total);
        rows << totalRow;
        out += element(u"h3"_s, HtmlText::text(s.categories[from].templateTitle)) + u'\n';
        out += table(ReportText::summaryColumns(), rows, 1, {int(rows.size() - 1)});
        from = to;
    }
    return out;
}

QString verdict(const AssessmentSnapshot &s)
{
    QString out = verdictBadge(s.verdict);
    out += element(u"p"_s, HtmlText::text(ReportText::blockingThreshold(s.verdict.blockAt)))
           + u'\n';
    out += element(u"h3"_s, label(Field::Blockers)) + u'\n' + listOrNone(s.verdict.blockers);
    out += element(u"h3"_s, label(Field::Fixes)) + u'\n' + listOrNone(s.verdict.fixes);
    out += element(u"h3"_s, label(Field::PendingSignoffs)) + u'\n'
           + listOrNone(s.verdict.pendingSignoffs);
    return out;
}

QString findings(const AssessmentSnapshot &s)
{
    if (s.findings.isEmpty())
        return listOrNone({});
    QString out = SvgChartWriter::findingsChart(s.findings) + u'\n';
    for (const SnapshotFinding &f : s.findings) {
        out += u"<article class=\"finding severity-%1\" id=\"finding-%2\">\n"_s.arg(
                severityKey(f.severity), HtmlText::text(f.number));
        out += element(u"h3"_s, HtmlText::text(ReportText::findingHeading(f))) + u'\n';
        QString location = code(f.location);
        if (f.location == u"."_s)
            location += u" ("_s + HtmlText::text(ReportText::rootLocation()) + u')';
        QList<std::pair<Field, QString>> pairs{{Field::Location, location},
                                               {Field::Issue, HtmlText::prose(f.issue)},
                                               {Field::Impact, HtmlText::prose(f.impact)},
                                               {Field::Fix, HtmlText::prose(f.fix)},
                                               {Field::Test, HtmlText::prose(f.test)}};
        if (!f.snippet.trimmed().isEmpty()) // redacted by the scanner
            pairs.append({Field::Snippet,
                          element(u"pre"_s, element(u"code"_s, HtmlText::text(f.snippet)))});
        pairs.append({Field::BearsOn, esc(f.itemKeys.join(u", "))});
        pairs.append({Field::Rule,
                      code(f.ruleId) + u" ("_s + HtmlText::text(f.category) + u", "_s
                              + HtmlText::text(findingStateDisplayName(f.state)) + u')'});
        out += fields(pairs) + u"</article>\n"_s;
    }
    return out;
}

QString evidenceTable(const QList<SnapshotItem> &items)
{
    QList<QStringList> rows;
    for (const SnapshotItem &item : items) {
        for (const SnapshotEvidence &e : item.evidence) {
            QString kind = HtmlText::text(ReportText::evidenceKindName(e.kindKey));
            if (e.size > 0)
                kind += u", "_s + HtmlText::text(ReportText::size(e.size));
            const QString freshness = HtmlText::text(ReportText::freshness(e));
            rows << QStringList{esc(item.key),
                                e.kindKey == u"url"_s ? HtmlText::link(e.name) : esc(e.name),
                                kind,
                                HtmlText::hash(e.sha256),
                                esc(ReportText::evidenceAdded(e)),
                                e.stale ? element(u"span"_s, freshness, u"class=\"stale\""_s)
                                        : freshness};
        }
    }
    if (rows.isEmpty())
        return {};
    return element(u"p"_s, label(Field::Evidence) + u':')
           + table({ReportText::field(Field::Item),
                    ReportText::field(Field::Evidence),
                    ReportText::field(Field::Kind),
                    ReportText::field(Field::Sha256),
                    ReportText::field(Field::Added),
                    ReportText::field(Field::Freshness)},
                   rows);
}

QString sectionItems(const QList<SnapshotItem> &items)
{
    QList<QStringList> rows;
    QStringList warnings;
    for (const SnapshotItem &item : items) {
        rows << QStringList{
                esc(item.key),
                esc(item.title),
                esc(severityKey(item.severity)),
                element(u"span"_s,
                        HtmlText::text(ReportText::statusName(item.effective)),
                        u"class=\"status-%1\""_s.arg(effectiveStatusKey(item.effective))),
                esc(item.owner),
                item.note.trimmed().isEmpty() ? ReportText::notSet() : HtmlText::prose(item.note)};
        for (const QString &warning : item.warnings)
            warnings << item.key + u": "_s + warning;
    }
    QString out = table({ReportText::field(Field::Key),
                         ReportText::field(Field::Item),
                         ReportText::field(Field::Severity),
                         ReportText::field(Field::Status),
                         ReportText::field(Field::Owner),
                         ReportText::field(Field::Note)},
                        rows);
    out += evidenceTable(items);
    if (!warnings.isEmpty())
        out += element(u"p"_s, HtmlText::text(ReportText::warningsIntro())) + u'\n'
               + listOrNone(warnings);
    return out;
}

QString items(const AssessmentSnapshot &s)
{
    if (s.items.isEmpty())
        return listOrNone({});
    QString out;
    for (qsizetype from = 0; from < s.items.size();) {
        const SnapshotItem &first = s.items[from];
        qsizetype to = from;
        while (to < s.items.size() && s.items[to].templateId == first.templateId
               && s.items[to].sectionId == first.sectionId) {
            ++to;
        }
        if (from == 0 || s.items[from - 1].templateId != first.templateId)
            out += element(u"h3"_s, HtmlText::text(first.templateTitle)) + u'\n';
        out += element(u"h4"_s, HtmlText::text(first.sectionTitle)) + u'\n';
        out += sectionItems(s.items.mid(from, to - from));
        from = to;
    }
    return out;
}

QString waivers(const AssessmentSnapshot &s)
{
    if (s.waivers.isEmpty())
        return listOrNone({});
    QList<QStringList> rows;
    for (const SnapshotWaiver &w : s.waivers) {
        const QString state = HtmlText::text(ReportText::waiverState(w));
        rows << QStringList{esc(w.itemKey + u' ' + w.itemTitle),
                            esc(severityKey(w.severity)),
                            HtmlText::lines(w.justification),
                            esc(w.acceptedBy),
                            esc(ReportText::date(w.expiresOn)),
                            w.ticketUrl.isEmpty() ? ReportText::notSet()
                                                  : HtmlText::link(w.ticketUrl),
                            w.expired ? element(u"span"_s, state, u"class=\"stale\""_s) : state};
    }
    return table({ReportText::field(Field::Item),
                  ReportText::field(Field::Severity),
                  ReportText::field(Field::Justification),
                  ReportText::field(Field::AcceptedBy),
                  ReportText::field(Field::Expires),
                  ReportText::field(Field::Ticket),
                  ReportText::field(Field::State)},
                 rows);
}

// Seed 004's final block; an unsigned role keeps lines to sign on paper.
QString signoffs(const AssessmentSnapshot &s)
{
    if (s.signoffs.isEmpty())
        return listOrNone({});
    QString out;
    for (const SnapshotSignoff &r : s.signoffs) {
        const bool approved = r.isSigned && r.decision != Decision::Reject && !r.stale;
        out += u"<div class=\"signoff\">\n"_s + element(u"h3"_s, HtmlText::text(r.roleTitle))
               + u'\n';
        out += u"<p><span class=\"checkbox\">%1</span>%2</p>\n"_s.arg(
                approved ? QString(QChar(0x2611)) : QString(QChar(0x2610)), esc(r.meaning));
        const QString state = HtmlText::text(ReportText::signoffState(r));
        QList<std::pair<Field, QString>> pairs{
                {Field::State, r.stale ? element(u"span"_s, state, u"class=\"stale\""_s) : state}};
        if (!r.isSigned) {
            const QString blank = element(u"span"_s, ReportText::fillIn(), u"class=\"fill-in\""_s);
            pairs.append({{Field::Signer, blank}, {Field::Decision, blank}, {Field::Date, blank}});
        } else {
            pairs.append({{Field::Signer, esc(r.signerName)},
                          {Field::Decision, HtmlText::text(ReportText::decisionName(r.decision))},
                          {Field::SignedAt, esc(ReportText::dateTime(r.signedAt))}});
            if (!r.comment.trimmed().isEmpty())
                pairs.append({Field::Comment, HtmlText::lines(r.comment)});
            pairs.append({{Field::ContentHash, HtmlText::hash(r.contentHash)},
                          {Field::Signature, HtmlText::text(ReportText::signatureKind(r))}});
            if (r.stale && !r.changes.isEmpty())
                pairs.append({Field::Changes, listOrNone(r.changes)});
        }
        out += fields(pairs) + u"</div>\n"_s;
    }
    return out;
}

QString provenance(const AssessmentSnapshot &s)
{
    QString out;
    QList<std::pair<Field, QString>> pairs;
    if (s.scan.present) {
        pairs = {{Field::Repository, code(s.scan.root)},
                 {Field::Commit, code(s.scan.gitHead)},
                 {Field::Branch, code(s.scan.gitBranch)},
                 {Field::WorkingTree, HtmlText::text(ReportText::workingTree(s.scan.gitDirty))},
                 {Field::RuleSet, esc(s.scan.ruleSetVersion)},
                 {Field::FilesScanned, QString::number(s.scan.filesScanned)},
                 {Field::ScannedAt, HtmlText::text(ReportText::scanPeriod(s.scan))},
                 {Field::ScanFindings, HtmlText::text(ReportText::scanFindings(s.scan))}};
    } else {
        out += element(u"p"_s, HtmlText::text(ReportText::noScan())) + u'\n';
    }
    pairs.append({{Field::AuditHead, code(s.audit.headHash)},
                  {Field::AuditEvents, QString::number(s.audit.eventCount)},
                  {Field::AuditChain, HtmlText::text(ReportText::auditState(s.audit))},
                  {Field::ContentHash, code(s.contentHash)}});
    return out + fields(pairs);
}

QString sectionBody(Section section, const AssessmentSnapshot &s)
{
    switch (section) {
    case Section::Summary:
        return summary(s);
    case Section::Verdict:
        return verdict(s);
    case Section::Findings:
        return findings(s);
    case Section::RunbookGaps:
        return (s.runbookGaps.isEmpty()
                        ? QString()
                        : element(u"p"_s, HtmlText::text(ReportText::runbookGapsIntro())) + u'\n')
               + listOrNone(s.runbookGaps);
    case Section::Recommendations:
        return listOrNone(s.recommendations, u"ol"_s);
    case Section::Items:
        return items(s);
    case Section::Waivers:
        return waivers(s);
    case Section::Signoff:
        return signoffs(s);
    case Section::Provenance:
        return provenance(s);
    }
    return {};
}

} // namespace

QByteArray HtmlReportWriter::write(const AssessmentSnapshot &snapshot)
{
    QString page = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                   "<meta name=\"generator\" content=\"%2\"/>\n<title>%3</title>\n"
                   "<style>%4</style>\n</head>\n<body>\n"_s.arg(
                           HtmlText::text(ReportText::languageTag()),
                           HtmlText::text(snapshot.generator),
                           HtmlText::text(title(snapshot)),
                           HtmlReportStyle::css());
    page += cover(snapshot);
    page += contents();
    page += u"<main>\n"_s;
    for (const Section section : ReportText::sections()) {
        page += u"<section id=\"%1\">\n"_s.arg(sectionId(section));
        page += element(u"h2"_s, HtmlText::text(ReportText::sectionTitle(section))) + u'\n';
        page += sectionBody(section, snapshot);
        page += u"</section>\n"_s;
    }
    page += u"</main>\n"_s;
    const QString footer
            = u"%1 \u00b7 %2 \u00b7 %3: %4"_s.arg(ReportText::packTitle(),
                                                  snapshot.generator,
                                                  ReportText::field(Field::Generated),
                                                  ReportText::dateTime(snapshot.generatedAt));
    page += element(u"footer"_s, HtmlText::text(footer)) + u"\n</body>\n</html>\n"_s;
    return page.toUtf8();
}

} // namespace greenlight
