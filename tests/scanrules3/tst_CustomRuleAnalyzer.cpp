#include <QElapsedTimer>
#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/analyzers/CustomRuleAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

CustomRule rule(const QString &id,
                CustomRule::Kind kind,
                const QString &file,
                const QString &pattern = {})
{
    CustomRule result;
    result.id = id;
    result.kind = kind;
    result.file = file;
    result.pattern = pattern;
    result.severity = Severity::Medium;
    result.title = u"Title of "_s + id;
    result.fix = u"Fix "_s + id;
    result.templateId = u"data-protection"_s;
    return result;
}

// Seed 001 MEDIUM-002, as the shipped data-protection template declares it.
CustomRule auditLockdown()
{
    return rule(u"custom.audit-db-lockdown"_s,
                CustomRule::Kind::MustContain,
                u"entrypoint.sh"_s,
                u"manage.py lockdown_audit_db"_s);
}

} // namespace

// Template-declared rules: the four kinds with their positives and negatives, seed 001's
// audit-lockdown rule, redaction of must_not_match snippets, RE2's linear time on a hostile
// pattern, and rules that bypassed the loader's validation.
class tst_CustomRuleAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void findings_data();
    void findings();
    void seed001AuditLockdown();
    void forbiddenMatchIsLocatedAndRedacted();
    void hostileRegexRunsInLinearTime();
    void manyMatchesAreCapped();
    void filesNotReadAreNoted();
    void invalidRulesAreNotedNotRun();
    void wantsOnlyContentRuleFiles();
    void ruleCatalogue();
};

void tst_CustomRuleAnalyzer::findings_data()
{
    QTest::addColumn<QList<CustomRule>>("rules");
    QTest::addColumn<Tree>("tree");
    QTest::addColumn<QStringList>("expected"); // rule@path:line

    using Kind = CustomRule::Kind;
    const CustomRule contains = rule(u"c.contains"_s, Kind::MustContain, u"**/*.sh"_s, u"set -e"_s);
    QTest::newRow("must_contain: every matching file has it")
            << QList{contains}
            << Tree{{u"a.sh"_s, "#!/bin/sh\nset -eu\n"}, {u"bin/b.sh"_s, "set -e\n"}}
            << QStringList();
    QTest::newRow("must_contain: one file lacks it")
            << QList{contains}
            << Tree{{u"a.sh"_s, "#!/bin/sh\nset -eu\n"}, {u"bin/b.sh"_s, "echo\n"}}
            << QStringList{u"c.contains@bin/b.sh:0"_s};
    QTest::newRow("must_contain: case matters") << QList{contains} << Tree{{u"a.sh"_s, "SET -E\n"}}
                                                << QStringList{u"c.contains@a.sh:0"_s};
    QTest::newRow("must_contain: no file matches")
            << QList{contains} << Tree{{u"a.py"_s, "set -e\n"}} << QStringList{u"c.contains@:0"_s};

    const CustomRule forbidden = rule(u"c.forbidden"_s,
                                      Kind::MustNotMatch,
                                      u"config/*.ini"_s,
                                      uR"(^\s*debug\s*=\s*(true|1)\b)"_s);
    QTest::newRow("must_not_match: two lines")
            << QList{forbidden}
            << Tree{{u"config/app.ini"_s, "[main]\ndebug = true\nx=1\n  debug=1\n"},
                    {u"config/prod.ini"_s, "debug = false\n"},
                    {u"other/app.ini"_s, "debug = true\n"}}
            << QStringList{u"c.forbidden@config/app.ini:2"_s, u"c.forbidden@config/app.ini:4"_s};
    QTest::newRow("must_not_match: CRLF and $")
            << QList{rule(u"c.eol"_s, Kind::MustNotMatch, u"*.txt"_s, u"x$"_s)}
            << Tree{{u"a.txt"_s, "abx\r\nxa\r\n"}} << QStringList{u"c.eol@a.txt:1"_s};
    QTest::newRow("must_not_match: no match, no file")
            << QList{forbidden} << Tree{{u"README.md"_s, "debug = true\n"}} << QStringList();

    const CustomRule exists = rule(u"c.exists"_s, Kind::FileExists, u"**/LICENSE*"_s);
    QTest::newRow("file_exists: present")
            << QList{exists} << Tree{{u"pkg/LICENSE.txt"_s, "MIT"}} << QStringList();
    QTest::newRow("file_exists: absent")
            << QList{exists} << Tree{{u"README.md"_s, "x"}} << QStringList{u"c.exists@:0"_s};

    const CustomRule absent = rule(u"c.absent"_s, Kind::FileAbsent, u"**/*.pem"_s);
    QTest::newRow("file_absent: two present")
            << QList{absent}
            << Tree{{u"certs/server.pem"_s, "x"}, {u"key.pem"_s, "x"}, {u"key.txt"_s, "x"}}
            << QStringList{u"c.absent@certs/server.pem:0"_s, u"c.absent@key.pem:0"_s};
    QTest::newRow("file_absent: none")
            << QList{absent} << Tree{{u"key.txt"_s, "x"}} << QStringList();

    QTest::newRow("several rules at once")
            << QList{contains, exists, absent}
            << Tree{{u"run.sh"_s, "echo\n"}, {u"LICENSE"_s, "MIT"}, {u"a.pem"_s, "x"}}
            << QStringList{u"c.absent@a.pem:0"_s, u"c.contains@run.sh:0"_s};
}

void tst_CustomRuleAnalyzer::findings()
{
    QFETCH(QList<CustomRule>, rules);
    QFETCH(Tree, tree);
    QFETCH(QStringList, expected);

    CustomRuleAnalyzer analyzer(rules);
    RecordingSink sink;
    runAnalyzer(analyzer, tree, sink);
    QCOMPARE(sink.keys(true), expected);
    QVERIFY2(sink.notes.isEmpty(), qPrintable(sink.notes.join(u'\n')));
}

void tst_CustomRuleAnalyzer::seed001AuditLockdown()
{
    const QByteArray withoutLockdown = "#!/bin/sh\nset -e\npython manage.py migrate\n"
                                       "python manage.py migrate --database=audit\n"
                                       "exec gunicorn app.wsgi\n";
    const QByteArray withLockdown = "#!/bin/sh\nset -e\npython manage.py migrate\n"
                                    "python manage.py migrate --database=audit\n"
                                    "python manage.py lockdown_audit_db\n"
                                    "exec gunicorn app.wsgi\n";
    {
        CustomRuleAnalyzer analyzer({auditLockdown()});
        RecordingSink sink;
        runAnalyzer(analyzer, Tree{{u"entrypoint.sh"_s, withoutLockdown}}, sink);
        QCOMPARE(sink.findings.size(), 1);
        const Finding &finding = sink.findings.first();
        QCOMPARE(finding.ruleId, u"custom.audit-db-lockdown"_s);
        QCOMPARE(finding.location.path, u"entrypoint.sh"_s);
        QCOMPARE(finding.location.line, 0);
        QCOMPARE(finding.message,
                 u"entrypoint.sh does not contain 'manage.py lockdown_audit_db'"_s);
    }
    {
        CustomRuleAnalyzer analyzer({auditLockdown()});
        RecordingSink sink;
        runAnalyzer(analyzer, Tree{{u"entrypoint.sh"_s, withLockdown}}, sink);
        QCOMPARE(sink.findings.size(), 0);
    }
    {
        // Only a nested entrypoint: the root one the rule names is missing.
        CustomRuleAnalyzer analyzer({auditLockdown()});
        RecordingSink sink;
        runAnalyzer(analyzer, Tree{{u"docker/entrypoint.sh"_s, withLockdown}}, sink);
        QCOMPARE(sink.findings.size(), 1);
        QCOMPARE(sink.findings.first().location.path, QString());
        QCOMPARE(sink.findings.first().message,
                 u"no file matches 'entrypoint.sh', so nothing shows it contains "
                 "'manage.py lockdown_audit_db'"_s);
    }
}

void tst_CustomRuleAnalyzer::forbiddenMatchIsLocatedAndRedacted()
{
    CustomRuleAnalyzer analyzer({rule(
            u"c.password"_s, CustomRule::Kind::MustNotMatch, u"**/*.cfg"_s, uR"(password\s*=)"_s)});
    RecordingSink sink;
    analyzeOne(analyzer,
               u"etc/app.cfg"_s,
               "[db]\n  h\u00f6st = x; password = \"hunter2-correct-horse\" # prod\n"_ba,
               sink);
    QCOMPARE(sink.findings.size(), 1);
    const Finding &finding = sink.findings.first();
    QCOMPARE(finding.location.line, 2);
    QCOMPARE(finding.location.column, 13);    // characters, not UTF-8 bytes (ö is two)
    QCOMPARE(finding.location.endColumn, 23); // exclusive, as in SARIF
    QCOMPARE(finding.message, u"etc/app.cfg matches the forbidden pattern 'password\\s*='"_s);
    QVERIFY2(!finding.snippet.contains(u"hunter2"_s), qPrintable(finding.snippet));
    QVERIFY2(finding.snippet.startsWith(u"h\u00f6st = x; pass*"_s), qPrintable(finding.snippet));
}

void tst_CustomRuleAnalyzer::hostileRegexRunsInLinearTime()
{
    // Catastrophic for a backtracking engine: exponential in the run of a's before the b.
    CustomRuleAnalyzer analyzer(
            {rule(u"c.redos"_s, CustomRule::Kind::MustNotMatch, u"*.txt"_s, u"(a+)+$"_s)});
    const QByteArray line = QByteArray(200000, 'a') + 'b';
    QByteArray content;
    for (int i = 0; i < 5; ++i)
        content += line + '\n';
    RecordingSink sink;
    QElapsedTimer timer;
    timer.start();
    analyzeOne(analyzer, u"evil.txt"_s, content, sink);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 1000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QCOMPARE(sink.findings.size(), 0); // each line ends in b
}

void tst_CustomRuleAnalyzer::manyMatchesAreCapped()
{
    CustomRuleAnalyzer analyzer(
            {rule(u"c.todo"_s, CustomRule::Kind::MustNotMatch, u"*.py"_s, u"TODO"_s)});
    QByteArray content;
    for (int i = 0; i < 80; ++i)
        content += "# TODO\n";
    RecordingSink sink;
    analyzeOne(analyzer, u"a.py"_s, content, sink);
    QCOMPARE(sink.findings.size(), CustomRuleAnalyzer::MaxMatchesPerFile);
    QCOMPARE(sink.notes,
             QStringList{u"a.py: custom rule c.todo: more than 50 matching lines; only the "
                         "first 50 are reported"_s});
}

void tst_CustomRuleAnalyzer::filesNotReadAreNoted()
{
    // entrypoint.sh is in the index (the walk saw it) but was never analyzed: too large.
    CustomRuleAnalyzer analyzer({auditLockdown()});
    RecordingSink sink;
    analyzer.finish(RepositoryIndex{u"/r"_s, {u"entrypoint.sh"_s}}, sink);
    QCOMPARE(sink.findings.size(), 0);
    QCOMPARE(sink.notes,
             QStringList{u"entrypoint.sh: custom rule custom.audit-db-lockdown could not check "
                         "this file (binary or over the size limit)"_s});
}

void tst_CustomRuleAnalyzer::invalidRulesAreNotedNotRun()
{
    CustomRuleAnalyzer analyzer(
            {rule(u"c.badglob"_s, CustomRule::Kind::FileExists, u"src/[ab"_s),
             rule(u"c.badregex"_s, CustomRule::Kind::MustNotMatch, u"*.py"_s, u"(a+"_s)});
    QCOMPARE(analyzer.rules().size(), 2); // still in the catalogue, so the ids are known
    QVERIFY(!analyzer.wants(u"x.py"_s, u"x.py"_s));
    RecordingSink sink;
    runAnalyzer(analyzer, Tree{{u"x.py"_s, "(a+\n"}}, sink);
    QCOMPARE(sink.findings.size(), 0);
    QCOMPARE(sink.notes,
             (QStringList{u": custom rule c.badglob: invalid glob 'src/[ab': '[' at character 5 "
                          "is never closed with ']'"_s,
                          u": custom rule c.badregex: invalid regular expression '(a+': "
                          "missing ): (a+"_s}));
}

void tst_CustomRuleAnalyzer::wantsOnlyContentRuleFiles()
{
    CustomRuleAnalyzer analyzer(
            {auditLockdown(), rule(u"c.absent"_s, CustomRule::Kind::FileAbsent, u"*.pem"_s)});
    QVERIFY(analyzer.wants(u"entrypoint.sh"_s, u"entrypoint.sh"_s));
    QVERIFY(!analyzer.wants(u"app/entrypoint.sh"_s, u"entrypoint.sh"_s));
    QVERIFY(!analyzer.wants(u"key.pem"_s, u"key.pem"_s)); // judged from the index
    QVERIFY(!CustomRuleAnalyzer({}).wants(u"entrypoint.sh"_s, u"entrypoint.sh"_s));
}

void tst_CustomRuleAnalyzer::ruleCatalogue()
{
    CustomRule exists = rule(u"c.exists"_s, CustomRule::Kind::FileExists, u"LICENSE"_s);
    exists.severity = Severity::Low;
    const QList<RuleInfo> rules = CustomRuleAnalyzer({auditLockdown(), exists}).rules();
    QCOMPARE(rules.size(), 2);
    const RuleInfo &lockdown = rules.at(0);
    QCOMPARE(lockdown.id, u"custom.audit-db-lockdown"_s);
    QCOMPARE(lockdown.severity, Severity::Medium);
    QCOMPARE(lockdown.title, u"Title of custom.audit-db-lockdown"_s);
    QCOMPARE(lockdown.rationale, u"Declared in template data-protection"_s);
    QCOMPARE(lockdown.fix, u"Fix custom.audit-db-lockdown"_s);
    QCOMPARE(lockdown.category, u"custom"_s);
    QVERIFY(!lockdown.repositoryLevel);
    QCOMPARE(rules.at(1).severity, Severity::Low);
    QVERIFY(rules.at(1).repositoryLevel);
}

QTEST_GUILESS_MAIN(tst_CustomRuleAnalyzer)
#include "tst_CustomRuleAnalyzer.moc"
