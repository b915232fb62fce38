#include <QTest>

#include "report/AssessmentComparison.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// The comparison of two snapshots built in memory: items given as "template:KEY=status"
// (effective status keys, "waived" included), findings as fingerprints.
class tst_AssessmentComparison : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void keepsOrderAndDetails();
    void progressRank();

private:
    static AssessmentSnapshot snapshot(const QString &name,
                                       const QStringList &items,
                                       const QStringList &fingerprints);
    static EffectiveStatus status(const QString &key);
};

EffectiveStatus tst_AssessmentComparison::status(const QString &key)
{
    for (int i = 0; i <= int(EffectiveStatus::WaiverExpired); ++i) {
        if (effectiveStatusKey(EffectiveStatus(i)) == key)
            return EffectiveStatus(i);
    }
    qWarning("unknown status %s", qPrintable(key));
    return EffectiveStatus::NotStarted;
}

AssessmentSnapshot tst_AssessmentComparison::snapshot(const QString &name,
                                                      const QStringList &items,
                                                      const QStringList &fingerprints)
{
    AssessmentSnapshot s;
    s.name = name;
    for (const QString &spec : items) {
        const QString id = spec.section(u'=', 0, 0);
        SnapshotItem item;
        item.templateId = id.section(u':', 0, 0);
        item.key = id.section(u':', 1);
        item.title = u"Title of "_s + item.key;
        item.sectionTitle = u"Section"_s;
        item.effective = status(spec.section(u'=', 1));
        s.items.append(item);
    }
    for (const QString &print : fingerprints) {
        SnapshotFinding finding;
        finding.fingerprint = print;
        finding.title = u"Finding "_s + print;
        s.findings.append(finding);
    }
    return s;
}

void tst_AssessmentComparison::compare_data()
{
    QTest::addColumn<QStringList>("baseItems");
    QTest::addColumn<QStringList>("currentItems");
    QTest::addColumn<QStringList>("baseFindings");
    QTest::addColumn<QStringList>("currentFindings");
    QTest::addColumn<QStringList>("changes"); // "template:KEY direction", current order
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<QStringList>("newFindings");
    QTest::addColumn<QStringList>("fixedFindings");
    QTest::addColumn<int>("persisting");

    QTest::newRow("identical") << QStringList{u"t:A=passed"_s, u"t:B=failed"_s}
                               << QStringList{u"t:A=passed"_s, u"t:B=failed"_s}
                               << QStringList{u"f1"_s} << QStringList{u"f1"_s} << QStringList{} << 2
                               << QStringList{} << QStringList{} << 1;
    QTest::newRow("empty") << QStringList{} << QStringList{} << QStringList{} << QStringList{}
                           << QStringList{} << 0 << QStringList{} << QStringList{} << 0;
    QTest::newRow("improved and regressed")
            << QStringList{u"t:A=failed"_s, u"t:B=passed"_s, u"t:C=not_started"_s}
            << QStringList{u"t:A=passed"_s, u"t:B=failed"_s, u"t:C=in_progress"_s} << QStringList{}
            << QStringList{} << QStringList{u"t:A improved"_s, u"t:B regressed"_s, u"t:C changed"_s}
            << 0 << QStringList{} << QStringList{} << 0;
    QTest::newRow("waivers rank between open and done")
            << QStringList{u"t:A=failed"_s, u"t:B=waived"_s, u"t:C=waived"_s, u"t:D=in_progress"_s}
            << QStringList{u"t:A=waived"_s,
                           u"t:B=passed"_s,
                           u"t:C=waiver_expired"_s,
                           u"t:D=waived"_s}
            << QStringList{} << QStringList{}
            << QStringList{u"t:A improved"_s,
                           u"t:B improved"_s,
                           u"t:C regressed"_s,
                           u"t:D improved"_s}
            << 0 << QStringList{} << QStringList{} << 0;
    QTest::newRow("passed <-> not applicable is a change, not progress")
            << QStringList{u"t:A=passed"_s, u"t:B=failed"_s}
            << QStringList{u"t:A=not_applicable"_s, u"t:B=waiver_expired"_s} << QStringList{}
            << QStringList{} << QStringList{u"t:A changed"_s, u"t:B changed"_s} << 0
            << QStringList{} << QStringList{} << 0;
    QTest::newRow("matched by template and key, not key alone")
            << QStringList{u"alpha:A-001=passed"_s, u"beta:A-001=failed"_s}
            << QStringList{u"beta:A-001=failed"_s, u"alpha:A-001=failed"_s} << QStringList{}
            << QStringList{} << QStringList{u"alpha:A-001 regressed"_s} << 1 << QStringList{}
            << QStringList{} << 0;
    QTest::newRow("items added and removed")
            << QStringList{u"t:A=passed"_s, u"t:OLD=failed"_s}
            << QStringList{u"t:NEW=not_started"_s, u"t:A=passed"_s} << QStringList{}
            << QStringList{} << QStringList{u"t:NEW added"_s, u"t:OLD removed"_s} << 1
            << QStringList{} << QStringList{} << 0;
    QTest::newRow("findings new, fixed and persisting")
            << QStringList{} << QStringList{} << QStringList{u"f1"_s, u"f2"_s, u"f3"_s}
            << QStringList{u"f4"_s, u"f2"_s, u"f5"_s} << QStringList{} << 0
            << QStringList{u"f4"_s, u"f5"_s} << QStringList{u"f1"_s, u"f3"_s} << 1;
    QTest::newRow("all findings fixed")
            << QStringList{} << QStringList{} << QStringList{u"f1"_s} << QStringList{}
            << QStringList{} << 0 << QStringList{} << QStringList{u"f1"_s} << 0;
}

void tst_AssessmentComparison::compare()
{
    QFETCH(QStringList, baseItems);
    QFETCH(QStringList, currentItems);
    QFETCH(QStringList, baseFindings);
    QFETCH(QStringList, currentFindings);
    QFETCH(QStringList, changes);
    QFETCH(int, unchanged);
    QFETCH(QStringList, newFindings);
    QFETCH(QStringList, fixedFindings);
    QFETCH(int, persisting);

    const auto result
            = AssessmentComparison::compare(snapshot(u"2.3"_s, baseItems, baseFindings),
                                            snapshot(u"2.4"_s, currentItems, currentFindings));
    const auto directionName = [](AssessmentComparison::Direction d) {
        switch (d) {
        case AssessmentComparison::Direction::Improved:
            return u"improved"_s;
        case AssessmentComparison::Direction::Regressed:
            return u"regressed"_s;
        case AssessmentComparison::Direction::Changed:
            return u"changed"_s;
        case AssessmentComparison::Direction::Added:
            return u"added"_s;
        case AssessmentComparison::Direction::Removed:
            return u"removed"_s;
        }
        return QString();
    };
    QStringList actual;
    for (const auto &change : result.itemChanges)
        actual.append(change.templateId + u':' + change.key + u' '
                      + directionName(change.direction));
    QCOMPARE(actual, changes);
    QCOMPARE(result.unchangedItems, unchanged);
    QStringList added;
    for (const SnapshotFinding &finding : result.newFindings)
        added.append(finding.fingerprint);
    QCOMPARE(added, newFindings);
    QStringList fixed;
    for (const SnapshotFinding &finding : result.fixedFindings)
        fixed.append(finding.fingerprint);
    QCOMPARE(fixed, fixedFindings);
    QCOMPARE(result.persistingFindings, persisting);
    int counted = 0;
    for (const auto d : {AssessmentComparison::Direction::Improved,
                         AssessmentComparison::Direction::Regressed,
                         AssessmentComparison::Direction::Changed,
                         AssessmentComparison::Direction::Added,
                         AssessmentComparison::Direction::Removed})
        counted += result.count(d);
    QCOMPARE(counted, int(changes.size()));
}

void tst_AssessmentComparison::keepsOrderAndDetails()
{
    AssessmentSnapshot base = snapshot(u"Payments 2.3"_s, {u"t:A=failed"_s}, {});
    AssessmentSnapshot current = snapshot(u"Payments 2.4"_s, {u"t:A=waived"_s}, {});
    current.items[0].severity = Severity::Critical;
    current.items[0].sectionTitle = u"Secrets"_s;
    base.summary.total = 1;
    base.summary.failed = 1;
    current.summary.total = 1;
    current.summary.waived = 1;
    base.verdict.level = VerdictLevel::NotReady;
    current.verdict.level = VerdictLevel::ReadyWithFixes;

    const auto result = AssessmentComparison::compare(base, current);
    QCOMPARE(result.baseName, u"Payments 2.3"_s);
    QCOMPARE(result.currentName, u"Payments 2.4"_s);
    QCOMPARE(result.baseSummary.failed, 1);
    QCOMPARE(result.currentSummary.done(), 1);
    QCOMPARE(result.baseVerdict, VerdictLevel::NotReady);
    QCOMPARE(result.currentVerdict, VerdictLevel::ReadyWithFixes);
    QCOMPARE(result.itemChanges.size(), 1);
    const auto &change = result.itemChanges.first();
    QCOMPARE(change.before, EffectiveStatus::Failed);
    QCOMPARE(change.after, EffectiveStatus::Waived);
    QCOMPARE(change.severity, Severity::Critical);
    QCOMPARE(change.sectionTitle, u"Secrets"_s);
    QCOMPARE(change.title, u"Title of A"_s);
}

void tst_AssessmentComparison::progressRank()
{
    using C = AssessmentComparison;
    QVERIFY(C::progressRank(EffectiveStatus::Failed)
            < C::progressRank(EffectiveStatus::NotStarted));
    QCOMPARE(C::progressRank(EffectiveStatus::Failed),
             C::progressRank(EffectiveStatus::WaiverExpired));
    QCOMPARE(C::progressRank(EffectiveStatus::NotStarted),
             C::progressRank(EffectiveStatus::InProgress));
    QVERIFY(C::progressRank(EffectiveStatus::InProgress)
            < C::progressRank(EffectiveStatus::Waived));
    QVERIFY(C::progressRank(EffectiveStatus::Waived) < C::progressRank(EffectiveStatus::Passed));
    QCOMPARE(C::progressRank(EffectiveStatus::Passed),
             C::progressRank(EffectiveStatus::NotApplicable));
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_AssessmentComparison)
#include "tst_AssessmentComparison.moc"
