#include <QTest>
#include <QUndoStack>

#include "StoreFixture.h"
#include "commands/EditItemCommand.h"
#include "commands/ItemEditor.h"
#include "itemmodels/ChecklistModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_EditItemCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void undoRedoGoThroughTheStore();
    void text_data();
    void text();
    void consecutiveNoteEditsMerge();
    void noteTypedBackToOriginalLeavesNothingToUndo();
    void otherEditsBreakTheMerge();

private:
    ItemEdit noteEdit(const QString &note) const;
    ItemRecord stored(const QString &key) const;

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<ChecklistModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ItemEditor> m_editor;
    qint64 m_assessment = 0;
};

void tst_EditItemCommand::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh());
    m_assessment = m_fixture->createPayments(u"Go-live"_s);
    m_model = std::make_unique<ChecklistModel>(m_fixture->store());
    QVERIFY(m_model->load(m_assessment).ok());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ItemEditor>(m_fixture->store(), *m_model, *m_stack);
}

void tst_EditItemCommand::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_model.reset();
    m_fixture.reset();
}

ItemEdit tst_EditItemCommand::noteEdit(const QString &note) const
{
    ItemEdit edit;
    edit.note = note;
    return edit;
}

ItemRecord tst_EditItemCommand::stored(const QString &key) const
{
    return m_fixture->store().findItem(m_assessment, key).value();
}

void tst_EditItemCommand::undoRedoGoThroughTheStore()
{
    const qint64 id = m_fixture->itemId(m_assessment, u"A-002"_s);
    ItemEdit edit;
    edit.status = ItemStatus::Passed;
    QVERIFY(m_editor->edit(id, edit));
    QCOMPARE(stored(u"A-002"_s).status, ItemStatus::Passed);

    m_stack->undo();
    QCOMPARE(stored(u"A-002"_s).status, ItemStatus::NotStarted);
    QCOMPARE(m_model->itemById(id)->status, ItemStatus::NotStarted);
    m_stack->redo();
    QCOMPARE(stored(u"A-002"_s).status, ItemStatus::Passed);
    QCOMPARE(m_model->itemById(id)->status, ItemStatus::Passed);

    // Each step is its own audited change: set, undo, redo.
    const auto events = m_fixture->store().auditEvents(m_assessment, id);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(1).oldValue, u"passed"_s);
    QCOMPARE(events->at(1).newValue, u"not_started"_s);
}

void tst_EditItemCommand::text_data()
{
    QTest::addColumn<std::optional<ItemStatus>>("status");
    QTest::addColumn<std::optional<QString>>("owner");
    QTest::addColumn<std::optional<QString>>("note");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status") << std::optional(ItemStatus::Failed) << std::optional<QString>()
                            << std::optional<QString>() << u"Set A-004 to Failed"_s;
    QTest::newRow("owner") << std::optional<ItemStatus>() << std::optional(u"sam"_s)
                           << std::optional<QString>() << u"Set owner of A-004 to sam"_s;
    QTest::newRow("note") << std::optional<ItemStatus>() << std::optional<QString>()
                          << std::optional(u"x"_s) << u"Edit note of A-004"_s;
    QTest::newRow("several") << std::optional(ItemStatus::Passed) << std::optional(u"sam"_s)
                             << std::optional<QString>() << u"Edit A-004"_s;
}

void tst_EditItemCommand::text()
{
    QFETCH(std::optional<ItemStatus>, status);
    QFETCH(std::optional<QString>, owner);
    QFETCH(std::optional<QString>, note);
    QFETCH(QString, expected);
    ItemEdit edit;
    edit.status = status;
    edit.owner = owner;
    edit.note = note;
    QVERIFY(m_editor->edit(m_fixture->itemId(m_assessment, u"A-004"_s), edit));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), expected);
}

void tst_EditItemCommand::consecutiveNoteEditsMerge()
{
    const qint64 id = m_fixture->itemId(m_assessment, u"A-003"_s);
    QVERIFY(m_editor->edit(id, noteEdit(u"Run"_s)));
    QVERIFY(m_editor->edit(id, noteEdit(u"Runbook"_s)));
    QVERIFY(m_editor->edit(id, noteEdit(u"Runbook in the wiki"_s)));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(stored(u"A-003"_s).note, u"Runbook in the wiki"_s);

    m_stack->undo();
    QCOMPARE(stored(u"A-003"_s).note, QString());
    m_stack->redo();
    QCOMPARE(stored(u"A-003"_s).note, u"Runbook in the wiki"_s);
}

void tst_EditItemCommand::noteTypedBackToOriginalLeavesNothingToUndo()
{
    const qint64 id = m_fixture->itemId(m_assessment, u"A-003"_s);
    QVERIFY(m_editor->edit(id, noteEdit(u"oops"_s)));
    QVERIFY(m_editor->edit(id, noteEdit(QString())));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(stored(u"A-003"_s).note, QString());
}

void tst_EditItemCommand::otherEditsBreakTheMerge()
{
    const qint64 a = m_fixture->itemId(m_assessment, u"A-003"_s);
    const qint64 b = m_fixture->itemId(m_assessment, u"A-004"_s);
    QVERIFY(m_editor->edit(a, noteEdit(u"one"_s)));
    QVERIFY(m_editor->edit(b, noteEdit(u"other item"_s)));
    ItemEdit status;
    status.status = ItemStatus::InProgress;
    QVERIFY(m_editor->edit(a, status));
    QVERIFY(m_editor->edit(a, noteEdit(u"two"_s)));
    QCOMPARE(m_stack->count(), 4);

    m_stack->undo();
    QCOMPARE(stored(u"A-003"_s).note, u"one"_s);
    QCOMPARE(stored(u"A-003"_s).status, ItemStatus::InProgress);
    m_stack->undo();
    QCOMPARE(stored(u"A-003"_s).status, ItemStatus::NotStarted);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_EditItemCommand)
#include "tst_EditItemCommand.moc"
