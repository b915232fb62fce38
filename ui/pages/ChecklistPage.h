#pragma once

#include <optional>

#include <QHash>
#include <QWidget>

#include "domain/ItemStatus.h"
#include "domain/Result.h"
#include "store/ScanRecords.h"
#include "store/StoreRecords.h"

class QSplitter;
class QTreeView;
class QUndoStack;

namespace greenlight {

class AssessmentStore;
class ChecklistFilterProxyModel;
class ChecklistModel;
class FilterBar;
class ItemDetailPane;
class ItemEditor;
class ScanStore;
class SignoffServices;
class ChecklistItemDelegate;
struct ChecklistFilter;

// One assessment's checklist: the filter bar, the template -> section -> item tree and the
// detail pane of the current item. Every edit goes through the ItemEditor (store first,
// then model), and itemChanged() tells the window to refresh its progress.
class ChecklistPage : public QWidget
{
    Q_OBJECT

public:
    ChecklistPage(AssessmentStore &store, QUndoStack &undoStack, QWidget *parent = nullptr);

    Result<void> loadAssessment(qint64 assessmentId);
    void clear();
    qint64 assessmentId() const;

    // Sets the status of the current item (keyboard shortcuts); false without a current item.
    bool setCurrentItemStatus(ItemStatus status);
    bool hasCurrentItem() const;
    std::optional<ItemRecord> currentItem() const;
    void selectItem(qint64 itemId);
    // key is a template item id ("SEC-012") or "template-id:SEC-012"; false when unknown.
    bool selectItemByKey(const QString &key);
    void commitPendingEdits();

    void focusTree();
    void focusFilter();
    void expandAll();
    void collapseAll();
    void clearFilters();
    // Replaces the filters with filter (the dashboard's "show me these items") and selects
    // the first item shown.
    void showItems(const ChecklistFilter &filter);

    // With a scan store, items with checks: show what the latest scan suggests and their
    // open findings. refreshScanEvidence() re-reads it after a scan was recorded.
    void setScanStore(const ScanStore *scanStore);
    void refreshScanEvidence();

    // Evidence and waivers in the detail pane; waived items shown as such in the tree.
    void setSignoffServices(SignoffServices *services);
    void refreshWaivers();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    ChecklistModel *model() const { return m_model; }
    ChecklistFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    ItemDetailPane *detailPane() const { return m_detail; }
    FilterBar *filterBar() const { return m_filterBar; }
    ItemEditor *editor() const { return m_editor; }

signals:
    void itemChanged(const greenlight::ItemRecord &record);
    void currentItemChanged(std::optional<qint64> itemId);
    void errorOccurred(const QString &message);
    void findingActivated(const QString &fingerprint);

private:
    void showCurrent();
    void selectFirstItem();
    void updateMatchCount();
    QString locationOf(const QModelIndex &sourceIndex) const;
    void loadSuggestions();
    void showScanEvidence(const ItemRecord &item);

    ChecklistModel *m_model;
    ChecklistFilterProxyModel *m_proxy;
    ItemEditor *m_editor;
    FilterBar *m_filterBar;
    QTreeView *m_tree;
    ItemDetailPane *m_detail;
    QSplitter *m_splitter;
    const ScanStore *m_scanStore = nullptr;
    SignoffServices *m_signoff = nullptr;
    ChecklistItemDelegate *m_delegate = nullptr;
    QHash<qint64, ItemSuggestion> m_suggestions; // by item id, from the latest complete scan
    std::optional<ScanRecord> m_suggestionScan;
};

} // namespace greenlight
