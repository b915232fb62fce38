#pragma once

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include "domain/Result.h"
#include "store/StoreRecords.h"

namespace greenlight {

class AssessmentStore;

// The checklist of one assessment as a tree: template -> section -> item, with the columns
// Item, Status, Severity and Owner. Group rows (templates, sections) carry their progress
// ("12/30" assessed). Read from the store in one load; afterwards updateItem() mirrors a
// stored edit with dataChanged() on that row and its ancestors only.
// Colours and icons are the view's business (ui/ delegates), not this model's.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, StatusColumn, SeverityColumn, OwnerColumn, ColumnCount };
    Q_ENUM(Column)

    enum class NodeKind { Template, Section, Item };
    Q_ENUM(NodeKind)

    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64, items only
        ItemKeyRole,                   // "SEC-012"
        TitleRole,                     // item, section or template title
        StatusRole,                    // int(ItemStatus), items only
        SeverityRole,                  // int(Severity), items only
        EvidenceRole,                  // int(EvidenceRequirement), items only
        OwnerRole,
        NoteRole,
        GuidanceRole,
        ReferencesRole, // QStringList
        TagsRole,       // QStringList
        NodeKindRole,   // int(NodeKind)
        SortRole,       // per column: position, status, severity, owner (case-folded)
        TemplateIdRole,
        SectionIdRole,
        AssessedCountRole, // groups: passed + failed + not applicable; items: 0 or 1
        TotalCountRole,    // groups: item count; items: 1
        FailedCountRole,
    };
    Q_ENUM(Role)

    explicit ChecklistModel(AssessmentStore &store, QObject *parent = nullptr);
    ~ChecklistModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the tree with the assessment's items. On error the model is left empty.
    Result<void> load(qint64 assessmentId);
    void clear();
    qint64 assessmentId() const { return m_assessmentId; }

    // Mirrors a stored change of one item; false when the item is not in this model.
    bool updateItem(const ItemRecord &record);

    std::optional<ItemRecord> itemAt(const QModelIndex &index) const;
    std::optional<ItemRecord> itemById(qint64 itemId) const;
    QModelIndex indexOfItem(qint64 itemId, int column = ItemColumn) const;
    int itemCount() const { return int(m_items.size()); }

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column) const;
    QVariant itemData(const ItemRecord &item, int column, int role) const;
    QVariant groupData(const Node &node, int column, int role) const;

    AssessmentStore &m_store;
    qint64 m_assessmentId = 0;
    QList<ItemRecord> m_items;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_itemNodes;
};

} // namespace greenlight
