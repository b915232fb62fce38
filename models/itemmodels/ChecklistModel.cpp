#include "ChecklistModel.h"

#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

struct ChecklistModel::Node
{
    NodeKind kind = NodeKind::Template;
    Node *parent = nullptr;
    int row = 0;
    QString id; // template or section id
    QString title;
    int itemIndex = -1; // into m_items, items only
    int firstPosition = 0;
    std::array<int, ItemStatusCount> counts{}; // items below, by status
    int total = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *addChild(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    int assessed() const
    {
        return counts[std::size_t(ItemStatus::Passed)] + counts[std::size_t(ItemStatus::Failed)]
               + counts[std::size_t(ItemStatus::NotApplicable)];
    }
};

ChecklistModel::ChecklistModel(AssessmentStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_root(std::make_unique<Node>())
{}

ChecklistModel::~ChecklistModel() = default;

ChecklistModel::Node *ChecklistModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ChecklistModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return indexFor(node->parent, 0);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFor(index)->kind == NodeKind::Item)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (node->kind == NodeKind::Item)
        return itemData(m_items.at(node->itemIndex), index.column(), role);
    return groupData(*node, index.column(), role);
}

QVariant ChecklistModel::itemData(const ItemRecord &item, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ItemColumn:
            return u"%1  %2"_s.arg(item.key, item.title);
        case StatusColumn:
            return itemStatusDisplayName(item.status);
        case SeverityColumn:
            return severityDisplayName(item.severity);
        case OwnerColumn:
            return item.owner;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ItemColumn)
            return u"%1 %2"_s.arg(item.key, item.title);
        if (column == OwnerColumn && !item.note.isEmpty())
            return item.note;
        return {};
    case ItemIdRole:
        return item.id;
    case ItemKeyRole:
        return item.key;
    case TitleRole:
        return item.title;
    case StatusRole:
        return int(item.status);
    case SeverityRole:
        return int(item.severity);
    case EvidenceRole:
        return int(item.evidence);
    case OwnerRole:
        return item.owner;
    case NoteRole:
        return item.note;
    case GuidanceRole:
        return item.guidance;
    case ReferencesRole:
        return item.references;
    case TagsRole:
        return item.tags;
    case NodeKindRole:
        return int(NodeKind::Item);
    case SortRole:
        switch (column) {
        case StatusColumn:
            return int(item.status);
        case SeverityColumn:
            return int(item.severity);
        case OwnerColumn:
            return item.owner.toCaseFolded();
        default:
            return item.position;
        }
    case TemplateIdRole:
        return item.templateId;
    case SectionIdRole:
        return item.sectionId;
    case AssessedCountRole:
        return isAssessed(item.status) ? 1 : 0;
    case TotalCountRole:
        return 1;
    case FailedCountRole:
        return item.status == ItemStatus::Failed ? 1 : 0;
    default:
        return {};
    }
}

QVariant ChecklistModel::groupData(const Node &node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == ItemColumn)
            return node.title;
        if (column == StatusColumn)
            //: Progress of a template or section: assessed items / all items
            return tr("%1/%2").arg(node.assessed()).arg(node.total);
        return {};
    case Qt::ToolTipRole:
        if (column == StatusColumn) {
            return tr("%1 of %2 assessed: %3 passed, %4 failed, %5 not applicable")
                    .arg(node.assessed())
                    .arg(node.total)
                    .arg(node.counts[std::size_t(ItemStatus::Passed)])
                    .arg(node.counts[std::size_t(ItemStatus::Failed)])
                    .arg(node.counts[std::size_t(ItemStatus::NotApplicable)]);
        }
        return {};
    case TitleRole:
        return node.title;
    case NodeKindRole:
        return int(node.kind);
    case SortRole:
        // Groups keep their template order whatever column the items are sorted by.
        return node.firstPosition;
    case TemplateIdRole:
        return node.kind == NodeKind::Template ? node.id : node.parent->id;
    case SectionIdRole:
        return node.kind == NodeKind::Section ? node.id : QVariant();
    case AssessedCountRole:
        return node.assessed();
    case TotalCountRole:
        return node.total;
    case FailedCountRole:
        return node.counts[std::size_t(ItemStatus::Failed)];
    default:
        return {};
    }
}

QHash<int, QByteArray> ChecklistModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(ItemKeyRole, "key");
    names.insert(TitleRole, "title");
    names.insert(StatusRole, "status");
    names.insert(SeverityRole, "severity");
    names.insert(EvidenceRole, "evidence");
    names.insert(OwnerRole, "owner");
    names.insert(NoteRole, "note");
    names.insert(GuidanceRole, "guidance");
    names.insert(ReferencesRole, "references");
    names.insert(TagsRole, "tags");
    names.insert(NodeKindRole, "nodeKind");
    names.insert(SortRole, "sortKey");
    names.insert(TemplateIdRole, "templateId");
    names.insert(SectionIdRole, "sectionId");
    names.insert(AssessedCountRole, "assessedCount");
    names.insert(TotalCountRole, "totalCount");
    names.insert(FailedCountRole, "failedCount");
    return names;
}

Result<void> ChecklistModel::load(qint64 assessmentId)
{
    auto info = m_store.assessment(assessmentId);
    auto items = info ? m_store.items(assessmentId) : Result<QList<ItemRecord>>(info.error());

    beginResetModel();
    m_root = std::make_unique<Node>();
    m_itemNodes.clear();
    m_items.clear();
    m_assessmentId = 0;
    if (!items) {
        endResetModel();
        return items.error();
    }

    m_assessmentId = assessmentId;
    m_items = std::move(items).value();
    QHash<QString, QString> templateTitles;
    for (const TemplateRef &ref : info->templates)
        templateTitles.insert(ref.id, ref.title);

    // Items arrive in position order, so consecutive runs form the templates and sections.
    Node *templateNode = nullptr;
    Node *sectionNode = nullptr;
    for (int i = 0; i < m_items.size(); ++i) {
        const ItemRecord &item = m_items.at(i);
        if (!templateNode || templateNode->id != item.templateId) {
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Template;
            node->id = item.templateId;
            node->title = templateTitles.value(item.templateId, item.templateId);
            node->firstPosition = item.position;
            templateNode = m_root->addChild(std::move(node));
            sectionNode = nullptr;
        }
        if (!sectionNode || sectionNode->id != item.sectionId) {
            auto node = std::make_unique<Node>();
            node->kind = NodeKind::Section;
            node->id = item.sectionId;
            node->title = item.sectionTitle;
            node->firstPosition = item.position;
            sectionNode = templateNode->addChild(std::move(node));
        }
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Item;
        node->itemIndex = i;
        node->firstPosition = item.position;
        m_itemNodes.insert(item.id, sectionNode->addChild(std::move(node)));
        for (Node *group : {sectionNode, templateNode}) {
            ++group->counts[std::size_t(item.status)];
            ++group->total;
        }
    }
    endResetModel();
    return {};
}

void ChecklistModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_itemNodes.clear();
    m_items.clear();
    m_assessmentId = 0;
    endResetModel();
}

bool ChecklistModel::updateItem(const ItemRecord &record)
{
    Node *node = m_itemNodes.value(record.id);
    if (!node)
        return false;
    ItemRecord &item = m_items[node->itemIndex];
    const ItemStatus oldStatus = item.status;
    item = record;
    emit dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
    if (oldStatus == record.status)
        return true;
    for (Node *group = node->parent; group && group != m_root.get(); group = group->parent) {
        --group->counts[std::size_t(oldStatus)];
        ++group->counts[std::size_t(record.status)];
        emit dataChanged(indexFor(group, 0), indexFor(group, ColumnCount - 1));
    }
    return true;
}

std::optional<ItemRecord> ChecklistModel::itemAt(const QModelIndex &index) const
{
    // No checkIndex(): asking about "no index" (nothing selected) is a normal question here.
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const Node *node = nodeFor(index);
    if (node->kind != NodeKind::Item)
        return std::nullopt;
    return m_items.at(node->itemIndex);
}

std::optional<ItemRecord> ChecklistModel::itemById(qint64 itemId) const
{
    const Node *node = m_itemNodes.value(itemId);
    if (!node)
        return std::nullopt;
    return m_items.at(node->itemIndex);
}

QModelIndex ChecklistModel::indexOfItem(qint64 itemId, int column) const
{
    return indexFor(m_itemNodes.value(itemId), column);
}

} // namespace greenlight
