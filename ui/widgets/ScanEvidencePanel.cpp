#include "ScanEvidencePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "Accessibility.h"
#include "StatusIcons.h"
#include "StatusStyle.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/ScanHistoryModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr int FingerprintRole = Qt::UserRole + 1;
constexpr int MaxRulesInSummary = 3;

// The rules that found something, else every rule that ran for the item.
QStringList rulesToName(const ItemScanEvidence &evidence)
{
    QStringList rules;
    for (const FindingRecord &record : evidence.findings) {
        if (!rules.contains(record.finding.ruleId))
            rules.append(record.finding.ruleId);
    }
    if (rules.isEmpty() && evidence.suggestion)
        rules = evidence.suggestion->ruleIds;
    return rules;
}

QString shortList(const QStringList &values)
{
    if (values.size() <= MaxRulesInSummary)
        return values.join(u", "_s);
    return values.mid(0, MaxRulesInSummary).join(u", "_s) + u", …"_s;
}

} // namespace

ScanEvidencePanel::ScanEvidencePanel(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_apply(new QPushButton(tr("A&pply Suggestion"), this)) // Alt+A adds evidence
    , m_list(new QListWidget(this))
{
    setObjectName(u"scanEvidencePanel"_s);
    setFrameShape(QFrame::StyledPanel);
    m_summary->setObjectName(u"scanSuggestion"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_apply->setObjectName(u"applySuggestionButton"_s);
    m_apply->setToolTip(tr("Set the status the scan suggests and add its findings to the note"));
    Accessibility::describe(m_apply,
                            tr("Apply scan suggestion"),
                            tr("Sets the status the scan suggests and adds its findings to the "
                               "note, as one change"));
    m_list->setObjectName(u"itemFindingsList"_s);
    Accessibility::describe(m_list,
                            tr("Open findings of this item"),
                            tr("The scan's open findings that bear on this item; Enter or a "
                               "double-click opens one on the Scan page"));
    m_list->setToolTip(tr("Double-click a finding to open it on the Scan page"));
    m_list->setMaximumHeight(110);
    m_list->setUniformItemSizes(true);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_summary, 1);
    top->addWidget(m_apply, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_list);

    connect(m_apply, &QPushButton::clicked, this, &ScanEvidencePanel::applyRequested);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit findingActivated(item->data(FingerprintRole).toString());
    });
    clear();
}

void ScanEvidencePanel::setEvidence(const ItemScanEvidence &evidence, ItemStatus currentStatus)
{
    m_evidence = evidence;
    m_status = currentStatus;
    m_list->clear();
    for (const FindingRecord &record : evidence.findings) {
        const Finding &finding = record.finding;
        auto *item = new QListWidgetItem(
                StatusIcons::severity(finding.severity),
                tr("%1 — %2").arg(FindingsModel::locationText(finding.location), finding.message),
                m_list);
        item->setData(FingerprintRole, finding.fingerprint);
        item->setToolTip(tr("%1\n%2").arg(finding.ruleId, finding.title));
    }
    m_list->setVisible(!evidence.findings.isEmpty());
    setVisible(!evidence.checks.isEmpty());
    updateSummary();
}

void ScanEvidencePanel::setCurrentStatus(ItemStatus status)
{
    m_status = status;
    updateSummary();
}

void ScanEvidencePanel::clear()
{
    setEvidence({}, ItemStatus::NotStarted);
}

bool ScanEvidencePanel::canApply() const
{
    return m_evidence.suggestion && m_evidence.suggestion->suggested != m_status;
}

void ScanEvidencePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateSummary(); // the suggested status is written in its colour
}

void ScanEvidencePanel::updateSummary()
{
    m_apply->setVisible(canApply());
    if (!m_evidence.suggestion) {
        m_summary->setText(tr("Automated checks (%1) have not run yet: scan the repository on "
                              "the Scan page.")
                                   .arg(shortList(m_evidence.checks).toHtmlEscaped()));
        return;
    }
    const ItemSuggestion &suggestion = *m_evidence.suggestion;
    const QString status = u"<span style=\"color:%1;font-weight:600\">%2</span>"_s.arg(
            StatusStyle::statusColor(suggestion.suggested).name(),
            itemStatusDisplayName(suggestion.suggested).toHtmlEscaped());
    const QString rules = shortList(rulesToName(m_evidence)).toHtmlEscaped();
    const QString lead = canApply() ? tr("Scan suggests: %1") : tr("Scan agrees: %1");
    if (suggestion.openFindings > 0) {
        const QString count
                = suggestion.openFindings == 1
                          ? tr("1 open finding")
                          : tr("%1 open findings").arg(QLocale().toString(suggestion.openFindings));
        m_summary->setText(tr("%1 — %2 (%3)").arg(lead.arg(status), count, rules));
    } else {
        m_summary->setText(tr("%1 — no open findings (%2)").arg(lead.arg(status), rules));
    }
}

QString ScanEvidencePanel::suggestionNote(const ItemScanEvidence &evidence)
{
    if (!evidence.suggestion)
        return {};
    const ItemSuggestion &suggestion = *evidence.suggestion;
    QString scan = tr("Scan");
    if (evidence.scan) {
        const ScanMetadata &m = evidence.scan->metadata;
        scan = tr("Scan of %1").arg(m.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        if (!m.gitHead.isEmpty())
            scan += tr(" (commit %1)").arg(ScanHistoryModel::commitText(m));
    }
    const QString status = itemStatusDisplayName(suggestion.suggested);
    if (evidence.findings.isEmpty()) {
        return tr("%1: %2, no open findings for %3.")
                .arg(scan, status, suggestion.ruleIds.join(u", "_s));
    }
    const QString count = suggestion.openFindings == 1
                                  ? tr("1 open finding")
                                  : tr("%1 open findings").arg(suggestion.openFindings);
    QStringList lines{tr("%1: %2, %3:").arg(scan, status, count)};
    for (qsizetype i = 0; i < evidence.findings.size() && i < MaxFindingsInNote; ++i) {
        const Finding &finding = evidence.findings.at(i).finding;
        lines.append(
                u"- %1 %2"_s.arg(finding.ruleId, FindingsModel::locationText(finding.location)));
    }
    if (evidence.findings.size() > MaxFindingsInNote)
        lines.append(tr("- … and %1 more").arg(evidence.findings.size() - MaxFindingsInNote));
    return lines.join(u'\n');
}

} // namespace greenlight
