#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/analyzers/CiWorkflowAnalyzer.h"
#include "scan/ci/GithubWorkflowRules.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

const auto Sha = "b4ffde65f46336ab88eb53be808477a3936bae11"_ba;

// A workflow that passes every per-file rule; cases change one thing in it.
QByteArray goodWorkflow()
{
    return "name: ci\n"                   // 1
           "on: [push, pull_request]\n"   // 2
           "permissions:\n"               // 3
           "  contents: read\n"           // 4
           "jobs:\n"                      // 5
           "  build:\n"                   // 6
           "    runs-on: ubuntu-latest\n" // 7
           "    steps:\n"                 // 8
           "      - uses: actions/checkout@"
           + Sha // 9
           + "\n"
             "      - uses: ./.github/actions/setup\n" // 10
             "      - run: make test\n";               // 11
}

QByteArray replaced(const char *from, const QByteArray &to)
{
    QByteArray yaml = goodWorkflow();
    if (yaml.count(from) != 1)
        qFatal("'%s' must occur exactly once in the workflow", from);
    return yaml.replace(from, to);
}

QStringList perFileKeys(const RecordingSink &sink)
{
    QStringList keys;
    for (const QString &key : sink.keys()) {
        if (key.startsWith(u"ci.pull-request-target"_s) || key.startsWith(u"ci.permissions"_s)
            || key.startsWith(u"ci.unpinned-action"_s))
            keys.append(key);
    }
    return keys;
}

} // namespace

// CI rules: the per-file rules on GitHub workflows (with exact lines), the repository-level
// supply-chain controls over every kind of pipeline, and the no-CI-at-all case.
class tst_CiWorkflowAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void perFileRules_data();
    void perFileRules();
    void classifiesUses_data();
    void classifiesUses();
    void findingCarriesLocationAndSnippet();
    void brokenYamlIsNotedNotFatal();
    void repositoryRules_data();
    void repositoryRules();
    void noCiConfigurationSaysSo();
    void wants_data();
    void wants();
    void ruleCatalogue();
};

void tst_CiWorkflowAnalyzer::perFileRules_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("good workflow")
            << u".github/workflows/ci.yml"_s << goodWorkflow() << QStringList();

    // --- ci.unpinned-action
    QTest::newRow("tag-pinned action")
            << u".github/workflows/ci.yml"_s << replaced(Sha.constData(), "v4")
            << QStringList{u"ci.unpinned-action@9"_s};
    QTest::newRow("branch-pinned action")
            << u".github/workflows/ci.yml"_s << replaced(Sha.constData(), "main")
            << QStringList{u"ci.unpinned-action@9"_s};
    QTest::newRow("short SHA") << u".github/workflows/ci.yml"_s
                               << replaced(Sha.constData(), "b4ffde6")
                               << QStringList{u"ci.unpinned-action@9"_s};
    QTest::newRow("no ref at all") << u".github/workflows/ci.yml"_s
                                   << replaced("actions/checkout@" + Sha, "actions/checkout")
                                   << QStringList{u"ci.unpinned-action@9"_s};
    QTest::newRow("upper-case SHA is a SHA")
            << u".github/workflows/ci.yml"_s << replaced(Sha.constData(), Sha.toUpper())
            << QStringList();
    QTest::newRow("docker action by tag")
            << u".github/workflows/ci.yml"_s
            << replaced("./.github/actions/setup", "docker://alpine:3.19")
            << QStringList{u"ci.unpinned-action@10"_s};
    QTest::newRow("docker action by digest")
            << u".github/workflows/ci.yml"_s
            << replaced("./.github/actions/setup",
                        "docker://alpine@sha256:"
                        "c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b")
            << QStringList();
    QTest::newRow("reusable workflow by tag")
            << u".github/workflows/ci.yml"_s
            << goodWorkflow()
                       + "  release:\n"                                            // 12
                         "    permissions:\n"                                      // 13
                         "      contents: write\n"                                 // 14
                         "    uses: org/shared/.github/workflows/release.yml@v2\n" // 15
            << QStringList{u"ci.unpinned-action@15"_s};
    QTest::newRow("composite action step") << u".github/actions/setup/action.yml"_s
                                           << "name: setup\nruns:\n  using: composite\n  steps:\n"
                                              "    - uses: actions/setup-node@v4\n"
                                              "    - run: npm ci\n      shell: bash\n"_ba
                                           << QStringList{u"ci.unpinned-action@5"_s};

    // --- ci.permissions
    QTest::newRow("write-all at the workflow level")
            << u".github/workflows/ci.yml"_s
            << replaced("permissions:\n  contents: read\n", "permissions: write-all\n")
            << QStringList{u"ci.permissions@3"_s};
    QTest::newRow("no permissions anywhere")
            << u".github/workflows/ci.yml"_s << replaced("permissions:\n  contents: read\n", "")
            << QStringList{u"ci.permissions@4"_s};
    QTest::newRow("job-level permissions on every job")
            << u".github/workflows/ci.yml"_s
            << replaced("permissions:\n  contents: read\n", "")
                       .replace("    runs-on:",
                                "    permissions:\n      contents: read\n    runs-on:")
            << QStringList();
    QTest::newRow("job-level permissions on one job of two")
            << u".github/workflows/ci.yml"_s
            << replaced("permissions:\n  contents: read\n", "")
                               .replace("    runs-on:", "    permissions: read-all\n    runs-on:")
                       + "  lint:\n" // 11
                         "    runs-on: ubuntu-latest\n"
                         "    steps:\n      - run: make lint\n"
            << QStringList{u"ci.permissions@11"_s};
    QTest::newRow("job-level write-all")
            << u".github/workflows/ci.yml"_s
            << replaced("    runs-on:", "    permissions: write-all\n    runs-on:")
            << QStringList{u"ci.permissions@7"_s};

    // --- ci.pull-request-target
    const QByteArray prTarget = "on:\n"                              // 1
                                "  pull_request_target:\n"           // 2
                                "    types: [opened, synchronize]\n" // 3
                                "permissions:\n"                     // 4
                                "  contents: read\n"                 // 5
                                "jobs:\n"                            // 6
                                "  test:\n"                          // 7
                                "    runs-on: ubuntu-latest\n"       // 8
                                "    steps:\n"                       // 9
                                "      - uses: actions/checkout@"
                                + Sha
                                + "\n"                                                         // 10
                                  "        with:\n"                                            // 11
                                  "          ref: ${{ github.event.pull_request.head.sha }}\n" // 12
                                  "      - run: npm test\n";                                   // 13
    QTest::newRow("pull_request_target checking out the head sha")
            << u".github/workflows/pr.yml"_s << prTarget
            << QStringList{u"ci.pull-request-target@12"_s};
    QTest::newRow("pull_request_target checking out the head ref")
            << u".github/workflows/pr.yml"_s << QByteArray(prTarget).replace("head.sha", "head.ref")
            << QStringList{u"ci.pull-request-target@12"_s};
    QTest::newRow("pull_request_target checking out refs/pull, list trigger")
            << u".github/workflows/pr.yaml"_s
            << QByteArray(prTarget)
                       .replace("on:\n  pull_request_target:\n    types: [opened, synchronize]\n",
                                "on: [push, pull_request_target]\n\n\n")
                       .replace("${{ github.event.pull_request.head.sha }}",
                                "refs/pull/${{ github.event.number }}/merge")
            << QStringList{u"ci.pull-request-target@12"_s};
    QTest::newRow("pull_request_target checking out the fork repository")
            << u".github/workflows/pr.yml"_s
            << QByteArray(prTarget).replace(
                       "ref: ${{ github.event.pull_request.head.sha }}",
                       "repository: ${{ github.event.pull_request.head.repo.full_name }}")
            << QStringList{u"ci.pull-request-target@12"_s};
    QTest::newRow("pull_request_target without checking out the head")
            << u".github/workflows/pr.yml"_s
            << QByteArray(prTarget).replace(
                       "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n",
                       "")
            << QStringList();
    QTest::newRow("pull_request_target as a scalar trigger, gh pr checkout in a script")
            << u".github/workflows/pr.yml"_s
            << "on: pull_request_target\n"                             // 1
               "permissions:\n  contents: read\n"                      // 2-3
               "jobs:\n  test:\n"                                      // 4-5
               "    runs-on: ubuntu-latest\n"                          // 6
               "    steps:\n"                                          // 7
               "      - run: |\n"                                      // 8
               "          echo start\n"                                // 9
               "          gh pr checkout ${{ github.event.number }}\n" // 10
               "          make test\n"_ba
            << QStringList{u"ci.pull-request-target@10"_s};
    QTest::newRow("pull_request checking out the head is fine")
            << u".github/workflows/pr.yml"_s
            << QByteArray(prTarget).replace("pull_request_target:", "pull_request:")
            << QStringList();

    // --- files without per-file rules
    QTest::newRow("GitLab CI") << u".gitlab-ci.yml"_s
                               << "stages: [test]\ntest:\n  image: python:3.12\n"
                                  "  script:\n    - pytest\n"_ba
                               << QStringList();
}

void tst_CiWorkflowAnalyzer::perFileRules()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, yaml);
    QFETCH(QStringList, expected);

    CiWorkflowAnalyzer analyzer;
    QVERIFY(analyzer.wants(path, fileNameOf(path)));
    RecordingSink sink;
    analyzeOne(analyzer, path, yaml, sink);
    QCOMPARE(perFileKeys(sink), expected);
    QVERIFY2(sink.notes.isEmpty(), qPrintable(sink.notes.join(u'\n')));
}

void tst_CiWorkflowAnalyzer::classifiesUses_data()
{
    QTest::addColumn<QString>("uses");
    QTest::addColumn<int>("pin");
    QTest::addColumn<QString>("ref");

    using Pin = GithubWorkflowRules::Pin;
    QTest::newRow("sha") << u"actions/checkout@"_s + QString::fromLatin1(Sha) << int(Pin::Pinned)
                         << QString::fromLatin1(Sha);
    QTest::newRow("tag") << u"actions/checkout@v4.1.1"_s << int(Pin::Unpinned) << u"v4.1.1"_s;
    QTest::newRow("sub-path action")
            << u"github/codeql-action/init@v3"_s << int(Pin::Unpinned) << u"v3"_s;
    QTest::newRow("local") << u"./tools/action"_s << int(Pin::Pinned) << QString();
    QTest::newRow("no ref") << u"actions/checkout"_s << int(Pin::NoRef) << QString();
    QTest::newRow("39 hex is not a SHA") << u"a/b@"_s + QString::fromLatin1(Sha.left(39))
                                         << int(Pin::Unpinned) << QString::fromLatin1(Sha.left(39));
    QTest::newRow("docker digest")
            << u"docker://ghcr.io/x/y@sha256:abc"_s << int(Pin::Pinned) << u"sha256:abc"_s;
    QTest::newRow("docker tag") << u"docker://ghcr.io/x/y:1"_s << int(Pin::Unpinned) << QString();
}

void tst_CiWorkflowAnalyzer::classifiesUses()
{
    QFETCH(QString, uses);
    QFETCH(int, pin);
    QFETCH(QString, ref);

    QString actualRef;
    QCOMPARE(int(GithubWorkflowRules::classifyUses(uses, &actualRef)), pin);
    QCOMPARE(actualRef, ref);
}

void tst_CiWorkflowAnalyzer::findingCarriesLocationAndSnippet()
{
    CiWorkflowAnalyzer analyzer;
    RecordingSink sink;
    analyzeOne(analyzer, u".github/workflows/ci.yml"_s, replaced(Sha.constData(), "v4"), sink);
    const Finding *finding = sink.first(u"ci.unpinned-action"_s);
    QVERIFY(finding);
    QCOMPARE(finding->location.path, u".github/workflows/ci.yml"_s);
    QCOMPARE(finding->location.line, 9);
    QCOMPARE(finding->location.column, 15);
    QCOMPARE(finding->snippet, u"- uses: actions/checkout@v4"_s);
    QCOMPARE(finding->message,
             u"action 'actions/checkout@v4' is pinned to 'v4', a tag or branch that can be moved "
             "to other code, not to a full 40-character commit SHA"_s);
}

void tst_CiWorkflowAnalyzer::brokenYamlIsNotedNotFatal()
{
    CiWorkflowAnalyzer analyzer;
    RecordingSink sink;
    analyzeOne(analyzer,
               u".github/workflows/broken.yml"_s,
               "jobs:\n  build: [unclosed\n    steps: trivy image x\n"_ba,
               sink);
    QCOMPARE(sink.findings.size(), 0);
    QCOMPARE(sink.notes.size(), 1);
    QVERIFY2(sink.notes.first().startsWith(
                     u".github/workflows/broken.yml: not valid YAML, CI rules skipped: line "_s),
             qPrintable(sink.notes.first()));
    // The tools are still seen in the text: a vulnerability scan counts.
    analyzer.finish(RepositoryIndex{u"/r"_s, {u".github/workflows/broken.yml"_s}}, sink);
    QVERIFY(!sink.ruleIds().contains(u"ci.no-vuln-scan"_s));
    QVERIFY(sink.ruleIds().contains(u"ci.no-sbom"_s));
}

void tst_CiWorkflowAnalyzer::repositoryRules_data()
{
    QTest::addColumn<Tree>("tree");
    QTest::addColumn<QStringList>("expected"); // repository-level rule ids that fire

    const QString sbom = u"ci.no-sbom"_s;
    const QString signing = u"ci.no-signing"_s;
    const QString vuln = u"ci.no-vuln-scan"_s;
    const QString updates = u"ci.no-dependency-updates"_s;
    const QByteArray dependabot = "version: 2\nupdates:\n  - package-ecosystem: pip\n"
                                  "    directory: /\n    schedule: {interval: weekly}\n";
    const auto workflow = [](const QByteArray &steps) {
        return "on: push\npermissions: {contents: read}\njobs:\n  release:\n"
               "    runs-on: ubuntu-latest\n    steps:\n"
               + steps;
    };

    QTest::newRow("empty repository")
            << Tree{{u"main.py"_s, "print(1)\n"}} << QStringList{sbom, signing, updates, vuln};
    QTest::newRow("hardened GitHub pipeline")
            << Tree{{u".github/workflows/release.yml"_s,
                     workflow("      - uses: anchore/sbom-action@x\n"
                              "      - run: cosign sign --yes ghcr.io/acme/app@${DIGEST}\n"
                              "      - uses: aquasecurity/trivy-action@x\n")},
                    {u".github/dependabot.yml"_s, dependabot}}
            << QStringList();
    QTest::newRow("only a vulnerability scan")
            << Tree{{u".github/workflows/ci.yml"_s, workflow("      - run: pip-audit -r r.txt\n")}}
            << QStringList{sbom, signing, updates};
    QTest::newRow("build-push-action with sbom: true, attest")
            << Tree{{u".github/workflows/ci.yml"_s,
                     workflow("      - uses: docker/build-push-action@x\n"
                              "        with:\n          push: true\n          sbom: true\n"
                              "      - uses: actions/attest-build-provenance@x\n")},
                    {u"renovate.json"_s, "{}"}}
            << QStringList{vuln};
    QTest::newRow("sbom: false is no SBOM")
            << Tree{{u".github/workflows/ci.yml"_s,
                     workflow("      - uses: docker/build-push-action@x\n"
                              "        with:\n          sbom: false\n")}}
            << QStringList{sbom, signing, updates, vuln};
    QTest::newRow("tools named only in comments do not count")
            << Tree{{u".github/workflows/ci.yml"_s,
                     workflow("      # TODO: trivy, syft and cosign\n      - run: make\n")}}
            << QStringList{sbom, signing, updates, vuln};
    QTest::newRow("GitLab security templates")
            << Tree{{u".gitlab-ci.yml"_s,
                     "include:\n  - template: Security/SAST.gitlab-ci.yml\n"
                     "  - template: Jobs/Dependency-Scanning.gitlab-ci.yml\n"
                     "build:\n  script:\n"
                     "    - docker buildx build --sbom=true -t app .\n"_ba}}
            << QStringList{signing, updates};
    QTest::newRow("Jenkinsfile with cosign and grype, renovate in package.json")
            << Tree{{u"Jenkinsfile"_s,
                     "pipeline { stages { stage('x') { steps {\n"
                     "  sh 'grype app:latest && syft app:latest -o spdx-json'\n"
                     "  sh 'cosign sign app' } } } }\n"_ba},
                    {u"package.json"_s,
                     R"({"name": "x", "renovate": {"extends": ["config:base"]}})"}}
            << QStringList();
    QTest::newRow("renovate key in a nested package.json does not count")
            << Tree{{u".github/workflows/ci.yml"_s, workflow("      - run: npm audit\n")},
                    {u"web/package.json"_s, R"({"renovate": {}})"}}
            << QStringList{sbom, signing, updates};
    QTest::newRow("gpg detached signature, osv-scanner, .renovaterc")
            << Tree{{u".github/workflows/ci.yml"_s,
                     workflow("      - run: gpg --armor --detach-sign dist/app.tar.gz\n"
                              "      - uses: google/osv-scanner-action@x\n")},
                    {u".renovaterc.json"_s, "{}"}}
            << QStringList{sbom};
    QTest::newRow("dependabot alone is no CI")
            << Tree{{u".github/dependabot.yaml"_s, dependabot}} << QStringList{sbom, signing, vuln};
}

void tst_CiWorkflowAnalyzer::repositoryRules()
{
    QFETCH(Tree, tree);
    QFETCH(QStringList, expected);

    CiWorkflowAnalyzer analyzer;
    RecordingSink sink;
    runAnalyzer(analyzer, tree, sink);
    QStringList repositoryLevel;
    for (const Finding &finding : std::as_const(sink.findings)) {
        if (finding.location.path.isEmpty()) {
            QCOMPARE(finding.location.line, 0);
            repositoryLevel.append(finding.ruleId);
        }
    }
    repositoryLevel.sort();
    expected.sort();
    QCOMPARE(repositoryLevel, expected);
}

void tst_CiWorkflowAnalyzer::noCiConfigurationSaysSo()
{
    CiWorkflowAnalyzer analyzer;
    RecordingSink sink;
    runAnalyzer(analyzer, Tree{{u"README.md"_s, "# x\n"}}, sink);
    QCOMPARE(sink.findings.size(), 4);
    for (const QString &rule : {u"ci.no-sbom"_s, u"ci.no-signing"_s, u"ci.no-vuln-scan"_s}) {
        const Finding *finding = sink.first(rule);
        QVERIFY(finding);
        QVERIFY2(finding->message.startsWith(u"no CI configuration found"_s),
                 qPrintable(finding->message));
    }
    QVERIFY(sink.first(u"ci.no-dependency-updates"_s)
                    ->message.startsWith(u"no dependency update tool is configured"_s));

    // With a pipeline, the message names what was looked for instead.
    CiWorkflowAnalyzer withCi;
    RecordingSink ciSink;
    runAnalyzer(withCi, Tree{{u".gitlab-ci.yml"_s, "test:\n  script: [make]\n"}}, ciSink);
    QCOMPARE(ciSink.first(u"ci.no-sbom"_s)->message,
             u"no step in the 1 CI file(s) generates an SBOM: looked for syft, "
             "anchore/sbom-action, CycloneDX, SPDX, docker buildx --sbom"_s);
}

void tst_CiWorkflowAnalyzer::wants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");

    QTest::newRow("workflow yml") << u".github/workflows/ci.yml"_s << true;
    QTest::newRow("workflow yaml") << u".github/workflows/release.yaml"_s << true;
    QTest::newRow("workflow subfolder") << u".github/workflows/old/ci.yml"_s << false;
    QTest::newRow("workflow readme") << u".github/workflows/README.md"_s << false;
    QTest::newRow("composite action") << u".github/actions/setup/action.yml"_s << true;
    QTest::newRow("root action") << u"action.yml"_s << true;
    QTest::newRow("vendored action.yml") << u"vendor/x/action.yml"_s << false;
    QTest::newRow("gitlab") << u".gitlab-ci.yml"_s << true;
    QTest::newRow("gitlab include") << u"ci/build.gitlab-ci.yml"_s << true;
    QTest::newRow("gitlab ci folder") << u".gitlab/ci/test.yml"_s << true;
    QTest::newRow("Jenkinsfile") << u"Jenkinsfile"_s << true;
    QTest::newRow("nested Jenkinsfile") << u"ci/Jenkinsfile.release"_s << true;
    QTest::newRow("circleci") << u".circleci/config.yml"_s << true;
    QTest::newRow("root package.json") << u"package.json"_s << true;
    QTest::newRow("nested package.json") << u"web/package.json"_s << false;
    QTest::newRow("other yaml") << u"k8s/deploy.yaml"_s << false;
    QTest::newRow("dependabot (index only)") << u".github/dependabot.yml"_s << false;
}

void tst_CiWorkflowAnalyzer::wants()
{
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QCOMPARE(CiWorkflowAnalyzer().wants(path, fileNameOf(path)), expected);
}

void tst_CiWorkflowAnalyzer::ruleCatalogue()
{
    const QList<RuleInfo> rules = CiWorkflowAnalyzer().rules();
    QStringList ids;
    for (const RuleInfo &rule : rules) {
        ids.append(rule.id + u'=' + severityKey(rule.severity)
                   + (rule.repositoryLevel ? u"/repo"_s : QString()));
        QVERIFY(!rule.title.isEmpty());
        QVERIFY(!rule.rationale.isEmpty());
        QVERIFY(!rule.fix.isEmpty());
        QCOMPARE(rule.category, u"ci"_s);
    }
    QCOMPARE(ids,
             (QStringList{u"ci.pull-request-target=high"_s,
                          u"ci.permissions=medium"_s,
                          u"ci.unpinned-action=medium"_s,
                          u"ci.no-sbom=medium/repo"_s,
                          u"ci.no-signing=medium/repo"_s,
                          u"ci.no-vuln-scan=high/repo"_s,
                          u"ci.no-dependency-updates=low/repo"_s}));
}

QTEST_GUILESS_MAIN(tst_CiWorkflowAnalyzer)
#include "tst_CiWorkflowAnalyzer.moc"
