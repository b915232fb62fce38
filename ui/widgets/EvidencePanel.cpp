#include "EvidencePanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "Accessibility.h"
#include "EvidenceKinds.h"
#include "StatusStyle.h"
#include "approval/SignoffServices.h"
#include "dialogs/CommandEvidenceDialog.h"
#include "store/EvidenceVault.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"evidencePanel"_s);
    setAcceptDrops(true);

    m_heading = new QLabel(tr("Evidence"), this);
    QFont headingFont = font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_add = new QToolButton(this);
    m_add->setObjectName(u"addEvidenceButton"_s);
    m_add->setText(tr("&Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_add);
    menu->addAction(tr("File…"), this, &EvidencePanel::chooseFiles);
    menu->addAction(tr("Link (URL)…"), this, &EvidencePanel::askUrl);
    menu->addAction(tr("Note…"), this, &EvidencePanel::askNote);
    menu->addAction(tr("Repository Reference…"), this, &EvidencePanel::askReference);
    menu->addAction(tr("Command Output…"), this, &EvidencePanel::runCommand);
    m_add->setMenu(menu);
    Accessibility::describe(m_add,
                            tr("Add evidence"),
                            tr("Attaches a file, link, note, repository reference or command "
                               "output to the item; files can also be dropped on the panel"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(u"openEvidenceButton"_s);
    Accessibility::describe(m_open,
                            tr("Open evidence"),
                            tr("Opens the selected evidence file or link in its application"));
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(u"removeEvidenceButton"_s);
    Accessibility::describe(m_remove,
                            tr("Remove evidence"),
                            tr("Removes the selected evidence from the item; the record and its "
                               "file stay in the audit trail"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_heading, 1);
    header->addWidget(m_add);
    header->addWidget(m_open);
    header->addWidget(m_remove);

    m_validUntilCheck = new QCheckBox(tr("New evidence valid &until"), this);
    m_validUntilCheck->setObjectName(u"evidenceValidUntilCheck"_s);
    m_validUntilCheck->setToolTip(tr("Evidence added from now on shows as stale after this day"));
    Accessibility::describe(m_validUntilCheck,
                            tr("Expiry for new evidence"),
                            tr("When checked, evidence added from now on shows as stale after "
                               "the chosen day"));
    m_validUntil = new QDateEdit(QDate::currentDate().addDays(90), this);
    m_validUntil->setObjectName(u"evidenceValidUntil"_s);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setMinimumDate(QDate::currentDate());
    m_validUntil->setEnabled(false);
    Accessibility::describe(m_validUntil,
                            tr("Valid until"),
                            tr("The day after which evidence added from now on shows as stale"));
    connect(m_validUntilCheck, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    auto *freshness = new QHBoxLayout;
    freshness->setContentsMargins(0, 0, 0, 0);
    freshness->addWidget(m_validUntilCheck);
    freshness->addWidget(m_validUntil);
    freshness->addStretch(1);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"evidenceList"_s);
    m_list->setMinimumHeight(60);
    m_list->setMaximumHeight(130);
    m_list->setUniformItemSizes(true);
    m_list->setAcceptDrops(false); // drops land on the panel
    Accessibility::describe(m_list,
                            tr("Evidence list"),
                            tr("The evidence attached to the item: what it is, who added it "
                               "and its hash. Select one to preview it; Enter opens it."));

    m_image = new QLabel(this);
    m_image->setObjectName(u"evidenceImagePreview"_s);
    m_image->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"evidenceTextPreview"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    Accessibility::describe(m_text,
                            tr("Evidence preview"),
                            tr("The text of the selected note, command output or text file"));
    m_preview = new QStackedWidget(this);
    m_preview->addWidget(new QWidget(this));
    m_preview->addWidget(m_image);
    m_preview->addWidget(m_text);
    m_preview->setMaximumHeight(110);
    m_preview->setVisible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(u"evidenceStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(tr("Drop files here or use Add."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addLayout(freshness);
    layout->addWidget(m_list);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showPreview();
        updateButtons();
    });
    connect(m_list, &QListWidget::itemActivated, this, &EvidencePanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &EvidencePanel::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &EvidencePanel::confirmRemove);
    updateButtons();
}

void EvidencePanel::setServices(SignoffServices *services)
{
    if (m_services)
        disconnect(m_services, nullptr, this, nullptr);
    m_services = services;
    if (m_services) {
        connect(m_services, &SignoffServices::evidenceAdded, this, &EvidencePanel::added);
        connect(m_services, &SignoffServices::evidenceFailed, this, &EvidencePanel::failed);
    }
    setEnabled(m_services != nullptr);
    refresh();
}

void EvidencePanel::setItem(qint64 assessmentId, qint64 itemId)
{
    if (itemId == m_itemId && assessmentId == m_assessmentId)
        return;
    m_assessmentId = assessmentId;
    m_itemId = itemId;
    showStatus(tr("Drop files here or use Add."));
    refresh();
}

void EvidencePanel::clear()
{
    m_assessmentId = 0;
    m_itemId = 0;
    refresh();
}

void EvidencePanel::refresh()
{
    const qint64 previous = current() ? current()->id : 0;
    m_records.clear();
    if (m_services && m_itemId > 0) {
        auto loaded = m_services->evidence(m_assessmentId, m_itemId);
        if (loaded)
            m_records = loaded.value();
        else
            showStatus(tr("Could not read the evidence: %1").arg(loaded.errorMessage()), true);
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (const EvidenceRecord &record : std::as_const(m_records)) {
        auto *entry
                = new QListWidgetItem(EvidenceKinds::icon(style(), record.kind), describe(record));
        entry->setData(IdRole, record.id);
        QString tip = tr("%1\n%2\nAdded %3 by %4\nSHA-256 %5")
                              .arg(EvidenceKinds::name(record.kind),
                                   record.displayName(),
                                   QLocale().toString(record.createdAt.toLocalTime(),
                                                      QLocale::ShortFormat),
                                   record.createdBy,
                                   record.contentHash);
        if (record.exitCode)
            tip += tr("\nExit code %1 in %2").arg(*record.exitCode).arg(record.workingDirectory);
        if (record.validUntil)
            tip += tr("\nValid until %1").arg(record.validUntil->toString(Qt::ISODate));
        entry->setToolTip(tip);
        m_list->addItem(entry);
        if (record.id == previous)
            select = m_list->count() - 1;
    }
    m_heading->setText(m_records.isEmpty() ? tr("Evidence")
                                           : tr("Evidence (%1)").arg(m_records.size()));
    m_list->setCurrentRow(select);
    applyColours();
    showPreview();
    updateButtons();
}

QString EvidencePanel::describe(const EvidenceRecord &record) const
{
    QStringList parts{record.displayName()};
    if (record.kind == EvidenceKind::Note)
        parts = QStringList{record.body.section(u'\n', 0, 0).left(80)};
    if (record.kind == EvidenceKind::CommandOutput && record.exitCode)
        parts.append(tr("exit %1").arg(*record.exitCode));
    if (record.inVault)
        parts.append(QLocale().formattedDataSize(record.size));
    parts.append(tr("%1, %2").arg(
            record.createdBy,
            QLocale().toString(record.createdAt.toLocalTime().date(), QLocale::ShortFormat)));
    parts.append(u"#"_s + record.contentHash.left(8));
    QString text = parts.join(u" · "_s);
    if (m_services && record.isStale(m_services->today()))
        text += tr(" — stale (valid until %1)").arg(record.validUntil->toString(Qt::ISODate));
    return text;
}

const EvidenceRecord *EvidencePanel::current() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

void EvidencePanel::updateButtons()
{
    const EvidenceRecord *record = current();
    const bool item = m_services && m_itemId > 0;
    m_add->setEnabled(item);
    m_remove->setEnabled(item && record);
    m_open->setEnabled(item && record && (record->inVault || record->kind == EvidenceKind::Url));
}

void EvidencePanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_statusIsError = error;
    applyColours();
}

void EvidencePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void EvidencePanel::applyColours()
{
    // The label draws in its foreground role, PlaceholderText: an error recolours that role.
    QPalette status;
    if (m_statusIsError)
        status.setColor(QPalette::PlaceholderText, StatusStyle::errorColor());
    m_status->setPalette(status);
    const QDate today = m_services ? m_services->today() : QDate();
    for (int row = 0; row < m_list->count() && row < m_records.size(); ++row) {
        QListWidgetItem *entry = m_list->item(row);
        if (m_services && m_records.at(row).isStale(today))
            entry->setForeground(StatusStyle::cautionColor());
        else
            entry->setData(Qt::ForegroundRole, QVariant());
    }
}

void EvidencePanel::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        NewEvidence evidence;
        evidence.kind = EvidenceKind::File;
        evidence.sourcePath = path;
        addEvidence(evidence);
    }
}

void EvidencePanel::addEvidence(const NewEvidence &requested)
{
    if (!m_services || m_itemId <= 0)
        return;
    NewEvidence evidence = requested;
    if (m_validUntilCheck->isChecked() && !evidence.validUntil)
        evidence.validUntil = m_validUntil->date();
    m_services->addEvidence(m_itemId, evidence);
    showStatus(m_services->pendingAdds() == 1
                       ? tr("Adding evidence…")
                       : tr("Adding evidence (%1 under way)…").arg(m_services->pendingAdds()));
}

void EvidencePanel::added(qint64 itemId, const EvidenceRecord &record)
{
    if (itemId != m_itemId)
        return;
    refresh();
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == record.id)
            m_list->setCurrentRow(row);
    }
    showStatus(tr("Added %1.").arg(record.displayName()));
}

void EvidencePanel::failed(qint64 itemId, const QString &message)
{
    if (itemId != m_itemId)
        return;
    showStatus(tr("Not added: %1").arg(message), true);
    emit errorOccurred(message);
}

bool EvidencePanel::removeEvidence(qint64 evidenceId)
{
    if (!m_services)
        return false;
    auto removed = m_services->removeEvidence(m_assessmentId, evidenceId);
    if (!removed) {
        showStatus(tr("Not removed: %1").arg(removed.errorMessage()), true);
        return false;
    }
    refresh();
    showStatus(tr("Removed from the list. The record and its file stay in the audit trail."));
    return true;
}

void EvidencePanel::confirmRemove()
{
    const EvidenceRecord *record = current();
    if (!record)
        return;
    const qint64 id = record->id;
    const auto answer = QMessageBox::question(
            this,
            tr("Remove Evidence"),
            tr("Remove “%1” from this item?\n\nIt disappears from the list, but the record and "
               "its file are kept and the removal is recorded in the audit trail.")
                    .arg(record->displayName()),
            QMessageBox::Yes | QMessageBox::Cancel,
            QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeEvidence(id);
}

void EvidencePanel::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Files"));
    addFiles(paths);
}

void EvidencePanel::askUrl()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
            this, tr("Attach Link"), tr("URL:"), QLineEdit::Normal, u"https://"_s, &ok);
    if (!ok)
        return;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative()) {
        showStatus(tr("Not added: “%1” is not an absolute URL.").arg(text), true);
        return;
    }
    NewEvidence evidence;
    evidence.kind = EvidenceKind::Url;
    evidence.url = url.toString();
    addEvidence(evidence);
}

void EvidencePanel::askNote()
{
    bool ok = false;
    const QString text
            = QInputDialog::getMultiLineText(this, tr("Attach Note"), tr("Note:"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    NewEvidence evidence;
    evidence.kind = EvidenceKind::Note;
    evidence.text = text.trimmed();
    addEvidence(evidence);
}

bool EvidencePanel::parseReference(const QString &text, NewEvidence &evidence)
{
    static const QRegularExpression pattern(u"^(.+?)(?::(\\d+)(?:-(\\d+))?)?$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.captured(1).isEmpty())
        return false;
    evidence.kind = EvidenceKind::RepositoryReference;
    evidence.path = match.captured(1);
    evidence.lineFrom = match.captured(2).toInt();
    evidence.lineTo = match.captured(3).isEmpty() ? evidence.lineFrom : match.captured(3).toInt();
    return evidence.lineTo >= evidence.lineFrom;
}

void EvidencePanel::askReference()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this,
                                               tr("Attach Repository Reference"),
                                               tr("PATH:FROM-TO (e.g. src/auth/login.cpp:40-58):"),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok);
    if (!ok)
        return;
    NewEvidence evidence;
    if (!parseReference(text, evidence)) {
        showStatus(tr("Not added: write the reference as PATH:FROM-TO."), true);
        return;
    }
    addEvidence(evidence);
}

void EvidencePanel::runCommand()
{
    if (!m_services)
        return;
    CommandEvidenceDialog dialog(m_services->clock(), QDir::currentPath(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.run())
        return;
    const CommandRun run = *dialog.run();
    NewEvidence evidence;
    evidence.kind = EvidenceKind::CommandOutput;
    evidence.command = run.command;
    evidence.text = QString::fromUtf8(run.output);
    evidence.exitCode = run.exitCode;
    evidence.workingDirectory = run.workingDirectory;
    evidence.ranAt = run.startedAt;
    addEvidence(evidence);
}

void EvidencePanel::openCurrent()
{
    const EvidenceRecord *record = current();
    if (!record || !m_services)
        return;
    if (record->kind == EvidenceKind::Url) {
        QDesktopServices::openUrl(QUrl(record->locator));
        return;
    }
    if (!record->inVault)
        return;
    // Vault blobs have no extension; a link named like the original lets the system viewer
    // pick the right application without copying the (possibly large) file.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation)
                        + u"/greenlight-evidence/"_s + record->contentHash.left(16);
    QDir().mkpath(dir);
    const QString name = record->kind == EvidenceKind::CommandOutput
                                 ? u"command-output.txt"_s
                                 : EvidenceVault::safeFileName(record->originalName);
    const QString link = dir + u'/' + name;
    if (!QFileInfo::exists(link))
        QFile::link(m_services->blobPath(record->contentHash), link);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(link)))
        showStatus(tr("No application opens %1.").arg(name), true);
}

void EvidencePanel::showPreview()
{
    const EvidenceRecord *record = current();
    m_preview->setVisible(false);
    if (!record || !m_services)
        return;
    if (record->kind == EvidenceKind::Note) {
        m_text->setPlainText(record->body);
        m_preview->setCurrentWidget(m_text);
        m_preview->setVisible(true);
        return;
    }
    if (!record->inVault)
        return;
    const QString path = m_services->blobPath(record->contentHash);
    if (record->mimeType.startsWith(u"image/"_s) && record->size <= MaxImagePreviewBytes) {
        // Decoded at the screen's pixel density, so a preview is sharp at any scale factor.
        const qreal scale = m_image->devicePixelRatioF();
        QImageReader reader(path);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(QSize(240, 100) * scale, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (image.isNull())
            return;
        image.setDevicePixelRatio(scale);
        m_image->setPixmap(QPixmap::fromImage(image));
        m_preview->setCurrentWidget(m_image);
        m_preview->setVisible(true);
        return;
    }
    if (EvidenceKinds::isTextLike(*record)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QString text = QString::fromUtf8(file.read(MaxPreviewBytes));
        if (record->size > MaxPreviewBytes)
            text += tr("\n… (preview shows the first %1)")
                            .arg(QLocale().formattedDataSize(MaxPreviewBytes));
        m_text->setPlainText(text);
        m_preview->setCurrentWidget(m_text);
        m_preview->setVisible(true);
    }
}

void EvidencePanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_services && m_itemId > 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePanel::dragMoveEvent(QDragMoveEvent *event)
{
    if (m_services && m_itemId > 0 && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void EvidencePanel::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(paths);
}

} // namespace greenlight
