#include "FindingDetailView.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "Accessibility.h"
#include "DetailLabels.h"
#include "StatusStyle.h"
#include "itemmodels/FindingsModel.h"
#include "scan/FindingContext.h"
#include "theme/Theme.h"

using namespace Qt::StringLiterals;

namespace greenlight {
FindingDetailView::FindingDetailView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"findingDetailView"_s);
    m_stack = new QStackedWidget(this);
    m_placeholder = DetailLabels::placeholder(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

QWidget *FindingDetailView::buildContent()
{
    auto *content = new QWidget(this);
    m_title = DetailLabels::wrapping(content, u"findingTitle"_s);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel(content);
    m_meta->setObjectName(u"findingMeta"_s);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setWordWrap(true);
    m_message = DetailLabels::wrapping(content, u"findingMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_location = new QLabel(content);
    m_location->setObjectName(u"findingLocation"_s);
    m_location->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixHeading = DetailLabels::heading(tr("How to fix"), content);
    m_fix = DetailLabels::wrapping(content, u"findingFix"_s);
    m_fix->setTextFormat(Qt::PlainText);
    m_itemsHeading = DetailLabels::heading(tr("Checklist items"), content);
    m_items = new QLabel(content);
    m_items->setObjectName(u"findingItems"_s);
    m_items->setTextFormat(Qt::RichText);
    m_items->setWordWrap(true);
    m_items->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    Accessibility::describe(m_items,
                            tr("Checklist items of this finding"),
                            tr("The checklist items this rule bears on; activate one to open it "
                               "in the checklist"));
    m_context = new QPlainTextEdit(content);
    m_context->setObjectName(u"findingContext"_s);
    m_context->setReadOnly(true);
    m_context->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_context->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_context->setMinimumHeight(120);
    Accessibility::describe(m_context,
                            tr("Code"),
                            tr("The lines around the finding, with its own lines highlighted"));
    m_contextNote = new QLabel(content);
    m_contextNote->setObjectName(u"findingContextNote"_s);
    m_contextNote->setWordWrap(true);
    m_contextNote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_location);
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addWidget(m_fixHeading);
    layout->addWidget(m_fix);
    layout->addSpacing(4);
    layout->addWidget(m_itemsHeading);
    layout->addWidget(m_items);
    layout->addSpacing(4);
    layout->addWidget(DetailLabels::heading(tr("Code"), content));
    layout->addWidget(m_context, 1);
    layout->addWidget(m_contextNote);
    // Takes the slack when there is no code to show, so the labels stay packed at the top.
    layout->addStretch(0);
    m_contentLayout = layout;

    connect(m_items, &QLabel::linkActivated, this, &FindingDetailView::itemActivated);
    return content;
}

void FindingDetailView::setFinding(const FindingRecord &record, const QString &root)
{
    m_record = record;
    m_hasFinding = true;
    const Finding &finding = record.finding;
    m_title->setText(finding.title.isEmpty() ? finding.ruleId : finding.title);
    showMeta();
    m_location->setText(FindingsModel::locationText(finding.location));
    m_message->setText(finding.message);
    m_fix->setText(finding.fix);
    m_fixHeading->setVisible(!finding.fix.isEmpty());
    m_fix->setVisible(!finding.fix.isEmpty());
    m_items->setText(itemsHtml(finding.itemKeys));
    m_stack->setCurrentIndex(1);
    loadContext(root);
}

void FindingDetailView::showMeta()
{
    const Finding &finding = m_record.finding;
    QStringList meta{u"<span style=\"color:%1;font-weight:600\">%2</span>"_s.arg(
            StatusStyle::severityColor(finding.severity).name(),
            severityDisplayName(finding.severity).toHtmlEscaped())};
    if (m_record.id > 0)
        meta.append(findingStateDisplayName(m_record.state).toHtmlEscaped());
    meta.append(u"<code>%1</code>"_s.arg(finding.ruleId.toHtmlEscaped()));
    m_meta->setText(meta.join(u" &nbsp;·&nbsp; "_s));
}

void FindingDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasFinding) {
        showMeta();
        if (!m_loading)
            markContext();
    }
}

void FindingDetailView::clear(const QString &placeholder)
{
    ++m_generation; // a context still loading is for a finding no longer shown
    m_loading = false;
    m_hasFinding = false;
    m_record = {};
    m_placeholder->setText(placeholder.isEmpty()
                                   ? tr("Select a finding to see where it is and how to fix it.")
                                   : placeholder);
    m_stack->setCurrentIndex(0);
}

QString FindingDetailView::itemsHtml(const QStringList &keys) const
{
    if (keys.isEmpty())
        return u"<i>%1</i>"_s.arg(tr("No checklist item names this rule.").toHtmlEscaped());
    QStringList links;
    for (const QString &key : keys) {
        QString link = u"<a href=\"%1\">%2</a>"_s.arg(key.toHtmlEscaped(), key.toHtmlEscaped());
        if (const QString title = m_itemTitles.value(key); !title.isEmpty())
            link += u" %1"_s.arg(title.toHtmlEscaped());
        links.append(link);
    }
    return links.join(u"<br>"_s);
}

void FindingDetailView::loadContext(const QString &root)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_context->clear();
    m_context->setExtraSelections({});
    m_contextNote->setText(tr("Reading the file…"));
    m_contextNote->show();
    // The file is read on the thread pool: a slow disk or a network share must not freeze
    // the window. A result for a finding no longer shown is dropped.
    auto *watcher = new QFutureWatcher<FindingContext>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showContext(watcher->result());
    });
    const Finding finding = m_record.finding;
    watcher->setFuture(
            QtConcurrent::run([root, finding] { return FindingContext::read(root, finding); }));
}

void FindingDetailView::showContext(const FindingContext &context)
{
    m_loading = false;
    m_shownContext = context;
    m_contextNote->setText(context.note);
    m_contextNote->setVisible(!context.note.isEmpty());
    m_context->setVisible(!context.lines.isEmpty());
    m_contentLayout->setStretch(m_contentLayout->count() - 1, context.lines.isEmpty() ? 1 : 0);
    const int lastLine = context.firstLine + int(context.lines.size()) - 1;
    const int width = int(QString::number(std::max(lastLine, 1)).size());
    QStringList text;
    for (int i = 0; i < context.lines.size(); ++i) {
        text.append(u"%1  %2"_s.arg(context.firstLine + i, width).arg(context.lines.at(i)));
    }
    m_context->setPlainText(text.join(u'\n'));
    markContext();

    QTextBlock focus = m_context->document()->firstBlock();
    for (int line = context.firstLine; focus.isValid(); focus = focus.next(), ++line) {
        if (context.findingLine > 0 && line >= context.findingLine)
            break;
    }
    if (context.findingLine > 0 && focus.isValid()) {
        m_context->setTextCursor(QTextCursor(focus));
        m_context->centerCursor();
    }
    emit contextShown();
}

void FindingDetailView::markContext()
{
    const FindingContext &context = m_shownContext;
    const int lastLine = context.firstLine + int(context.lines.size()) - 1;
    const int width = int(QString::number(std::max(lastLine, 1)).size());
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat numberFormat;
    numberFormat.setForeground(palette().color(QPalette::PlaceholderText));
    // A tint strong enough to find on either palette's base, light enough to read through.
    QColor highlight = StatusStyle::severityColor(m_record.finding.severity);
    highlight.setAlpha(Theme::isDark() ? 64 : 48);
    QTextBlock block = m_context->document()->firstBlock();
    for (int line = context.firstLine; block.isValid(); block = block.next(), ++line) {
        QTextEdit::ExtraSelection number;
        number.cursor = QTextCursor(block);
        number.cursor.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, width);
        number.format = numberFormat;
        selections.append(number);
        if (context.findingLine > 0 && line >= context.findingLine
            && line <= context.findingEndLine) {
            QTextEdit::ExtraSelection marked;
            marked.cursor = QTextCursor(block);
            marked.format.setBackground(highlight);
            marked.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(marked);
        }
    }
    m_context->setExtraSelections(selections);
}

} // namespace greenlight
