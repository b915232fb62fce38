#pragma once

#include <QObject>

#include "domain/Result.h"
#include "store/StoreRecords.h"

class QUndoStack;

namespace greenlight {

class AssessmentStore;
class ChecklistModel;

// The one path by which the GUI changes an item: every edit is stored at once through the
// store (one audited transaction), and only then mirrored into the ChecklistModel. User edits
// become EditItemCommands on the undo stack; undo and redo come back through apply(), so they
// are ordinary audited changes too. A failed store call changes nothing in the model.
class ItemEditor : public QObject
{
    Q_OBJECT

public:
    ItemEditor(AssessmentStore &store,
               ChecklistModel &model,
               QUndoStack &undoStack,
               QObject *parent = nullptr);

    // A user's edit: fields equal to the current state are dropped; if anything is left it is
    // stored and pushed as an undoable command. False when the store refused it.
    bool edit(qint64 itemId, const ItemEdit &edit);

    // Stores edit without touching the undo stack (for EditItemCommand).
    Result<ItemRecord> apply(qint64 itemId, const ItemEdit &edit);

    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

signals:
    void itemChanged(const greenlight::ItemRecord &record);
    void editFailed(const QString &message);

private:
    AssessmentStore &m_store;
    ChecklistModel &m_model;
    QUndoStack &m_undoStack;
    QString m_actor;
    bool m_lastApplyFailed = false;
};

} // namespace greenlight
