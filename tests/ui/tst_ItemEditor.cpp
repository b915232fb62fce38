#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include "StoreFixture.h"
#include "commands/ItemEditor.h"
#include "itemmodels/ChecklistModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_ItemEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editStoresAuditsAndUpdatesModel();
    void unchangedFieldsAreDropped();
    void failedEditChangesNothing();
    void lockedStoreIsReportedNotApplied();

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<ChecklistModel> m_model;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ItemEditor> m_editor;
    qint64 m_assessment = 0;
};

void tst_ItemEditor::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh());
    m_assessment = m_fixture->createPayments(u"Go-live"_s);
    m_model = std::make_unique<ChecklistModel>(m_fixture->store());
    QVERIFY(m_model->load(m_assessment).ok());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ItemEditor>(m_fixture->store(), *m_model, *m_stack);
    m_editor->setActor(u"editor-test"_s);
}

void tst_ItemEditor::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_model.reset();
    m_fixture.reset();
}

void tst_ItemEditor::editStoresAuditsAndUpdatesModel()
{
    const qint64 id = m_fixture->itemId(m_assessment, u"A-004"_s);
    QSignalSpy changed(m_editor.get(), &ItemEditor::itemChanged);
    ItemEdit edit;
    edit.status = ItemStatus::Failed;
    edit.owner = u"sam"_s;
    QVERIFY(m_editor->edit(id, edit));

    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_stack->count(), 1);
    const auto stored = m_fixture->store().item(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, ItemStatus::Failed);
    QCOMPARE(stored->owner, u"sam"_s);
    QCOMPARE(stored->updatedBy, u"editor-test"_s);
    QCOMPARE(m_model->itemById(id)->status, ItemStatus::Failed);
    const auto events = m_fixture->store().auditEvents(m_assessment, id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2); // one per changed field
    QCOMPARE(events->last().actor, u"editor-test"_s);
}

void tst_ItemEditor::unchangedFieldsAreDropped()
{
    const qint64 id = m_fixture->itemId(m_assessment, u"A-003"_s);
    ItemEdit same;
    same.status = ItemStatus::NotStarted;
    same.owner = QString();
    QVERIFY(m_editor->edit(id, same));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_fixture->store().auditEvents(m_assessment, id)->size(), 0);
}

void tst_ItemEditor::failedEditChangesNothing()
{
    QSignalSpy failed(m_editor.get(), &ItemEditor::editFailed);
    QSignalSpy changed(m_editor.get(), &ItemEditor::itemChanged);
    ItemEdit edit;
    edit.status = ItemStatus::Passed;
    QVERIFY(!m_editor->edit(999999, edit));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_stack->count(), 0);
}

void tst_ItemEditor::lockedStoreIsReportedNotApplied()
{
    // Another writer holds the database: the edit fails as the store reports it, and neither
    // the model nor the undo stack pretends otherwise.
    Database::setBusyTimeoutOverride(50);
    test::StoreFixture fixture;
    QVERIFY(fixture.openFresh());
    const qint64 assessment = fixture.createPayments(u"Locked"_s);
    ChecklistModel model(fixture.store());
    QVERIFY(model.load(assessment).ok());
    QUndoStack stack;
    ItemEditor editor(fixture.store(), model, stack);
    const qint64 id = fixture.itemId(assessment, u"alpha:A-001"_s);

    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(fixture.path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

        QSignalSpy failed(&editor, &ItemEditor::editFailed);
        ItemEdit edit;
        edit.status = ItemStatus::Passed;
        QVERIFY(!editor.edit(id, edit));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(model.itemById(id)->status, ItemStatus::NotStarted);

        QVERIFY(lock.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    Database::setBusyTimeoutOverride(0);
    QCOMPARE(fixture.store().item(id)->status, ItemStatus::NotStarted);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ItemEditor)
#include "tst_ItemEditor.moc"
