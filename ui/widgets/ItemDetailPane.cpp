#include "ItemDetailPane.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "Accessibility.h"
#include "EvidencePanel.h"
#include "ScanEvidencePanel.h"
#include "StatusIcons.h"
#include "StatusStyle.h"
#include "approval/SignoffServices.h"
#include "dialogs/WaiverDialog.h"
#include "domain/EvidenceRequirement.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// `command` in guidance reads as code, as it would in the Markdown the authors know.
QString inlineHtml(const QString &line)
{
    const QStringList parts = line.split(u'`');
    QString html;
    for (int i = 0; i < parts.size(); ++i) {
        const bool code = i % 2 == 1 && i + 1 < parts.size();
        if (i % 2 == 1 && !code)
            html += u'`';
        html += code ? u"<code>"_s + parts.at(i).toHtmlEscaped() + u"</code>"_s
                     : parts.at(i).toHtmlEscaped();
    }
    return html;
}

// Template guidance is prose in YAML block scalars: blank lines separate paragraphs, lines
// starting with "- " are bullets, other line breaks are just wrapping.
QString proseToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        QStringList words;
        QStringList bullets;
        for (const QString &rawLine : paragraph.split(u'\n')) {
            const QString line = rawLine.trimmed();
            if (line.startsWith(u"- "_s) || line.startsWith(u"* "_s))
                bullets.append(line.mid(2));
            else if (!bullets.isEmpty() && !line.isEmpty())
                bullets.last() += u' ' + line;
            else if (!line.isEmpty())
                words.append(line);
        }
        if (!words.isEmpty())
            html += u"<p>"_s + inlineHtml(words.join(u' ')) + u"</p>"_s;
        if (!bullets.isEmpty()) {
            QStringList items;
            for (const QString &bullet : bullets)
                items.append(inlineHtml(bullet));
            html += u"<ul><li>"_s + items.join(u"</li><li>"_s) + u"</li></ul>"_s;
        }
    }
    return html;
}

} // namespace

ItemDetailPane::ItemDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"itemDetailPane"_s);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(buildContent());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_noteTimer.setSingleShot(true);
    m_noteTimer.setInterval(NoteIdleMs);
    connect(&m_noteTimer, &QTimer::timeout, this, &ItemDetailPane::commitNote);
    connect(m_status, &QComboBox::activated, this, &ItemDetailPane::commitStatus);
    connect(m_owner, &QLineEdit::editingFinished, this, &ItemDetailPane::commitOwner);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_item && m_note->toPlainText() != m_item->note)
            m_noteTimer.start();
        else
            m_noteTimer.stop();
    });
    m_note->installEventFilter(this);
    connect(m_waive, &QPushButton::clicked, this, &ItemDetailPane::openWaiverDialog);
    connect(m_evidence, &ScanEvidencePanel::applyRequested, this, &ItemDetailPane::applySuggestion);
    connect(m_evidence,
            &ScanEvidencePanel::findingActivated,
            this,
            &ItemDetailPane::findingActivated);
    clearItem();
}

QWidget *ItemDetailPane::buildContent()
{
    auto *content = new QWidget(this);
    m_key = new QLabel(content);
    m_key->setObjectName(u"itemKey"_s);
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setBold(true);
    m_key->setFont(keyFont);
    m_key->setForegroundRole(QPalette::PlaceholderText);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_title = new QLabel(content);
    m_title->setObjectName(u"itemTitle"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_meta = new QLabel(content);
    m_meta->setObjectName(u"itemMeta"_s);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);

    m_status = new QComboBox(content);
    m_status->setObjectName(u"statusCombo"_s);
    for (int i = 0; i < ItemStatusCount; ++i) {
        const auto status = ItemStatus(i);
        m_status->addItem(StatusIcons::status(status), itemStatusDisplayName(status), i);
    }
    Accessibility::describe(
            m_status, tr("Status"), tr("The item's status; choosing one records it at once"));
    m_owner = new QLineEdit(content);
    m_owner->setObjectName(u"ownerEdit"_s);
    m_owner->setPlaceholderText(tr("Who verifies this item"));
    m_owner->setClearButtonEnabled(true);
    Accessibility::describe(
            m_owner, tr("Owner"), tr("Who verifies this item; recorded when you leave the field"));
    m_note = new QPlainTextEdit(content);
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("Findings, evidence links, decisions…"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(70);
    m_note->setMaximumHeight(120);
    Accessibility::describe(m_note,
                            tr("Note"),
                            tr("Findings, evidence links and decisions for this item; recorded "
                               "when you pause typing or leave the field"));
    m_updated = new QLabel(content);
    m_updated->setObjectName(u"itemUpdated"_s);
    m_updated->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_updated);

    m_waiver = new QLabel(content);
    m_waiver->setObjectName(u"waiverLabel"_s);
    m_waiver->setWordWrap(true);
    m_waiver->setTextFormat(Qt::RichText);
    m_waive = new QPushButton(tr("&Waive…"), content);
    m_waive->setObjectName(u"waiveButton"_s);
    m_waive->setToolTip(tr("Accept the risk of this failed item until a date"));
    Accessibility::describe(m_waive,
                            tr("Waive item"),
                            tr("Accepts the risk of this failed item until a date, with a "
                               "justification and who accepts it; renews a waiver in force"));
    auto *waiverRow = new QHBoxLayout;
    waiverRow->addWidget(m_waiver, 1);
    waiverRow->addWidget(m_waive, 0, Qt::AlignTop);
    form->addRow(tr("Waiver:"), waiverRow);

    m_evidence = new ScanEvidencePanel(content);

    auto *guidanceLabel = new QLabel(tr("Guidance"), content);
    QFont headingFont = font();
    headingFont.setBold(true);
    guidanceLabel->setFont(headingFont);
    m_guidance = new QTextBrowser(content);
    m_guidance->setObjectName(u"guidanceText"_s);
    m_guidance->setOpenExternalLinks(true);
    m_guidance->setFrameShape(QFrame::NoFrame);
    m_guidance->viewport()->setAutoFillBackground(false);
    m_guidance->document()->setDocumentMargin(2);
    m_guidance->document()->setDefaultStyleSheet(
            u"p { margin-top: 0; margin-bottom: 8px; } ul { margin-top: 0; }"
            " h4 { margin-top: 10px; margin-bottom: 4px; }"_s);
    m_guidance->setFocusPolicy(Qt::ClickFocus);
    Accessibility::describe(m_guidance,
                            tr("Guidance"),
                            tr("How to assess this item: the template's guidance, references, "
                               "automated checks and tags"));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_key);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_evidence);
    m_attachments = new EvidencePanel(content);
    m_attachments->setEnabled(false);
    layout->addWidget(m_attachments);
    layout->addSpacing(6);
    layout->addWidget(guidanceLabel);
    layout->addWidget(m_guidance, 1);
    return content;
}

void ItemDetailPane::setItem(const ItemRecord &item, const QString &location)
{
    if (m_item && m_item->id != item.id)
        commitPendingEdits();
    const bool sameItem = m_item && m_item->id == item.id;
    m_item = item;
    m_location = location;
    m_key->setText(item.key);
    m_title->setText(item.title);
    showMeta();
    m_guidance->setHtml(guidanceHtml(item));
    if (!sameItem) {
        const QSignalBlocker blocker(m_note);
        m_noteTimer.stop();
        m_note->setPlainText(item.note);
        // Until the page says what the scan found, the item's checks have not run.
        ItemScanEvidence evidence;
        evidence.checks = item.checks;
        m_evidence->setEvidence(evidence, item.status);
    }
    m_attachments->setItem(item.assessmentId, item.id);
    showState(item);
    m_stack->setCurrentIndex(1);
}

void ItemDetailPane::clearItem(const QString &placeholder)
{
    commitPendingEdits();
    m_item.reset();
    m_attachments->clear();
    m_placeholder->setText(placeholder.isEmpty()
                                   ? tr("Select an item to read its guidance and record its "
                                        "status, owner and note.")
                                   : placeholder);
    m_stack->setCurrentIndex(0);
}

void ItemDetailPane::showMeta()
{
    const ItemRecord &item = *m_item;
    const QColor severity = StatusStyle::severityColor(item.severity);
    m_meta->setText(tr("<span style=\"color:%1;font-weight:600\">%2</span>"
                       " &nbsp;·&nbsp; Evidence: %3 &nbsp;·&nbsp; %4")
                            .arg(severity.name(),
                                 severityDisplayName(item.severity).toHtmlEscaped(),
                                 evidenceRequirementDisplayName(item.evidence).toHtmlEscaped(),
                                 m_location.toHtmlEscaped()));
}

std::optional<qint64> ItemDetailPane::itemId() const
{
    return m_item ? std::optional<qint64>(m_item->id) : std::nullopt;
}

void ItemDetailPane::itemUpdated(const ItemRecord &item)
{
    if (!m_item || m_item->id != item.id)
        return;
    m_item = item;
    showState(item);
    // Undo/redo of a note: show it unless the user is in the middle of typing another one.
    if (!m_noteTimer.isActive() && m_note->toPlainText() != item.note) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(item.note);
    }
}

void ItemDetailPane::showStoredState()
{
    if (m_item)
        showState(*m_item);
}

void ItemDetailPane::showState(const ItemRecord &item)
{
    showStatus(item.status);
    if (m_owner->text() != item.owner)
        m_owner->setText(item.owner);
    m_updated->setText(updatedText(item));
    m_evidence->setCurrentStatus(item.status);
    showWaiver();
}

void ItemDetailPane::setSignoffServices(SignoffServices *services)
{
    m_services = services;
    m_attachments->setServices(services);
    showWaiver();
}

void ItemDetailPane::showWaiver()
{
    const bool failed = m_item && m_item->status == ItemStatus::Failed;
    m_waive->setEnabled(m_services && failed);
    if (!m_services || !m_item) {
        m_waiver->setText(m_services ? QString() : tr("Unavailable"));
        return;
    }
    auto current = m_services->currentWaiver(m_item->id);
    if (!current) {
        m_waiver->setText(current.errorMessage().toHtmlEscaped());
        return;
    }
    if (!current.value() || !failed) {
        m_waiver->setText(failed ? tr("None. A failed item can be waived with a justification, "
                                      "who accepts the risk and an expiry date.")
                                 : tr("Only a failed item can be waived."));
        m_waive->setText(tr("&Waive…"));
        return;
    }
    const WaiverRecord &w = *current.value();
    QString text;
    if (w.isExpired(m_services->today())) {
        text = StatusStyle::themedHtml(tr("<span style='color:#c0392b'><b>Waiver expired</b> on "
                                          "%1</span> — the item counts as failed again."))
                       .arg(w.expiresOn.toString(Qt::ISODate));
    } else {
        // The colours are swapped before the user's words go in: they are never rewritten.
        text = StatusStyle::themedHtml(tr("<span style='color:#b06000'><b>Waived</b></span> until "
                                          "%1, risk accepted by %2."))
                       .arg(w.expiresOn.toString(Qt::ISODate), w.acceptedBy.toHtmlEscaped());
    }
    text += u"<br><i>"_s + w.justification.toHtmlEscaped() + u"</i>"_s;
    if (!w.ticketUrl.isEmpty())
        text += u" <a href=\""_s + w.ticketUrl.toHtmlEscaped() + u"\">"_s
                + w.ticketUrl.toHtmlEscaped() + u"</a>"_s;
    m_waiver->setOpenExternalLinks(true);
    m_waiver->setText(text);
    m_waive->setText(tr("&Renew…")); // Alt+N is the note's
}

void ItemDetailPane::openWaiverDialog()
{
    if (!m_services || !m_item || m_item->status != ItemStatus::Failed)
        return;
    commitPendingEdits();
    const qint64 itemId = m_item->id;
    WaiverDialog dialog(*m_services, m_item->assessmentId, itemId, m_item->key, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showWaiver();
    emit waiverChanged(itemId);
}

void ItemDetailPane::setScanEvidence(const ItemScanEvidence &evidence)
{
    if (m_item)
        m_evidence->setEvidence(evidence, m_item->status);
}

void ItemDetailPane::applySuggestion()
{
    commitPendingEdits();
    const auto suggestion = m_evidence->evidence().suggestion;
    if (!m_item || !suggestion)
        return;
    // Status and note in one edit: one undo step, and the decision keeps its evidence.
    ItemEdit edit;
    edit.status = suggestion->suggested;
    const QString addition = ScanEvidencePanel::suggestionNote(m_evidence->evidence());
    edit.note = m_item->note.trimmed().isEmpty() ? addition
                                                 : m_item->note.trimmed() + u"\n\n"_s + addition;
    emit editRequested(m_item->id, edit);
}

void ItemDetailPane::showStatus(ItemStatus status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

void ItemDetailPane::commitPendingEdits()
{
    if (!m_item)
        return;
    commitNote();
    commitOwner();
}

void ItemDetailPane::commitStatus()
{
    if (!m_item)
        return;
    const auto status = ItemStatus(m_status->currentData().toInt());
    if (status == m_item->status)
        return;
    ItemEdit edit;
    edit.status = status;
    emit editRequested(m_item->id, edit);
    // Whatever the store said, show what is stored (a failed edit snaps back).
    if (m_item)
        showStatus(m_item->status);
}

void ItemDetailPane::commitOwner()
{
    if (!m_item)
        return;
    const QString owner = m_owner->text().trimmed();
    if (owner == m_item->owner)
        return;
    ItemEdit edit;
    edit.owner = owner;
    emit editRequested(m_item->id, edit);
}

void ItemDetailPane::commitNote()
{
    m_noteTimer.stop();
    if (!m_item)
        return;
    const QString note = m_note->toPlainText();
    if (note == m_item->note)
        return;
    ItemEdit edit;
    edit.note = note;
    emit editRequested(m_item->id, edit);
}

void ItemDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_item) {
        showMeta();
        showWaiver();
    }
}

bool ItemDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut)
        commitNote();
    return QWidget::eventFilter(watched, event);
}

QString ItemDetailPane::guidanceHtml(const ItemRecord &item) const
{
    QString html = proseToHtml(item.guidance);
    if (html.isEmpty())
        html = u"<p><i>"_s + tr("This item has no guidance.").toHtmlEscaped() + u"</i></p>"_s;
    if (!item.references.isEmpty()) {
        html += u"<h4>"_s + tr("References").toHtmlEscaped() + u"</h4><ul>"_s;
        for (const QString &reference : item.references)
            html += u"<li>"_s + reference.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (!item.checks.isEmpty()) {
        html += u"<h4>"_s + tr("Automated checks").toHtmlEscaped() + u"</h4><p>"_s
                + item.checks.join(u", "_s).toHtmlEscaped() + u"</p>"_s;
    }
    if (!item.tags.isEmpty()) {
        html += u"<h4>"_s + tr("Tags").toHtmlEscaped() + u"</h4><p>"_s;
        QStringList tags;
        for (const QString &tag : item.tags)
            tags.append(u"<code>"_s + tag.toHtmlEscaped() + u"</code>"_s);
        html += tags.join(u" &nbsp; "_s) + u"</p>"_s;
    }
    return html;
}

QString ItemDetailPane::updatedText(const ItemRecord &item) const
{
    if (!item.updatedAt.isValid())
        return tr("Not changed yet");
    return tr("Last changed %1 by %2")
            .arg(QLocale().toString(item.updatedAt.toLocalTime(), QLocale::ShortFormat),
                 item.updatedBy);
}

} // namespace greenlight
