#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "StoreFixture.h"
#include "itemmodels/ChecklistFilterProxyModel.h"
#include "itemmodels/ChecklistModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

using StatusSet = QSet<ItemStatus>;
using KeySet = QSet<QString>;
using SeveritySet = QSet<Severity>;

class tst_ChecklistFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unfilteredShowsEverything();
    void filters_data();
    void filters();
    void groupsWithoutMatchesAreHidden();
    void editsRefilter();
    void clearFilters();
    void sortsBySeverityWithinSections();
    void itemFilter_data();
    void itemFilter();
    void itemFilterCombinesAndClears();

private:
    // "template:key" of every visible item, in proxy order.
    QStringList visibleItems(const QModelIndex &parent = {}) const;

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<ChecklistModel> m_model;
    std::unique_ptr<ChecklistFilterProxyModel> m_proxy;
    qint64 m_assessment = 0;
};

void tst_ChecklistFilterProxyModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh());
    m_assessment = m_fixture->createPayments(u"Go-live"_s);
    QVERIFY(m_assessment > 0);
    // A little state to filter on.
    m_fixture->edit(m_fixture->itemId(m_assessment, u"alpha:A-001"_s),
                    {ItemStatus::Passed, u"Priya"_s, {}});
    m_fixture->edit(m_fixture->itemId(m_assessment, u"A-002"_s),
                    {ItemStatus::Failed, u"Sam"_s, u"vault lease expired in staging"_s});
    m_fixture->edit(m_fixture->itemId(m_assessment, u"A-004"_s),
                    {ItemStatus::InProgress, u"Priya"_s, {}});
    m_fixture->edit(m_fixture->itemId(m_assessment, u"B-002"_s),
                    {ItemStatus::NotApplicable, {}, u"no persistent data"_s});

    m_model = std::make_unique<ChecklistModel>(m_fixture->store());
    m_proxy = std::make_unique<ChecklistFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    new QAbstractItemModelTester(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
    QVERIFY(m_model->load(m_assessment).ok());
}

void tst_ChecklistFilterProxyModel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
    m_fixture.reset();
}

QStringList tst_ChecklistFilterProxyModel::visibleItems(const QModelIndex &parent) const
{
    QStringList keys;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        const auto kind
                = ChecklistModel::NodeKind(index.data(ChecklistModel::NodeKindRole).toInt());
        if (kind == ChecklistModel::NodeKind::Item) {
            keys.append(index.data(ChecklistModel::TemplateIdRole).toString() + u':'
                        + index.data(ChecklistModel::ItemKeyRole).toString());
        } else {
            keys += visibleItems(index);
        }
    }
    return keys;
}

void tst_ChecklistFilterProxyModel::unfilteredShowsEverything()
{
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->rowCount(), 2);
    QCOMPARE(visibleItems(),
             (QStringList{u"alpha:A-001"_s,
                          u"alpha:A-002"_s,
                          u"alpha:A-003"_s,
                          u"alpha:A-004"_s,
                          u"alpha:A-005"_s,
                          u"beta:A-001"_s,
                          u"beta:B-002"_s}));
}

void tst_ChecklistFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<StatusSet>("statuses");
    QTest::addColumn<SeveritySet>("severities");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("key") << u"a-00"_s << StatusSet{} << SeveritySet{}
                         << QStringList{u"alpha:A-001"_s,
                                        u"alpha:A-002"_s,
                                        u"alpha:A-003"_s,
                                        u"alpha:A-004"_s,
                                        u"alpha:A-005"_s,
                                        u"beta:A-001"_s};
    QTest::newRow("key exact") << u"B-002"_s << StatusSet{} << SeveritySet{}
                               << QStringList{u"beta:B-002"_s};
    QTest::newRow("title, case-insensitive")
            << u"ROLLBACK"_s << StatusSet{} << SeveritySet{} << QStringList{u"beta:A-001"_s};
    QTest::newRow("owner") << u"priya"_s << StatusSet{} << SeveritySet{}
                           << QStringList{u"alpha:A-001"_s, u"alpha:A-004"_s};
    QTest::newRow("note") << u"lease expired"_s << StatusSet{} << SeveritySet{}
                          << QStringList{u"alpha:A-002"_s};
    QTest::newRow("guidance") << u"Guidance for Key rotation"_s << StatusSet{} << SeveritySet{}
                              << QStringList{u"alpha:A-003"_s};
    QTest::newRow("all words, any field")
            << u"  vault   sam "_s << StatusSet{} << SeveritySet{} << QStringList{u"alpha:A-002"_s};
    QTest::newRow("no match") << u"kubernetes"_s << StatusSet{} << SeveritySet{} << QStringList{};
    QTest::newRow("status failed") << QString() << StatusSet{ItemStatus::Failed} << SeveritySet{}
                                   << QStringList{u"alpha:A-002"_s};
    QTest::newRow("status not started")
            << QString() << StatusSet{ItemStatus::NotStarted} << SeveritySet{}
            << QStringList{u"alpha:A-003"_s, u"alpha:A-005"_s, u"beta:A-001"_s};
    QTest::newRow("statuses passed or n/a")
            << QString() << StatusSet{ItemStatus::Passed, ItemStatus::NotApplicable}
            << SeveritySet{} << QStringList{u"alpha:A-001"_s, u"beta:B-002"_s};
    QTest::newRow("severity high")
            << QString() << StatusSet{} << SeveritySet{Severity::High}
            << QStringList{u"alpha:A-002"_s, u"alpha:A-004"_s, u"beta:A-001"_s};
    QTest::newRow("severities critical or info")
            << QString() << StatusSet{} << SeveritySet{Severity::Critical, Severity::Info}
            << QStringList{u"alpha:A-001"_s, u"beta:B-002"_s};
    QTest::newRow("high and not started")
            << QString() << StatusSet{ItemStatus::NotStarted} << SeveritySet{Severity::High}
            << QStringList{u"beta:A-001"_s};
    QTest::newRow("text, status and severity")
            << u"priya"_s << StatusSet{ItemStatus::InProgress} << SeveritySet{Severity::High}
            << QStringList{u"alpha:A-004"_s};
    QTest::newRow("contradiction")
            << u"priya"_s << StatusSet{ItemStatus::Failed} << SeveritySet{} << QStringList{};
}

void tst_ChecklistFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(StatusSet, statuses);
    QFETCH(SeveritySet, severities);
    QFETCH(QStringList, expected);

    QSignalSpy changed(m_proxy.get(), &ChecklistFilterProxyModel::filtersChanged);
    m_proxy->setFilterText(text);
    m_proxy->setStatusFilter(statuses);
    m_proxy->setSeverityFilter(severities);
    QCOMPARE(m_proxy->isFiltering(),
             !text.trimmed().isEmpty() || !statuses.isEmpty() || !severities.isEmpty());
    QCOMPARE(changed.count(),
             int(!text.trimmed().isEmpty()) + int(!statuses.isEmpty())
                     + int(!severities.isEmpty()));
    QCOMPARE(visibleItems(), expected);
    QCOMPARE(m_proxy->statusFilter(), statuses);
    QCOMPARE(m_proxy->severityFilter(), severities);
}

void tst_ChecklistFilterProxyModel::groupsWithoutMatchesAreHidden()
{
    m_proxy->setFilterText(u"rollback"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    const QModelIndex beta = m_proxy->index(0, 0);
    QCOMPARE(beta.data().toString(), u"Beta checks"_s);
    QCOMPARE(m_proxy->rowCount(beta), 1);
    QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0, beta)), 1);

    m_proxy->setFilterText(u"dockerignore"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    const QModelIndex alpha = m_proxy->index(0, 0);
    QCOMPARE(m_proxy->rowCount(alpha), 1);
    QCOMPARE(m_proxy->index(0, 0, alpha).data().toString(), u"Containers"_s);
}

void tst_ChecklistFilterProxyModel::editsRefilter()
{
    m_proxy->setStatusFilter({ItemStatus::Failed});
    QCOMPARE(visibleItems(), QStringList{u"alpha:A-002"_s});

    const qint64 b002 = m_fixture->itemId(m_assessment, u"B-002"_s);
    m_model->updateItem(m_fixture->edit(b002, {ItemStatus::Failed, {}, {}}));
    QCOMPARE(visibleItems(), (QStringList{u"alpha:A-002"_s, u"beta:B-002"_s}));

    const qint64 a002 = m_fixture->itemId(m_assessment, u"A-002"_s);
    m_model->updateItem(m_fixture->edit(a002, {ItemStatus::Passed, {}, {}}));
    QCOMPARE(visibleItems(), QStringList{u"beta:B-002"_s});
    QCOMPARE(m_proxy->rowCount(), 1);

    // Text filters follow owner edits too.
    m_proxy->setStatusFilter({});
    m_proxy->setFilterText(u"jordan"_s);
    QCOMPARE(visibleItems(), QStringList{});
    m_model->updateItem(m_fixture->edit(b002, {{}, u"Jordan"_s, {}}));
    QCOMPARE(visibleItems(), QStringList{u"beta:B-002"_s});
}

void tst_ChecklistFilterProxyModel::clearFilters()
{
    m_proxy->setFilterText(u"priya"_s);
    m_proxy->setSeverityFilter({Severity::High});
    QCOMPARE(visibleItems().size(), 1);
    QSignalSpy changed(m_proxy.get(), &ChecklistFilterProxyModel::filtersChanged);
    m_proxy->clearFilters();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_proxy->isFiltering());
    QVERIFY(m_proxy->filterText().isEmpty());
    QCOMPARE(visibleItems().size(), 7);
    m_proxy->clearFilters(); // nothing to clear: no signal
    QCOMPARE(changed.count(), 1);
}

void tst_ChecklistFilterProxyModel::sortsBySeverityWithinSections()
{
    m_proxy->sort(ChecklistModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(visibleItems(),
             (QStringList{u"alpha:A-001"_s,
                          u"alpha:A-002"_s,
                          u"alpha:A-003"_s,
                          u"alpha:A-004"_s,
                          u"alpha:A-005"_s,
                          u"beta:A-001"_s,
                          u"beta:B-002"_s}));
    m_proxy->sort(ChecklistModel::SeverityColumn, Qt::DescendingOrder);
    // Least severe first inside each section; templates and sections reverse too.
    QCOMPARE(visibleItems(),
             (QStringList{u"beta:B-002"_s,
                          u"beta:A-001"_s,
                          u"alpha:A-005"_s,
                          u"alpha:A-004"_s,
                          u"alpha:A-003"_s,
                          u"alpha:A-002"_s,
                          u"alpha:A-001"_s}));
    m_proxy->sort(ChecklistModel::StatusColumn, Qt::AscendingOrder);
    // Secrets holds A-001 passed, A-002 failed and A-003 not started.
    const QStringList byStatus = visibleItems();
    QCOMPARE(byStatus.mid(0, 3),
             (QStringList{u"alpha:A-003"_s, u"alpha:A-001"_s, u"alpha:A-002"_s}));
}

void tst_ChecklistFilterProxyModel::itemFilter_data()
{
    QTest::addColumn<KeySet>("items");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("qualified") << KeySet{u"alpha:A-001"_s, u"beta:B-002"_s}
                               << QStringList{u"alpha:A-001"_s, u"beta:B-002"_s};
    QTest::newRow("qualified keeps templates apart")
            << KeySet{u"beta:A-001"_s} << QStringList{u"beta:A-001"_s};
    QTest::newRow("bare key: every template's item of that id")
            << KeySet{u"A-001"_s} << QStringList{u"alpha:A-001"_s, u"beta:A-001"_s};
    QTest::newRow("empty set shows nothing") << KeySet{} << QStringList{};
    QTest::newRow("unknown keys") << KeySet{u"gamma:A-001"_s, u"Z-9"_s} << QStringList{};
}

void tst_ChecklistFilterProxyModel::itemFilter()
{
    QFETCH(KeySet, items);
    QFETCH(QStringList, expected);

    QSignalSpy changed(m_proxy.get(), &ChecklistFilterProxyModel::filtersChanged);
    m_proxy->setItemFilter(items, u"From the dashboard"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_proxy->isFiltering());
    QVERIFY(m_proxy->itemFilter() == std::optional<KeySet>(items));
    QCOMPARE(m_proxy->itemFilterLabel(), u"From the dashboard"_s);
    QCOMPARE(visibleItems(), expected);

    m_proxy->setItemFilter(items, u"From the dashboard"_s); // unchanged: no refilter
    QCOMPARE(changed.count(), 1);
    m_proxy->setItemFilter(std::nullopt, u"ignored"_s);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!m_proxy->isFiltering());
    QVERIFY(m_proxy->itemFilterLabel().isEmpty());
    QCOMPARE(visibleItems().size(), 7);
}

void tst_ChecklistFilterProxyModel::itemFilterCombinesAndClears()
{
    m_proxy->setItemFilter(KeySet{u"alpha:A-001"_s, u"alpha:A-002"_s, u"beta:A-001"_s});
    m_proxy->setStatusFilter({ItemStatus::Failed, ItemStatus::NotStarted});
    QCOMPARE(visibleItems(), (QStringList{u"alpha:A-002"_s, u"beta:A-001"_s}));
    // An edit that leaves the status filter leaves the view, item set or not.
    const qint64 a002 = m_fixture->itemId(m_assessment, u"A-002"_s);
    m_model->updateItem(m_fixture->edit(a002, {ItemStatus::Passed, {}, {}}));
    QCOMPARE(visibleItems(), QStringList{u"beta:A-001"_s});

    m_proxy->clearFilters();
    QVERIFY(!m_proxy->isFiltering());
    QVERIFY(!m_proxy->itemFilter());
    QCOMPARE(visibleItems().size(), 7);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_ChecklistFilterProxyModel)
#include "tst_ChecklistFilterProxyModel.moc"
