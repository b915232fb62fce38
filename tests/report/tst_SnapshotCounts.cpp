#include <QTest>

#include "report/AssessmentSnapshot.h"
#include "report/SnapshotCounts.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_SnapshotCounts : public QObject
{
    Q_OBJECT

private slots:
    void eachStatusLandsInOneColumn_data();
    void eachStatusLandsInOneColumn();
    void sectionsFollowChecklistOrder();
};

void tst_SnapshotCounts::eachStatusLandsInOneColumn_data()
{
    QTest::addColumn<EffectiveStatus>("status");
    QTest::addColumn<bool>("warned");
    QTest::addColumn<QString>("column");

    QTest::newRow("not started") << EffectiveStatus::NotStarted << false << u"open"_s;
    QTest::newRow("in progress") << EffectiveStatus::InProgress << false << u"open"_s;
    QTest::newRow("passed") << EffectiveStatus::Passed << false << u"pass"_s;
    QTest::newRow("passed with warnings") << EffectiveStatus::Passed << true << u"warning"_s;
    QTest::newRow("n/a") << EffectiveStatus::NotApplicable << false << u"na"_s;
    QTest::newRow("n/a with warnings") << EffectiveStatus::NotApplicable << true << u"warning"_s;
    QTest::newRow("failed") << EffectiveStatus::Failed << false << u"fail"_s;
    QTest::newRow("waiver expired") << EffectiveStatus::WaiverExpired << false << u"fail"_s;
    QTest::newRow("waived") << EffectiveStatus::Waived << false << u"waived"_s;
}

void tst_SnapshotCounts::eachStatusLandsInOneColumn()
{
    QFETCH(EffectiveStatus, status);
    QFETCH(bool, warned);
    QFETCH(QString, column);

    AssessmentSnapshot s;
    SnapshotItem item;
    item.templateId = u"t"_s;
    item.sectionId = u"s"_s;
    item.effective = status;
    if (warned)
        item.warnings = {u"stale evidence"_s};
    s.items = {item};
    SnapshotCounts::tally(s);

    QCOMPARE(s.categories.size(), 1);
    const SnapshotCategory &row = s.categories[0];
    const QHash<QString, int> columns{{u"open"_s, row.open},
                                      {u"pass"_s, row.pass},
                                      {u"warning"_s, row.warning},
                                      {u"na"_s, row.notApplicable},
                                      {u"fail"_s, row.fail},
                                      {u"waived"_s, row.waived}};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        QCOMPARE(it.value(), it.key() == column ? 1 : 0);
    QCOMPARE(row.total, 1);
    QCOMPARE(s.summary.total, 1);
    QCOMPARE(s.summary.done(),
             column == u"pass" || column == u"na" || column == u"waived" || (column == u"warning"));
    QCOMPARE(s.summary.waiverExpired, status == EffectiveStatus::WaiverExpired ? 1 : 0);
}

void tst_SnapshotCounts::sectionsFollowChecklistOrder()
{
    AssessmentSnapshot s;
    const auto add = [&](const QString &tmpl, const QString &section, EffectiveStatus status) {
        SnapshotItem item;
        item.templateId = tmpl;
        item.templateTitle = tmpl.toUpper();
        item.sectionId = section;
        item.sectionTitle = section + u" title"_s;
        item.effective = status;
        s.items << item;
    };
    add(u"sec"_s, u"a"_s, EffectiveStatus::Passed);
    add(u"sec"_s, u"a"_s, EffectiveStatus::Failed);
    add(u"sec"_s, u"b"_s, EffectiveStatus::Waived);
    add(u"ops"_s, u"a"_s, EffectiveStatus::NotStarted); // same section id, other template
    s.summary.total = 99;                               // stale figures are replaced
    SnapshotCounts::tally(s);

    QCOMPARE(s.categories.size(), 3);
    QCOMPARE(s.categories[0].sectionTitle, u"a title"_s);
    QCOMPARE(s.categories[0].total, 2);
    QCOMPARE(s.categories[1].waived, 1);
    QCOMPARE(s.categories[2].templateTitle, u"OPS"_s);
    QCOMPARE(s.categories[2].open, 1);
    QCOMPARE(s.summary.total, 4);
    QCOMPARE(s.summary.failed, 1);
    QCOMPARE(s.summary.done(), 2);
}

QTEST_GUILESS_MAIN(tst_SnapshotCounts)
#include "tst_SnapshotCounts.moc"
