#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "StoreFixture.h"
#include "TemplateFixtures.h"
#include "itemmodels/AssessmentListModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_AssessmentListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyStore();
    void reloadListsNewestFirst();
    void displayAndRoles_data();
    void displayAndRoles();
    void createInsertsOneRowAtTop();
    void renameChangesOneRow();
    void renameToEmptyNameFailsAndKeepsRow();
    void deleteRemovesOneRowAndHidesInStore();
    void deleteUnknownIdFails();
    void refreshPicksUpExternalChanges();
    void indexOfAndAssessmentAt();

private:
    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<AssessmentListModel> m_model;
};

void tst_AssessmentListModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh());
    m_model = std::make_unique<AssessmentListModel>(m_fixture->store());
    new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void tst_AssessmentListModel::cleanup()
{
    m_model.reset();
    m_fixture.reset();
}

void tst_AssessmentListModel::emptyStore()
{
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->assessmentAt(0).has_value());
    QCOMPARE(m_model->rowOf(1), -1);
}

void tst_AssessmentListModel::reloadListsNewestFirst()
{
    // A minute apart, so the order comes from the creation times, not the id tie-break.
    const qint64 first = m_fixture->createPayments(u"First"_s);
    m_fixture->clock().advanceSeconds(60);
    const qint64 second = m_fixture->createPayments(u"Second"_s);
    m_fixture->clock().advanceSeconds(60);
    const qint64 third = m_fixture->createPayments(u"Third"_s);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->data(m_model->index(0), AssessmentListModel::IdRole).toLongLong(), third);
    QCOMPARE(m_model->data(m_model->index(1), AssessmentListModel::IdRole).toLongLong(), second);
    QCOMPARE(m_model->data(m_model->index(2), AssessmentListModel::IdRole).toLongLong(), first);
}

void tst_AssessmentListModel::displayAndRoles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("display") << int(Qt::DisplayRole) << QVariant(u"Go-live — Payments 2.4"_s);
    QTest::newRow("name") << int(AssessmentListModel::NameRole) << QVariant(u"Go-live"_s);
    QTest::newRow("system") << int(AssessmentListModel::SystemRole) << QVariant(u"Payments"_s);
    QTest::newRow("release") << int(AssessmentListModel::ReleaseRole) << QVariant(u"2.4"_s);
    QTest::newRow("repository") << int(AssessmentListModel::RepositoryPathRole)
                                << QVariant(u"/srv/payments"_s);
    QTest::newRow("created by") << int(AssessmentListModel::CreatedByRole)
                                << QVariant(test::StoreFixture::actor());
    QTest::newRow("created at") << int(AssessmentListModel::CreatedAtRole)
                                << QVariant(test::StoreFixture::startTime());
    QTest::newRow("templates") << int(AssessmentListModel::TemplateIdsRole)
                               << QVariant(QStringList{u"alpha"_s, u"beta"_s});
}

void tst_AssessmentListModel::displayAndRoles()
{
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    QVERIFY(m_fixture->createPayments(u"Go-live"_s) > 0);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    QVariant actual = m_model->data(m_model->index(0), role);
    if (expected.metaType() == QMetaType::fromType<QDateTime>())
        QCOMPARE(actual.toDateTime().toUTC(), expected.toDateTime());
    else
        QCOMPARE(actual, expected);
    QVERIFY(m_model->roleNames().contains(AssessmentListModel::IdRole));
}

void tst_AssessmentListModel::createInsertsOneRowAtTop()
{
    m_fixture->createPayments(u"Older"_s);
    QVERIFY(m_model->reload().ok());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    NewAssessment a;
    a.name = u"Newer"_s;
    a.system = u"Ledger"_s;
    a.release = u"1.0"_s;
    a.templates = {test::alphaTemplate()};
    m_fixture->clock().advanceSeconds(3600);
    auto created = m_model->createAssessment(a, u"tester"_s);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(created.value()), 0);
    QCOMPARE(m_model->index(0).data().toString(), u"Newer — Ledger 1.0"_s);
    QCOMPARE(m_fixture->store().assessments()->size(), 2);
}

void tst_AssessmentListModel::renameChangesOneRow()
{
    const qint64 a = m_fixture->createPayments(u"Alpha"_s);
    const qint64 b = m_fixture->createPayments(u"Beta"_s);
    QVERIFY(m_model->reload().ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_model->renameAssessment(a, u"Alpha renamed"_s, u"tester"_s).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex row = changed.at(0).at(0).value<QModelIndex>();
    QCOMPARE(row.row(), m_model->rowOf(a));
    QCOMPARE(m_model->data(m_model->indexOf(a), AssessmentListModel::NameRole).toString(),
             u"Alpha renamed"_s);
    QCOMPARE(m_model->data(m_model->indexOf(b), AssessmentListModel::NameRole).toString(),
             u"Beta"_s);
    QCOMPARE(m_fixture->store().assessment(a)->name, u"Alpha renamed"_s);
}

void tst_AssessmentListModel::renameToEmptyNameFailsAndKeepsRow()
{
    const qint64 a = m_fixture->createPayments(u"Alpha"_s);
    QVERIFY(m_model->reload().ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const auto renamed = m_model->renameAssessment(a, QString(), u"tester"_s);
    QVERIFY(!renamed.ok());
    QVERIFY(!renamed.errorMessage().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->assessmentById(a)->name, u"Alpha"_s);
}

void tst_AssessmentListModel::deleteRemovesOneRowAndHidesInStore()
{
    const qint64 a = m_fixture->createPayments(u"Alpha"_s);
    const qint64 b = m_fixture->createPayments(u"Beta"_s);
    const qint64 c = m_fixture->createPayments(u"Gamma"_s);
    QVERIFY(m_model->reload().ok());
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    QVERIFY(m_model->deleteAssessment(b, u"tester"_s).ok());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(b), -1);
    QCOMPARE(m_model->rowOf(c), 0);
    QCOMPARE(m_model->rowOf(a), 1);
    QCOMPARE(m_fixture->store().assessments()->size(), 2);

    // The audit trail of the deleted assessment stays.
    const auto events = m_fixture->store().auditEvents(b);
    QVERIFY(events.ok());
    QVERIFY(!events->isEmpty());
}

void tst_AssessmentListModel::deleteUnknownIdFails()
{
    m_fixture->createPayments(u"Alpha"_s);
    QVERIFY(m_model->reload().ok());
    QVERIFY(!m_model->deleteAssessment(4242, u"tester"_s).ok());
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_AssessmentListModel::refreshPicksUpExternalChanges()
{
    const qint64 a = m_fixture->createPayments(u"Alpha"_s);
    QVERIFY(m_model->reload().ok());

    // Created behind the model's back (as "Open the demo" does).
    const qint64 b = m_fixture->createPayments(u"Beta"_s);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->refreshAssessment(b).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowOf(b), 0);

    // Refreshing a known row changes it in place.
    QVERIFY(m_fixture->store().renameAssessment(a, u"Alpha 2"_s, u"tester"_s).ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->refreshAssessment(a).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->assessmentById(a)->name, u"Alpha 2"_s);

    // Deleted elsewhere: the row goes.
    QVERIFY(m_fixture->store().deleteAssessment(a, u"tester"_s).ok());
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->refreshAssessment(a).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
}

void tst_AssessmentListModel::indexOfAndAssessmentAt()
{
    const qint64 a = m_fixture->createPayments(u"Alpha"_s);
    QVERIFY(m_model->reload().ok());
    const QModelIndex index = m_model->indexOf(a);
    QVERIFY(index.isValid());
    QCOMPARE(m_model->assessmentAt(index.row())->id, a);
    QCOMPARE(m_model->assessmentAt(index.row())->templates.size(), 2);
    QVERIFY(!m_model->indexOf(a + 100).isValid());
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_AssessmentListModel)
#include "tst_AssessmentListModel.moc"
