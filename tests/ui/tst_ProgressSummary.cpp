#include <QTest>

#include "widgets/ProgressSummary.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_ProgressSummary : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
};

void tst_ProgressSummary::describe_data()
{
    QTest::addColumn<int>("waived");
    QTest::addColumn<QString>("text");
    QTest::newRow("no waiver") << 0 << u"7 of 10 assessed · 3 passed · 3 failed · 1 n/a"_s;
    // Waived items are failed in the store; shown apart, never merged into passed.
    QTest::newRow("two waived") << 2
                                << u"7 of 10 assessed · 3 passed · 2 waived · 1 failed · 1 n/a"_s;
}

void tst_ProgressSummary::describe()
{
    QFETCH(int, waived);
    QFETCH(QString, text);
    StatusCounts counts;
    counts.total = 10;
    counts.byStatus[std::size_t(ItemStatus::Passed)] = 3;
    counts.byStatus[std::size_t(ItemStatus::Failed)] = 3;
    counts.byStatus[std::size_t(ItemStatus::NotApplicable)] = 1;
    counts.byStatus[std::size_t(ItemStatus::NotStarted)] = 3;
    QCOMPARE(ProgressSummary::describe(counts, waived), text);

    ProgressSummary summary;
    summary.setCounts(counts, waived);
    QCOMPARE(summary.text(), text);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ProgressSummary)
#include "tst_ProgressSummary.moc"
