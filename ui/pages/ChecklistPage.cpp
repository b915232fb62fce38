#include "ChecklistPage.h"

#include <QComboBox>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QLineEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "approval/SignoffServices.h"
#include "commands/ItemEditor.h"
#include "itemmodels/ChecklistFilter.h"
#include "itemmodels/ChecklistFilterProxyModel.h"
#include "itemmodels/ChecklistModel.h"
#include "store/ScanStore.h"
#include "widgets/Accessibility.h"
#include "widgets/ChecklistItemDelegate.h"
#include "widgets/FilterBar.h"
#include "widgets/ItemDetailPane.h"
#include "widgets/ScanEvidencePanel.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr quint32 StateMagic = 0x474c4350; // "GLCP"
constexpr quint32 StateVersion = 1;

int countItems(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto kind
                = ChecklistModel::NodeKind(index.data(ChecklistModel::NodeKindRole).toInt());
        count += kind == ChecklistModel::NodeKind::Item ? 1 : countItems(model, index);
    }
    return count;
}

// key is "SEC-012" or "template-id:SEC-012".
QModelIndex findItem(const QAbstractItemModel &model, const QModelIndex &parent, const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const auto kind
                = ChecklistModel::NodeKind(index.data(ChecklistModel::NodeKindRole).toInt());
        if (kind != ChecklistModel::NodeKind::Item) {
            if (const QModelIndex found = findItem(model, index, key); found.isValid())
                return found;
            continue;
        }
        const QString itemKey = index.data(ChecklistModel::ItemKeyRole).toString();
        if (itemKey == key
            || index.data(ChecklistModel::TemplateIdRole).toString() + u':' + itemKey == key)
            return index;
    }
    return {};
}

} // namespace

ChecklistPage::ChecklistPage(AssessmentStore &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(store, this))
    , m_proxy(new ChecklistFilterProxyModel(this))
    , m_editor(new ItemEditor(store, *m_model, undoStack, this))
    , m_filterBar(new FilterBar(*m_proxy, this))
    , m_tree(new QTreeView(this))
    , m_detail(new ItemDetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"checklistPage"_s);
    setAccessibleName(tr("Checklist page"));
    m_proxy->setSourceModel(m_model);

    m_tree->setObjectName(u"checklistTree"_s);
    m_tree->setModel(m_proxy);
    m_delegate = new ChecklistItemDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ChecklistModel::ItemColumn, Qt::AscendingOrder);
    Accessibility::describe(m_tree,
                            tr("Checklist items"),
                            tr("The assessment's templates, sections and items with status, "
                               "severity and owner. Select an item to work on it in the pane "
                               "beside the list; Ctrl with a number sets its status."));
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChecklistModel::ItemColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(ChecklistModel::StatusColumn, 125);
    header->resizeSection(ChecklistModel::SeverityColumn, 95);
    header->resizeSection(ChecklistModel::OwnerColumn, 115);

    m_splitter->setObjectName(u"checklistSplitter"_s);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    // Keyboard order: filter -> tree -> status -> owner -> note.
    setTabOrder(m_filterBar->searchField(), m_tree);
    setTabOrder(m_tree, m_detail->statusCombo());

    connect(m_tree->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ChecklistPage::showCurrent);
    connect(m_detail,
            &ItemDetailPane::editRequested,
            m_editor,
            [this](qint64 itemId, const ItemEdit &edit) { m_editor->edit(itemId, edit); });
    connect(m_detail, &ItemDetailPane::findingActivated, this, &ChecklistPage::findingActivated);
    connect(m_detail, &ItemDetailPane::waiverChanged, this, &ChecklistPage::refreshWaivers);
    connect(m_editor, &ItemEditor::itemChanged, this, [this](const ItemRecord &record) {
        m_detail->itemUpdated(record);
        updateMatchCount();
        if (m_signoff) {
            refreshWaivers();
            m_signoff->notifyContentChanged(record.assessmentId);
        }
        emit itemChanged(record);
    });
    connect(m_editor, &ItemEditor::editFailed, this, [this](const QString &message) {
        m_detail->showStoredState();
        emit errorOccurred(tr("The change was not saved: %1").arg(message));
    });
    connect(m_proxy, &ChecklistFilterProxyModel::filtersChanged, this, [this] {
        m_tree->expandAll();
        updateMatchCount();
        if (!m_tree->currentIndex().isValid())
            showCurrent();
    });
    // Rows brought back by an edit under an active filter come back collapsed.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_tree->expandRecursively(parent);
        else
            m_tree->expandAll();
    });
}

Result<void> ChecklistPage::loadAssessment(qint64 assessmentId)
{
    m_detail->commitPendingEdits();
    auto loaded = m_model->load(assessmentId);
    loadSuggestions();
    refreshWaivers();
    m_tree->expandAll();
    updateMatchCount();
    // Start on the first item, so the detail pane shows something useful and the keyboard
    // can go straight to work.
    selectFirstItem();
    return loaded;
}

void ChecklistPage::clear()
{
    m_detail->commitPendingEdits();
    m_model->clear();
    m_suggestions.clear();
    m_suggestionScan.reset();
    updateMatchCount();
    showCurrent();
}

qint64 ChecklistPage::assessmentId() const
{
    return m_model->assessmentId();
}

bool ChecklistPage::hasCurrentItem() const
{
    return m_detail->itemId().has_value();
}

std::optional<ItemRecord> ChecklistPage::currentItem() const
{
    return m_model->itemAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

bool ChecklistPage::setCurrentItemStatus(ItemStatus status)
{
    const auto itemId = m_detail->itemId();
    if (!itemId)
        return false;
    ItemEdit edit;
    edit.status = status;
    return m_editor->edit(*itemId, edit);
}

void ChecklistPage::selectItem(qint64 itemId)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfItem(itemId));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

bool ChecklistPage::selectItemByKey(const QString &key)
{
    const QModelIndex found = findItem(*m_model, {}, key);
    if (!found.isValid())
        return false;
    clearFilters(); // the item must be visible to be selected
    selectItem(found.data(ChecklistModel::ItemIdRole).toLongLong());
    return true;
}

void ChecklistPage::setScanStore(const ScanStore *scanStore)
{
    m_scanStore = scanStore;
    refreshScanEvidence();
}

void ChecklistPage::refreshScanEvidence()
{
    loadSuggestions();
    const auto item = m_model->itemAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (item)
        showScanEvidence(*item);
}

void ChecklistPage::loadSuggestions()
{
    m_suggestions.clear();
    m_suggestionScan.reset();
    const qint64 assessmentId = m_model->assessmentId();
    if (!m_scanStore || assessmentId <= 0)
        return;
    auto suggestions = m_scanStore->suggestions(assessmentId);
    if (!suggestions) {
        emit errorOccurred(
                tr("Could not read the scan suggestions: %1").arg(suggestions.errorMessage()));
        return;
    }
    for (const ItemSuggestion &suggestion : suggestions.value())
        m_suggestions.insert(suggestion.itemId, suggestion);
    if (!m_suggestions.isEmpty()) {
        if (auto scan = m_scanStore->scan(m_suggestions.cbegin()->scanId))
            m_suggestionScan = scan.value();
    }
}

void ChecklistPage::showScanEvidence(const ItemRecord &item)
{
    if (!m_scanStore || item.checks.isEmpty())
        return;
    ItemScanEvidence evidence;
    evidence.checks = item.checks;
    if (const auto found = m_suggestions.constFind(item.id); found != m_suggestions.cend()) {
        evidence.suggestion = *found;
        evidence.scan = m_suggestionScan;
        auto findings = m_scanStore->findingsForItem(item.assessmentId, item.key);
        if (findings)
            evidence.findings = findings.value();
        else
            emit errorOccurred(
                    tr("Could not read the item's findings: %1").arg(findings.errorMessage()));
    }
    m_detail->setScanEvidence(evidence);
}

void ChecklistPage::commitPendingEdits()
{
    m_detail->commitPendingEdits();
}

void ChecklistPage::showCurrent()
{
    const QModelIndex source = m_proxy->mapToSource(m_tree->currentIndex());
    const auto item = m_model->itemAt(source);
    if (item) {
        m_detail->setItem(*item, locationOf(source));
        showScanEvidence(*item);
        emit currentItemChanged(item->id);
        return;
    }
    if (source.isValid()) {
        const QModelIndex progress = source.siblingAtColumn(ChecklistModel::StatusColumn);
        m_detail->clearItem(tr("%1\n\n%2 of %3 items assessed. Select an item to work on it.")
                                    .arg(source.data(ChecklistModel::TitleRole).toString())
                                    .arg(progress.data(ChecklistModel::AssessedCountRole).toInt())
                                    .arg(progress.data(ChecklistModel::TotalCountRole).toInt()));
    } else if (m_model->itemCount() > 0 && m_proxy->rowCount() == 0) {
        m_detail->clearItem(tr("No item matches the filters."));
    } else {
        m_detail->clearItem();
    }
    emit currentItemChanged(std::nullopt);
}

QString ChecklistPage::locationOf(const QModelIndex &sourceIndex) const
{
    const QModelIndex section = sourceIndex.parent();
    const QModelIndex tmpl = section.parent();
    return tr("%1 › %2").arg(tmpl.data(ChecklistModel::TitleRole).toString(),
                             section.data(ChecklistModel::TitleRole).toString());
}

void ChecklistPage::updateMatchCount()
{
    m_filterBar->setMatchCount(countItems(*m_proxy, {}), m_model->itemCount());
}

void ChecklistPage::focusTree()
{
    m_tree->setFocus(Qt::OtherFocusReason);
}

void ChecklistPage::focusFilter()
{
    m_filterBar->focusSearch();
}

void ChecklistPage::expandAll()
{
    m_tree->expandAll();
}

void ChecklistPage::collapseAll()
{
    m_tree->collapseAll();
}

void ChecklistPage::clearFilters()
{
    m_filterBar->clearFilters();
}

void ChecklistPage::showItems(const ChecklistFilter &filter)
{
    m_detail->commitPendingEdits();
    m_filterBar->applyFilter(filter);
    selectFirstItem();
}

void ChecklistPage::selectFirstItem()
{
    QModelIndex first = m_proxy->index(0, 0);
    while (first.isValid() && m_proxy->rowCount(first) > 0)
        first = m_proxy->index(0, 0, first);
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    }
    showCurrent();
}

QByteArray ChecklistPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << StateVersion << m_splitter->saveState() << m_tree->header()->saveState();
    return state;
}

void ChecklistPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    in >> magic >> version >> splitter >> header;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion)
        return;
    m_splitter->restoreState(splitter);
    m_tree->header()->restoreState(header);
    // The item column always takes the spare width, whatever an old state says.
    m_tree->header()->setSectionResizeMode(ChecklistModel::ItemColumn, QHeaderView::Stretch);
}

void ChecklistPage::setSignoffServices(SignoffServices *services)
{
    m_signoff = services;
    m_detail->setSignoffServices(services);
    refreshWaivers();
}

void ChecklistPage::refreshWaivers()
{
    if (!m_signoff || assessmentId() <= 0) {
        m_delegate->setEffectiveStatuses({});
        return;
    }
    auto statuses = m_signoff->effectiveStatuses(assessmentId());
    if (!statuses) {
        emit errorOccurred(tr("Could not read the waivers: %1").arg(statuses.errorMessage()));
        return;
    }
    m_delegate->setEffectiveStatuses(statuses.value());
    m_tree->viewport()->update();
}

} // namespace greenlight
