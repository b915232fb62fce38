#include "EditItemCommand.h"

#include <QCoreApplication>

#include "ItemEditor.h"

namespace greenlight {

EditItemCommand::EditItemCommand(ItemEditor &editor,
                                 qint64 itemId,
                                 const QString &itemKey,
                                 const ItemEdit &before,
                                 const ItemEdit &after,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_editor(editor)
    , m_itemId(itemId)
    , m_itemKey(itemKey)
    , m_before(before)
    , m_after(after)
{
    setText(describe());
}

void EditItemCommand::undo()
{
    store(m_before);
}

void EditItemCommand::redo()
{
    store(m_after);
}

void EditItemCommand::store(const ItemEdit &edit)
{
    if (!m_editor.apply(m_itemId, edit))
        setObsolete(true);
}

int EditItemCommand::id() const
{
    return isNoteOnly() ? NoteEditId : -1;
}

bool EditItemCommand::isNoteOnly() const
{
    return m_after.note && !m_after.status && !m_after.owner;
}

bool EditItemCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditItemCommand *>(other);
    if (!next || next->isObsolete() || next->m_itemId != m_itemId || !next->isNoteOnly())
        return false;
    m_after.note = next->m_after.note;
    // Typed back to where it started: nothing left to undo.
    if (m_after.note == m_before.note)
        setObsolete(true);
    setText(describe());
    return true;
}

QString EditItemCommand::describe() const
{
    if (m_after.status && !m_after.owner && !m_after.note) {
        return QCoreApplication::translate("greenlight::EditItemCommand", "Set %1 to %2")
                .arg(m_itemKey, itemStatusDisplayName(*m_after.status));
    }
    if (m_after.owner && !m_after.status && !m_after.note) {
        if (m_after.owner->isEmpty())
            return QCoreApplication::translate("greenlight::EditItemCommand", "Clear owner of %1")
                    .arg(m_itemKey);
        return QCoreApplication::translate("greenlight::EditItemCommand", "Set owner of %1 to %2")
                .arg(m_itemKey, *m_after.owner);
    }
    if (isNoteOnly())
        return QCoreApplication::translate("greenlight::EditItemCommand", "Edit note of %1")
                .arg(m_itemKey);
    return QCoreApplication::translate("greenlight::EditItemCommand", "Edit %1").arg(m_itemKey);
}

} // namespace greenlight
