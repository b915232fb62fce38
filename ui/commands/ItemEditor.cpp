#include "ItemEditor.h"

#include <spdlog/spdlog.h>

#include <QUndoStack>

#include "EditItemCommand.h"
#include "domain/Identity.h"
#include "itemmodels/ChecklistModel.h"
#include "store/AssessmentStore.h"

namespace greenlight {

ItemEditor::ItemEditor(AssessmentStore &store,
                       ChecklistModel &model,
                       QUndoStack &undoStack,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_actor(currentActor())
{}

bool ItemEditor::edit(qint64 itemId, const ItemEdit &edit)
{
    std::optional<ItemRecord> current = m_model.itemById(itemId);
    if (!current) {
        auto fetched = m_store.item(itemId);
        if (!fetched) {
            emit editFailed(fetched.errorMessage());
            return false;
        }
        current = std::move(fetched).value();
    }

    ItemEdit before;
    ItemEdit after;
    if (edit.status && *edit.status != current->status) {
        before.status = current->status;
        after.status = edit.status;
    }
    if (edit.owner && *edit.owner != current->owner) {
        before.owner = current->owner;
        after.owner = edit.owner;
    }
    if (edit.note && *edit.note != current->note) {
        before.note = current->note;
        after.note = edit.note;
    }
    if (after.isEmpty())
        return true;

    // push() runs redo(), which stores the edit; a command whose first redo failed is
    // obsolete and the stack deletes it, so nothing undoable is left behind.
    m_lastApplyFailed = false;
    m_undoStack.push(new EditItemCommand(*this, itemId, current->key, before, after));
    return !m_lastApplyFailed;
}

Result<ItemRecord> ItemEditor::apply(qint64 itemId, const ItemEdit &edit)
{
    auto updated = m_store.updateItem(itemId, edit, m_actor);
    if (!updated) {
        m_lastApplyFailed = true;
        spdlog::warn("could not store edit of item {}: {}",
                     itemId,
                     updated.errorMessage().toStdString());
        emit editFailed(updated.errorMessage());
        return updated;
    }
    m_model.updateItem(updated.value());
    emit itemChanged(updated.value());
    return updated;
}

} // namespace greenlight
