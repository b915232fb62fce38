#include <QTest>
#include <QXmlStreamReader>

#include "SampleReports.h"
#include "scan/output/JUnitWriter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

struct TestCase
{
    QString classname;
    QString name;
    bool failed = false;
    QString failureMessage;
    QString failureType;
    QString failureText;
    QString systemOut;
};

struct Suite
{
    QString error; // non-empty when the XML is not well-formed
    QXmlStreamAttributes suites;
    QXmlStreamAttributes suite;
    int suiteCount = 0;
    QList<TestCase> cases;
    QHash<QString, QString> properties;
};

Suite parse(const QByteArray &xml)
{
    Suite suite;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        if (name == "testsuites"_L1) {
            suite.suites = reader.attributes();
        } else if (name == "testsuite"_L1) {
            suite.suite = reader.attributes();
            ++suite.suiteCount;
        } else if (name == "property"_L1) {
            suite.properties.insert(reader.attributes().value("name"_L1).toString(),
                                    reader.attributes().value("value"_L1).toString());
        } else if (name == "testcase"_L1) {
            TestCase testCase;
            testCase.classname = reader.attributes().value("classname"_L1).toString();
            testCase.name = reader.attributes().value("name"_L1).toString();
            suite.cases.append(testCase);
        } else if (name == "failure"_L1) {
            TestCase &last = suite.cases.last();
            last.failed = true;
            last.failureMessage = reader.attributes().value("message"_L1).toString();
            last.failureType = reader.attributes().value("type"_L1).toString();
            last.failureText = reader.readElementText();
        } else if (name == "system-out"_L1) {
            suite.cases.last().systemOut = reader.readElementText();
        }
    }
    if (reader.hasError())
        suite.error = reader.errorString();
    return suite;
}

const TestCase *find(const Suite &suite, const QString &rule)
{
    for (const TestCase &testCase : suite.cases) {
        if (testCase.name == rule)
            return &testCase;
    }
    return nullptr;
}

} // namespace

class tst_JUnitWriter : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedWithOneCasePerRule();
    void failingRulesListTheirFindings();
    void threshold_data();
    void threshold();
    void properties();
    void findingOfAnUnlistedRuleStillCounts();
    void controlCharactersStayWellFormed();
};

void tst_JUnitWriter::wellFormedWithOneCasePerRule()
{
    const ScanReport report = SampleReports::mixed();
    const Suite suite = parse(JUnitWriter().write(report));
    QVERIFY2(suite.error.isEmpty(), qPrintable(suite.error));
    QCOMPARE(suite.suiteCount, 1);
    QCOMPARE(suite.suite.value("name"_L1), "greenlight"_L1);
    QCOMPARE(suite.cases.size(), report.rules.size());
    for (qsizetype i = 0; i < report.rules.size(); ++i) {
        QCOMPARE(suite.cases.at(i).name, report.rules.at(i).id);
        QCOMPARE(suite.cases.at(i).classname, report.rules.at(i).category);
    }
    // Six rules have findings; systemd.runs-as-root ran and found nothing.
    QCOMPARE(suite.suite.value("tests"_L1), "7"_L1);
    QCOMPARE(suite.suite.value("failures"_L1), "6"_L1);
    QCOMPARE(suite.suite.value("errors"_L1), "0"_L1);
    QCOMPARE(suite.suite.value("time"_L1), "1.500"_L1);
    QCOMPARE(suite.suite.value("timestamp"_L1), "2024-05-06T07:08:09"_L1);
    QCOMPARE(suite.suites.value("tests"_L1), "7"_L1);
    QCOMPARE(suite.suites.value("failures"_L1), "6"_L1);
    QVERIFY(!find(suite, u"systemd.runs-as-root"_s)->failed);
}

void tst_JUnitWriter::failingRulesListTheirFindings()
{
    const Suite suite = parse(JUnitWriter().write(SampleReports::mixed()));
    const TestCase *pytest = find(suite, u"deps.test-in-prod"_s);
    QVERIFY(pytest);
    QVERIFY(pytest->failed);
    QCOMPARE(pytest->classname, u"dependencies"_s);
    QCOMPARE(pytest->failureType, u"low"_s);
    QCOMPARE(pytest->failureMessage, u"2 finding(s): Title of deps.test-in-prod"_s);
    QCOMPARE(pytest->failureText,
             u"[low] requirements.txt:23: pytest is a test-only package\n"
             u"[low] requirements.txt:24: pytest-django is a test-only package\n"_s);

    const TestCase *policy = find(suite, u"k8s.no-network-policy"_s);
    QCOMPARE(policy->failureText, u"[medium] .: no NetworkPolicy in 2 manifests\n"_s);
    const TestCase *secret = find(suite, u"secrets.private-key"_s);
    QCOMPARE(secret->failureType, u"critical"_s);
    QVERIFY(secret->failureText.contains(u"MIIE********"_s));
}

void tst_JUnitWriter::threshold_data()
{
    QTest::addColumn<std::optional<Severity>>("threshold");
    QTest::addColumn<int>("failures");
    QTest::newRow("info (default)") << std::optional(Severity::Info) << 6;
    QTest::newRow("low") << std::optional(Severity::Low) << 5;
    QTest::newRow("medium") << std::optional(Severity::Medium) << 4;
    QTest::newRow("high") << std::optional(Severity::High) << 3;
    QTest::newRow("critical") << std::optional(Severity::Critical) << 1;
    QTest::newRow("never") << std::optional<Severity>() << 0;
}

void tst_JUnitWriter::threshold()
{
    QFETCH(std::optional<Severity>, threshold);
    QFETCH(int, failures);
    JUnitWriter writer;
    writer.setFailureThreshold(threshold);
    const Suite suite = parse(writer.write(SampleReports::mixed()));
    QVERIFY2(suite.error.isEmpty(), qPrintable(suite.error));
    QCOMPARE(suite.suite.value("failures"_L1).toInt(), failures);
    int failed = 0;
    for (const TestCase &testCase : suite.cases) {
        failed += testCase.failed ? 1 : 0;
        // A finding below the threshold is still reported, as output of a passing case.
        if (!testCase.failed && testCase.name == "deps.test-in-prod"_L1)
            QVERIFY(testCase.systemOut.contains(u"requirements.txt:23"_s));
    }
    QCOMPARE(failed, failures);
    QCOMPARE(suite.cases.size(), 7);
}

void tst_JUnitWriter::properties()
{
    const Suite suite = parse(JUnitWriter().write(SampleReports::mixed()));
    QCOMPARE(suite.properties.value(u"root"_s), u"/work/repos/ledger"_s);
    QCOMPARE(suite.properties.value(u"gitHead"_s), u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(suite.properties.value(u"ruleSetVersion"_s), u"2024.1"_s);
    QCOMPARE(suite.properties.value(u"filesScanned"_s), u"42"_s);
    QCOMPARE(suite.properties.value(u"cancelled"_s), u"false"_s);
}

void tst_JUnitWriter::findingOfAnUnlistedRuleStillCounts()
{
    ScanReport report = SampleReports::clean();
    const RuleInfo custom
            = SampleReports::rule(u"custom.audit-lockdown"_s, Severity::Medium, u"custom"_s);
    report.findings.append(SampleReports::finding(custom, u"entrypoint.sh"_s, 0, u"missing"_s));
    const Suite suite = parse(JUnitWriter().write(report));
    QCOMPARE(suite.cases.size(), report.rules.size() + 1);
    const TestCase *added = find(suite, u"custom.audit-lockdown"_s);
    QVERIFY(added);
    QVERIFY(added->failed);
    QCOMPARE(added->classname, u"custom"_s);
    QCOMPARE(suite.suite.value("failures"_L1), "1"_L1);
}

void tst_JUnitWriter::controlCharactersStayWellFormed()
{
    ScanReport report = SampleReports::clean();
    const RuleInfo rule = report.rules.first();
    Finding finding = SampleReports::finding(rule, u"bin/tool"_s, 3, u"odd \x01\x1b line <&>\""_s);
    finding.snippet = u"\x07 bell & <tag>"_s;
    report.findings.append(finding);
    const QByteArray xml = JUnitWriter().write(report);
    const Suite suite = parse(xml);
    QVERIFY2(suite.error.isEmpty(), qPrintable(suite.error));
    QVERIFY(find(suite, rule.id)->failureText.contains(u"<&>\""_s));
    QVERIFY(find(suite, rule.id)->failureText.contains(u"& <tag>"_s));
}

QTEST_GUILESS_MAIN(tst_JUnitWriter)
#include "tst_JUnitWriter.moc"
