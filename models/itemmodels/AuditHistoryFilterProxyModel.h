#pragma once

#include <optional>

#include <QSortFilterProxyModel>

namespace greenlight {

// Narrows an AuditHistoryModel to one item and/or to events whose who, item, change, old or
// new value contains a text (case-insensitive). Sorts by AuditHistoryModel::SortRole.
class AuditHistoryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditHistoryFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setItemId(std::optional<qint64> itemId); // nullopt: the whole assessment
    std::optional<qint64> itemId() const { return m_itemId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<qint64> m_itemId;
};

} // namespace greenlight
