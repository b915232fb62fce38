#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "itemmodels/FindingsModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_FindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void liveFindingsAppendWithoutState();
    void recordsCarryState();
    void appendAfterRecordsStartsOver();
    void recordingTheStreamUpdatesInPlace();
    void recordsMissingAListedFindingReset();
    void locationText_data();
    void locationText();
    void sortKeys();
    void searchTextIsCaseFolded();
    void headers();

private:
    static Finding finding(const QString &fingerprint,
                           const QString &path,
                           int line,
                           Severity severity = Severity::High);
    static FindingRecord record(const Finding &finding, FindingState state, qint64 id);
};

Finding tst_FindingsModel::finding(const QString &fingerprint,
                                   const QString &path,
                                   int line,
                                   Severity severity)
{
    Finding f;
    f.ruleId = u"docker.root-user"_s;
    f.severity = severity;
    f.title = u"Container runs as root"_s;
    f.message = u"final stage has no USER"_s;
    f.location.path = path;
    f.location.line = line;
    f.snippet = u"FROM python:3.12"_s;
    f.fix = u"Add USER app"_s;
    f.itemKeys = {u"SEC-012"_s, u"OPS-003"_s};
    f.fingerprint = fingerprint;
    return f;
}

FindingRecord tst_FindingsModel::record(const Finding &finding, FindingState state, qint64 id)
{
    FindingRecord r;
    r.id = id;
    r.assessmentId = 1;
    r.finding = finding;
    r.state = state;
    return r;
}

void tst_FindingsModel::startsEmpty()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    QVERIFY(!model.isRecorded());
    QCOMPARE(model.rowOfFingerprint(u"nope"_s), -1);
}

void tst_FindingsModel::liveFindingsAppendWithoutState()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendFindings({finding(u"a"_s, u"Dockerfile"_s, 1)});
    model.appendFindings({finding(u"b"_s, u"k8s/deploy.yaml"_s, 7, Severity::Critical),
                          finding(u"c"_s, u"k8s/deploy.yaml"_s, 9, Severity::Low)});
    model.appendFindings({}); // an empty batch is no change at all
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.isRecorded());

    const QModelIndex second = model.index(1, FindingsModel::StateColumn);
    QCOMPARE(second.data().toString(), QString()); // not recorded yet: no state to show
    QCOMPARE(second.data(FindingsModel::StateRole).toInt(), -1);
    QCOMPARE(second.data(FindingsModel::RecordIdRole).toLongLong(), 0);
    QCOMPARE(second.data(FindingsModel::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(model.index(1, FindingsModel::LocationColumn).data().toString(),
             u"k8s/deploy.yaml:7"_s);
    QCOMPARE(model.index(1, FindingsModel::RuleColumn).data().toString(), u"docker.root-user"_s);
    QCOMPARE(model.index(1, FindingsModel::MessageColumn).data().toString(),
             u"final stage has no USER"_s);
    QCOMPARE(second.data(FindingsModel::ItemKeysRole).toStringList(),
             (QStringList{u"SEC-012"_s, u"OPS-003"_s}));
    QCOMPARE(model.rowOfFingerprint(u"c"_s), 2);
    QCOMPARE(model.countInState(FindingState::New), 0);
}

void tst_FindingsModel::recordingTheStreamUpdatesInPlace()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendFindings({finding(u"a"_s, u"Dockerfile"_s, 3), finding(u"b"_s, u"app.py"_s, 4)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // The store's order differs from the stream's, and it adds what the scan fixed.
    model.setRecords({record(finding(u"c"_s, u"old.py"_s, 1), FindingState::Fixed, 13),
                      record(finding(u"b"_s, u"app.py"_s, 4), FindingState::Open, 12),
                      record(finding(u"a"_s, u"Dockerfile"_s, 3), FindingState::New, 11)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(model.isRecorded());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfFingerprint(u"a"_s), 0); // rows stay where the view has them
    QCOMPARE(model.index(0, 0).data(FindingsModel::RecordIdRole).toLongLong(), 11);
    QCOMPARE(model.index(1, 0).data(FindingsModel::StateRole).toInt(), int(FindingState::Open));
    QCOMPARE(model.rowOfFingerprint(u"c"_s), 2);
    QCOMPARE(model.countInState(FindingState::Fixed), 1);
}

void tst_FindingsModel::recordsMissingAListedFindingReset()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendFindings({finding(u"a"_s, u"Dockerfile"_s, 3), finding(u"b"_s, u"app.py"_s, 4)});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords({record(finding(u"a"_s, u"Dockerfile"_s, 3), FindingState::New, 11),
                      record(finding(u"z"_s, u"x.py"_s, 2), FindingState::New, 12)});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfFingerprint(u"b"_s), -1);
    QCOMPARE(model.rowOfFingerprint(u"z"_s), 1);
}

void tst_FindingsModel::recordsCarryState()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords({record(finding(u"a"_s, u"Dockerfile"_s, 3), FindingState::New, 11),
                      record(finding(u"b"_s, u"app.py"_s, 4), FindingState::Open, 12),
                      record(finding(u"c"_s, u"app.py"_s, 9), FindingState::Fixed, 13),
                      record(finding(u"d"_s, QString(), 0), FindingState::Open, 14)});
    QCOMPARE(reset.size(), 1);
    QVERIFY(model.isRecorded());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, FindingsModel::StateColumn).data().toString(),
             findingStateDisplayName(FindingState::New));
    QCOMPARE(model.index(2, 0).data(FindingsModel::StateRole).toInt(), int(FindingState::Fixed));
    QCOMPARE(model.index(2, 0).data(FindingsModel::RecordIdRole).toLongLong(), 13);
    QCOMPARE(model.countInState(FindingState::New), 1);
    QCOMPARE(model.countInState(FindingState::Open), 2);
    QCOMPARE(model.countInState(FindingState::Fixed), 1);
    QCOMPARE(model.rowOfRecord(14), 3);
    QCOMPARE(model.rowOfRecord(99), -1);
    QCOMPARE(model.rowOfFingerprint(u"b"_s), 1);
    QCOMPARE(model.recordAt(1).finding.location.line, 4);
    QCOMPARE(model.index(3, FindingsModel::LocationColumn).data().toString(),
             FindingsModel::tr("(repository)"));

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isRecorded());
    QCOMPARE(model.rowOfFingerprint(u"b"_s), -1);
}

void tst_FindingsModel::appendAfterRecordsStartsOver()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({record(finding(u"old"_s, u"a"_s, 1), FindingState::Open, 1)});
    model.appendFindings({finding(u"new"_s, u"b"_s, 2)});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isRecorded());
    QCOMPARE(model.rowOfFingerprint(u"old"_s), -1);
    QCOMPARE(model.rowOfFingerprint(u"new"_s), 0);
}

void tst_FindingsModel::locationText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("line") << u"src/app.py"_s << 12 << u"src/app.py:12"_s;
    QTest::newRow("whole file") << u".env"_s << 0 << u".env"_s;
    QTest::newRow("repository") << QString() << 0 << FindingsModel::tr("(repository)");
}

void tst_FindingsModel::locationText()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, expected);
    SourceLocation location;
    location.path = path;
    location.line = line;
    QCOMPARE(FindingsModel::locationText(location), expected);
}

void tst_FindingsModel::sortKeys()
{
    FindingsModel model;
    model.setRecords(
            {record(finding(u"a"_s, u"app.py"_s, 10, Severity::Low), FindingState::Open, 1),
             record(finding(u"b"_s, u"app.py"_s, 9, Severity::Critical), FindingState::New, 2)});
    const auto key = [&model](int row, int column) {
        return model.index(row, column).data(FindingsModel::SortRole);
    };
    // Severity sorts by rank (Critical first), not by its translated name.
    QVERIFY(key(1, FindingsModel::SeverityColumn).toInt()
            < key(0, FindingsModel::SeverityColumn).toInt());
    // Line 9 sorts before line 10 of the same file.
    QVERIFY(key(1, FindingsModel::LocationColumn).toString()
            < key(0, FindingsModel::LocationColumn).toString());
    QVERIFY(key(1, FindingsModel::StateColumn).toInt()
            < key(0, FindingsModel::StateColumn).toInt());
}

void tst_FindingsModel::searchTextIsCaseFolded()
{
    FindingsModel model;
    model.appendFindings({finding(u"a"_s, u"Services/Payments/Dockerfile"_s, 1)});
    const QString text = model.index(0, 0).data(FindingsModel::SearchTextRole).toString();
    QVERIFY(text.contains(u"services/payments/dockerfile"_s));
    QVERIFY(text.contains(u"container runs as root"_s));
    QVERIFY(text.contains(u"from python"_s));
}

void tst_FindingsModel::headers()
{
    FindingsModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    QCOMPARE(headers,
             (QStringList{u"Severity"_s, u"State"_s, u"Rule"_s, u"Location"_s, u"Message"_s}));
    QVERIFY(!model.headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_FindingsModel)
#include "tst_FindingsModel.moc"
