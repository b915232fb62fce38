// The registry and the catalogue built from it: every analyzer is registered and every
// rule id is unique, so findings, SARIF rules and --rules selections are unambiguous.
#include <QRegularExpression>
#include <QTest>

#include "scan/Analyzer.h"
#include "scan/ScanRunner.h"
#include "scan/engine/AnalyzerRegistry.h"
#include "scan/engine/RuleCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

class tst_AnalyzerRegistry : public QObject
{
    Q_OBJECT

private slots:
    void allNineAnalyzersAreRegistered();
    void ruleIdsAreUnique();
    void rulesAreDescribed();
    void plannedRuleIdsAreAllImplemented();
    void customRulesJoinTheCatalogue();
    void allRulesIsSortedById();
    void ruleSetVersionLooksLikeADate();
    void selectRejectsUnknownIds();
};

void tst_AnalyzerRegistry::allNineAnalyzersAreRegistered()
{
    CustomRule custom;
    custom.id = u"custom.example"_s;
    custom.file = u"entrypoint.sh"_s;
    custom.pattern = u"lockdown"_s;
    const auto analyzers = AnalyzerRegistry::create({custom});
    QCOMPARE(analyzers.size(), std::size_t(9));
    for (const auto &analyzer : analyzers)
        QVERIFY(!analyzer->rules().isEmpty());
}

void tst_AnalyzerRegistry::ruleIdsAreUnique()
{
    const auto analyzers = AnalyzerRegistry::create({});
    const RuleCatalog catalog(analyzers);
    QVERIFY2(catalog.duplicateIds().isEmpty(), qPrintable(catalog.duplicateIds().join(u", "_s)));
    qsizetype declared = 0;
    for (const auto &analyzer : analyzers)
        declared += analyzer->rules().size();
    QCOMPARE(catalog.rules().size(), declared);
}

void tst_AnalyzerRegistry::rulesAreDescribed()
{
    static const QRegularExpression idSyntax(u"^[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*$"_s);
    for (const RuleInfo &rule : ScanRunner::allRules()) {
        QVERIFY2(idSyntax.match(rule.id).hasMatch(), qPrintable(rule.id));
        QVERIFY2(!rule.title.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.rationale.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.fix.isEmpty(), qPrintable(rule.id));
        QVERIFY2(!rule.category.isEmpty(), qPrintable(rule.id));
    }
}

void tst_AnalyzerRegistry::plannedRuleIdsAreAllImplemented()
{
    // The ids the shipped templates' `checks:` name (docs/template-schema, issue 3).
    const QStringList planned = {
            u"docker.root-user"_s,
            u"docker.copy-without-dockerignore"_s,
            u"docker.unpinned-base-image"_s,
            u"docker.base-image-not-digest"_s,
            u"docker.add-remote-url"_s,
            u"docker.no-healthcheck"_s,
            u"docker.secret-in-env"_s,
            u"compose.privileged"_s,
            u"compose.host-network"_s,
            u"compose.hardcoded-password"_s,
            u"compose.no-healthcheck"_s,
            u"compose.no-resource-limits"_s,
            u"compose.no-stop-grace-period"_s,
            u"k8s.run-as-non-root"_s,
            u"k8s.privileged"_s,
            u"k8s.privilege-escalation"_s,
            u"k8s.writable-root-fs"_s,
            u"k8s.capabilities-not-dropped"_s,
            u"k8s.no-seccomp"_s,
            u"k8s.host-namespaces"_s,
            u"k8s.unpinned-image"_s,
            u"k8s.no-resources"_s,
            u"k8s.no-probes"_s,
            u"k8s.no-network-policy"_s,
            u"k8s.no-pdb"_s,
            u"systemd.runs-as-root"_s,
            u"systemd.no-stop-timeout"_s,
            u"systemd.no-hardening"_s,
            u"ci.pull-request-target"_s,
            u"ci.permissions"_s,
            u"ci.unpinned-action"_s,
            u"ci.no-sbom"_s,
            u"ci.no-signing"_s,
            u"ci.no-vuln-scan"_s,
            u"ci.no-dependency-updates"_s,
            u"secrets.private-key"_s,
            u"secrets.cloud-key"_s,
            u"secrets.token"_s,
            u"secrets.url-password"_s,
            u"secrets.generic-assignment"_s,
            u"secrets.dotenv-committed"_s,
            u"deps.test-in-prod"_s,
            u"docs.no-rollback-runbook"_s,
            u"docs.no-backup-runbook"_s,
            u"docs.no-restore-runbook"_s,
            u"docs.no-key-rotation-runbook"_s,
            u"docs.no-incident-runbook"_s,
            u"docs.no-security-md"_s,
    };
    QSet<QString> ids;
    for (const RuleInfo &rule : ScanRunner::allRules())
        ids.insert(rule.id);
    for (const QString &id : planned)
        QVERIFY2(ids.contains(id), qPrintable(id));
}

void tst_AnalyzerRegistry::customRulesJoinTheCatalogue()
{
    CustomRule custom;
    custom.id = u"custom.audit-db-lockdown"_s;
    custom.file = u"entrypoint.sh"_s;
    custom.pattern = u"manage.py lockdown_audit_db"_s;
    custom.severity = Severity::Medium;
    custom.title = u"Audit DB locked down"_s;
    custom.fix = u"Run the lockdown"_s;
    const QList<RuleInfo> builtIn = ScanRunner::allRules();
    const QList<RuleInfo> withCustom = ScanRunner::allRules({custom});
    QCOMPARE(withCustom.size(), builtIn.size() + 1);
    const auto it = std::find_if(withCustom.cbegin(), withCustom.cend(), [](const RuleInfo &r) {
        return r.id == u"custom.audit-db-lockdown"_s;
    });
    QVERIFY(it != withCustom.cend());
    QCOMPARE(it->severity, Severity::Medium);
}

void tst_AnalyzerRegistry::allRulesIsSortedById()
{
    const QList<RuleInfo> rules = ScanRunner::allRules();
    QVERIFY(!rules.isEmpty());
    for (qsizetype i = 1; i < rules.size(); ++i)
        QVERIFY(rules.at(i - 1).id < rules.at(i).id);
}

void tst_AnalyzerRegistry::ruleSetVersionLooksLikeADate()
{
    static const QRegularExpression version(u"^20\\d\\d\\.\\d{1,2}\\.\\d+$"_s);
    QVERIFY(version.match(ScanRunner::ruleSetVersion()).hasMatch());
}

void tst_AnalyzerRegistry::selectRejectsUnknownIds()
{
    const RuleCatalog catalog(AnalyzerRegistry::create({}));
    QCOMPARE(catalog.select({}).value().size(), catalog.rules().size());
    const auto bad = catalog.select({u"docker.root-user"_s, u"docker.rot-user"_s});
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorMessage().contains(u"docker.rot-user"_s));
    QVERIFY(bad.errorMessage().contains(u"docker.root-user"_s)); // in the list of valid ids
    QCOMPARE(catalog.select({u"docker.root-user"_s}).value(), QSet<QString>{u"docker.root-user"_s});
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_AnalyzerRegistry)
#include "tst_AnalyzerRegistry.moc"
