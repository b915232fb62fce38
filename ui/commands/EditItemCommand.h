#pragma once

#include <QUndoCommand>

#include "store/StoreRecords.h"

namespace greenlight {

class ItemEditor;

// One undoable edit of an item's status, owner and/or note. redo() and undo() store the
// new or old values through the ItemEditor, so each is an audited change of its own. A
// command whose store call fails marks itself obsolete and the QUndoStack drops it.
// Consecutive note edits of the same item merge, so undo restores the note as it was before
// the user started typing rather than one autosave at a time.
class EditItemCommand : public QUndoCommand
{
public:
    static constexpr int NoteEditId = 0x4e4f5445; // "NOTE"

    EditItemCommand(ItemEditor &editor,
                    qint64 itemId,
                    const QString &itemKey,
                    const ItemEdit &before,
                    const ItemEdit &after,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    qint64 itemId() const { return m_itemId; }
    const ItemEdit &before() const { return m_before; }
    const ItemEdit &after() const { return m_after; }

private:
    bool isNoteOnly() const;
    void store(const ItemEdit &edit);
    QString describe() const;

    ItemEditor &m_editor;
    qint64 m_itemId;
    QString m_itemKey;
    ItemEdit m_before;
    ItemEdit m_after;
};

} // namespace greenlight
