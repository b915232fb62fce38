#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "StoreFixture.h"
#include "itemmodels/ChecklistModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_ChecklistModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyModel();
    void treeShape();
    void headers();
    void itemColumns_data();
    void itemColumns();
    void itemRoles();
    void groupProgressText();
    void stateLoadedFromStore();
    void updateItemChangesRowAndAncestorsOnly();
    void updateWithoutStatusChangeTouchesItemRowOnly();
    void updateUnknownItemIsIgnored();
    void sortRole();
    void lookups();
    void loadUnknownAssessmentFails();
    void reloadAndClear();

private:
    QModelIndex itemIndex(const QString &key, int column = 0) const;

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<ChecklistModel> m_model;
    qint64 m_assessment = 0;
};

void tst_ChecklistModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh());
    m_assessment = m_fixture->createPayments(u"Go-live"_s);
    QVERIFY(m_assessment > 0);
    m_model = std::make_unique<ChecklistModel>(m_fixture->store());
    new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void tst_ChecklistModel::cleanup()
{
    m_model.reset();
    m_fixture.reset();
}

QModelIndex tst_ChecklistModel::itemIndex(const QString &key, int column) const
{
    return m_model->indexOfItem(m_fixture->itemId(m_assessment, key), column);
}

void tst_ChecklistModel::emptyModel()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ChecklistModel::ColumnCount));
    QCOMPARE(m_model->assessmentId(), 0);
    QCOMPARE(m_model->itemCount(), 0);
}

void tst_ChecklistModel::treeShape()
{
    QVERIFY(m_model->load(m_assessment).ok());
    QCOMPARE(m_model->assessmentId(), m_assessment);
    QCOMPARE(m_model->itemCount(), 7);
    QCOMPARE(m_model->rowCount(), 2);

    const QModelIndex alpha = m_model->index(0, 0);
    const QModelIndex beta = m_model->index(1, 0);
    QCOMPARE(alpha.data().toString(), u"Alpha checks"_s);
    QCOMPARE(beta.data().toString(), u"Beta checks"_s);
    QCOMPARE(alpha.data(ChecklistModel::NodeKindRole).toInt(),
             int(ChecklistModel::NodeKind::Template));
    QCOMPARE(alpha.data(ChecklistModel::TemplateIdRole).toString(), u"alpha"_s);

    QCOMPARE(m_model->rowCount(alpha), 2);
    QCOMPARE(m_model->rowCount(beta), 1);
    const QModelIndex secrets = m_model->index(0, 0, alpha);
    const QModelIndex containers = m_model->index(1, 0, alpha);
    QCOMPARE(secrets.data().toString(), u"Secrets"_s);
    QCOMPARE(containers.data().toString(), u"Containers"_s);
    QCOMPARE(secrets.data(ChecklistModel::NodeKindRole).toInt(),
             int(ChecklistModel::NodeKind::Section));
    QCOMPARE(secrets.data(ChecklistModel::SectionIdRole).toString(), u"secrets"_s);
    QCOMPARE(secrets.data(ChecklistModel::TemplateIdRole).toString(), u"alpha"_s);
    QCOMPARE(m_model->rowCount(secrets), 3);
    QCOMPARE(m_model->rowCount(containers), 2);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, beta)), 2);

    const QModelIndex first = m_model->index(0, 0, secrets);
    QCOMPARE(first.data(ChecklistModel::ItemKeyRole).toString(), u"A-001"_s);
    QCOMPARE(m_model->rowCount(first), 0);
    QCOMPARE(m_model->parent(first), secrets);
    QCOMPARE(m_model->parent(secrets), alpha);
    QVERIFY(!m_model->parent(alpha).isValid());
    QVERIFY(m_model->flags(first).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!m_model->flags(secrets).testFlag(Qt::ItemNeverHasChildren));
}

void tst_ChecklistModel::headers()
{
    QCOMPARE(m_model->headerData(ChecklistModel::ItemColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"Item"_s);
    QCOMPARE(m_model->headerData(ChecklistModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"Status"_s);
    QCOMPARE(m_model->headerData(ChecklistModel::SeverityColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"Severity"_s);
    QCOMPARE(m_model->headerData(ChecklistModel::OwnerColumn, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
             u"Owner"_s);
}

void tst_ChecklistModel::itemColumns_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("item") << u"alpha:A-001"_s << int(ChecklistModel::ItemColumn)
                          << u"A-001  No hard-coded keys"_s;
    QTest::newRow("status") << u"alpha:A-001"_s << int(ChecklistModel::StatusColumn)
                            << u"Not started"_s;
    QTest::newRow("severity critical")
            << u"alpha:A-001"_s << int(ChecklistModel::SeverityColumn) << u"Critical"_s;
    QTest::newRow("severity info")
            << u"B-002"_s << int(ChecklistModel::SeverityColumn) << u"Info"_s;
    QTest::newRow("beta item") << u"beta:A-001"_s << int(ChecklistModel::ItemColumn)
                               << u"A-001  Rollback runbook tested"_s;
    QTest::newRow("owner empty") << u"A-004"_s << int(ChecklistModel::OwnerColumn) << QString();
}

void tst_ChecklistModel::itemColumns()
{
    QFETCH(QString, key);
    QFETCH(int, column);
    QFETCH(QString, expected);
    QVERIFY(m_model->load(m_assessment).ok());
    const QModelIndex index = itemIndex(key, column);
    QVERIFY(index.isValid());
    QCOMPARE(index.column(), column);
    QCOMPARE(index.data().toString(), expected);
}

void tst_ChecklistModel::itemRoles()
{
    QVERIFY(m_model->load(m_assessment).ok());
    const QModelIndex index = itemIndex(u"A-004"_s);
    QCOMPARE(index.data(ChecklistModel::ItemIdRole).toLongLong(),
             m_fixture->itemId(m_assessment, u"A-004"_s));
    QCOMPARE(index.data(ChecklistModel::ItemKeyRole).toString(), u"A-004"_s);
    QCOMPARE(index.data(ChecklistModel::TitleRole).toString(), u"Runs as non-root"_s);
    QCOMPARE(index.data(ChecklistModel::StatusRole).toInt(), int(ItemStatus::NotStarted));
    QCOMPARE(index.data(ChecklistModel::SeverityRole).toInt(), int(Severity::High));
    QCOMPARE(index.data(ChecklistModel::EvidenceRole).toInt(), int(EvidenceRequirement::Optional));
    QCOMPARE(index.data(ChecklistModel::GuidanceRole).toString(),
             u"Guidance for Runs as non-root"_s);
    QCOMPARE(index.data(ChecklistModel::ReferencesRole).toStringList(), QStringList{u"Seed 004"_s});
    QCOMPARE(index.data(ChecklistModel::TagsRole).toStringList(), QStringList{u"fixture"_s});
    QCOMPARE(index.data(ChecklistModel::NodeKindRole).toInt(), int(ChecklistModel::NodeKind::Item));
    QCOMPARE(index.data(ChecklistModel::TemplateIdRole).toString(), u"alpha"_s);
    QCOMPARE(index.data(ChecklistModel::SectionIdRole).toString(), u"containers"_s);
    QCOMPARE(index.data(ChecklistModel::TotalCountRole).toInt(), 1);
}

void tst_ChecklistModel::groupProgressText()
{
    QVERIFY(m_model->load(m_assessment).ok());
    const QModelIndex alphaStatus = m_model->index(0, ChecklistModel::StatusColumn);
    QCOMPARE(alphaStatus.data().toString(), u"0/5"_s);
    QCOMPARE(m_model->index(1, ChecklistModel::StatusColumn).data().toString(), u"0/2"_s);

    m_model->updateItem(m_fixture->edit(m_fixture->itemId(m_assessment, u"alpha:A-001"_s),
                                        {ItemStatus::Passed, {}, {}}));
    m_model->updateItem(m_fixture->edit(m_fixture->itemId(m_assessment, u"A-002"_s),
                                        {ItemStatus::Failed, {}, {}}));
    m_model->updateItem(m_fixture->edit(m_fixture->itemId(m_assessment, u"A-003"_s),
                                        {ItemStatus::InProgress, {}, {}}));
    m_model->updateItem(m_fixture->edit(m_fixture->itemId(m_assessment, u"A-005"_s),
                                        {ItemStatus::NotApplicable, {}, {}}));

    QCOMPARE(alphaStatus.data().toString(), u"3/5"_s);
    const QModelIndex secrets = m_model->index(0, 0, m_model->index(0, 0));
    QCOMPARE(
            m_model->index(0, ChecklistModel::StatusColumn, m_model->index(0, 0)).data().toString(),
            u"2/3"_s);
    QCOMPARE(secrets.data(ChecklistModel::AssessedCountRole).toInt(), 2);
    QCOMPARE(secrets.data(ChecklistModel::TotalCountRole).toInt(), 3);
    QCOMPARE(secrets.data(ChecklistModel::FailedCountRole).toInt(), 1);
    QCOMPARE(
            m_model->index(1, ChecklistModel::StatusColumn, m_model->index(0, 0)).data().toString(),
            u"1/2"_s);
    QCOMPARE(m_model->index(1, ChecklistModel::StatusColumn).data().toString(), u"0/2"_s);
}

void tst_ChecklistModel::stateLoadedFromStore()
{
    const qint64 id = m_fixture->itemId(m_assessment, u"B-002"_s);
    m_fixture->edit(id, {ItemStatus::Failed, u"dana"_s, u"restore drill overdue"_s});
    QVERIFY(m_model->load(m_assessment).ok());
    const QModelIndex index = m_model->indexOfItem(id);
    QCOMPARE(index.data(ChecklistModel::StatusRole).toInt(), int(ItemStatus::Failed));
    QCOMPARE(index.siblingAtColumn(ChecklistModel::OwnerColumn).data().toString(), u"dana"_s);
    QCOMPARE(index.data(ChecklistModel::NoteRole).toString(), u"restore drill overdue"_s);
    QCOMPARE(m_model->index(1, ChecklistModel::StatusColumn).data().toString(), u"1/2"_s);
}

void tst_ChecklistModel::updateItemChangesRowAndAncestorsOnly()
{
    QVERIFY(m_model->load(m_assessment).ok());
    const qint64 id = m_fixture->itemId(m_assessment, u"A-004"_s);
    const QModelIndex item = m_model->indexOfItem(id);
    const QModelIndex section = item.parent();
    const QModelIndex tmpl = section.parent();

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->updateItem(m_fixture->edit(id, {ItemStatus::Passed, u"sam"_s, {}})));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 3);

    QList<QModelIndex> touched;
    for (const auto &args : changed) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), bottomRight.row());
        QCOMPARE(topLeft.parent(), bottomRight.parent());
        touched.append(topLeft.siblingAtColumn(0));
    }
    QCOMPARE(touched, (QList<QModelIndex>{item, section, tmpl}));
    QCOMPARE(item.siblingAtColumn(ChecklistModel::StatusColumn).data().toString(), u"Passed"_s);
    QCOMPARE(item.siblingAtColumn(ChecklistModel::OwnerColumn).data().toString(), u"sam"_s);
    QCOMPARE(section.siblingAtColumn(ChecklistModel::StatusColumn).data().toString(), u"1/2"_s);
}

void tst_ChecklistModel::updateWithoutStatusChangeTouchesItemRowOnly()
{
    QVERIFY(m_model->load(m_assessment).ok());
    const qint64 id = m_fixture->itemId(m_assessment, u"A-003"_s);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateItem(m_fixture->edit(id, {{}, {}, u"runbook in wiki"_s})));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->indexOfItem(id));
    QCOMPARE(m_model->itemById(id)->note, u"runbook in wiki"_s);
}

void tst_ChecklistModel::updateUnknownItemIsIgnored()
{
    QVERIFY(m_model->load(m_assessment).ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ItemRecord stranger;
    stranger.id = 987654;
    stranger.status = ItemStatus::Passed;
    QVERIFY(!m_model->updateItem(stranger));
    QCOMPARE(changed.count(), 0);
}

void tst_ChecklistModel::sortRole()
{
    QVERIFY(m_model->load(m_assessment).ok());
    const QModelIndex a1 = itemIndex(u"alpha:A-001"_s);
    const QModelIndex a2 = itemIndex(u"A-002"_s);
    QVERIFY(a1.data(ChecklistModel::SortRole).toInt() < a2.data(ChecklistModel::SortRole).toInt());
    QCOMPARE(a1.siblingAtColumn(ChecklistModel::SeverityColumn)
                     .data(ChecklistModel::SortRole)
                     .toInt(),
             int(Severity::Critical));
    QCOMPARE(
            a1.siblingAtColumn(ChecklistModel::StatusColumn).data(ChecklistModel::SortRole).toInt(),
            int(ItemStatus::NotStarted));
    m_model->updateItem(
            m_fixture->edit(a2.data(ChecklistModel::ItemIdRole).toLongLong(), {{}, u"Zoë"_s, {}}));
    QCOMPARE(a2.siblingAtColumn(ChecklistModel::OwnerColumn).data(ChecklistModel::SortRole),
             QVariant(u"zoë"_s));
    // Groups sort by template order in every column.
    QVERIFY(m_model->index(0, ChecklistModel::StatusColumn).data(ChecklistModel::SortRole).toInt()
            < m_model->index(1, ChecklistModel::StatusColumn)
                      .data(ChecklistModel::SortRole)
                      .toInt());
}

void tst_ChecklistModel::lookups()
{
    QVERIFY(m_model->load(m_assessment).ok());
    const qint64 id = m_fixture->itemId(m_assessment, u"beta:A-001"_s);
    const QModelIndex index = m_model->indexOfItem(id, ChecklistModel::OwnerColumn);
    QCOMPARE(index.column(), int(ChecklistModel::OwnerColumn));
    QCOMPARE(m_model->itemAt(index)->id, id);
    QCOMPARE(m_model->itemById(id)->templateId, u"beta"_s);
    QVERIFY(!m_model->itemAt(m_model->index(0, 0)).has_value());
    QVERIFY(!m_model->itemById(-5).has_value());
    QVERIFY(!m_model->indexOfItem(-5).isValid());
}

void tst_ChecklistModel::loadUnknownAssessmentFails()
{
    QVERIFY(m_model->load(m_assessment).ok());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const auto loaded = m_model->load(m_assessment + 1000);
    QVERIFY(!loaded.ok());
    QVERIFY(!loaded.errorMessage().isEmpty());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->assessmentId(), 0);
}

void tst_ChecklistModel::reloadAndClear()
{
    const qint64 other = m_fixture->createPayments(u"Alpha only"_s, false);
    QVERIFY(m_model->load(m_assessment).ok());
    QVERIFY(m_model->load(other).ok());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->itemCount(), 5);
    // An item of the previous assessment is no longer known.
    QVERIFY(!m_model->indexOfItem(m_fixture->itemId(m_assessment, u"B-002"_s)).isValid());
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->itemCount(), 0);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_ChecklistModel)
#include "tst_ChecklistModel.moc"
