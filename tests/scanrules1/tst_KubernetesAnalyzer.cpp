#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/analyzers/KubernetesAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using greenlight::test::Files;

namespace {

// A Deployment that passes every per-workload rule; rows edit it. Line numbers matter.
const QByteArray Hardened = "apiVersion: apps/v1\n"                               // 1
                            "kind: Deployment\n"                                  // 2
                            "metadata:\n"                                         // 3
                            "  name: web\n"                                       // 4
                            "  namespace: shop\n"                                 // 5
                            "spec:\n"                                             // 6
                            "  replicas: 3\n"                                     // 7
                            "  selector:\n"                                       // 8
                            "    matchLabels: {app: web}\n"                       // 9
                            "  template:\n"                                       // 10
                            "    metadata:\n"                                     // 11
                            "      labels: {app: web, tier: frontend}\n"          // 12
                            "    spec:\n"                                         // 13
                            "      securityContext:\n"                            // 14
                            "        runAsNonRoot: true\n"                        // 15
                            "        seccompProfile: {type: RuntimeDefault}\n"    // 16
                            "      containers:\n"                                 // 17
                            "        - name: app\n"                               // 18
                            "          image: registry.example.com/web:1.4.2\n"   // 19
                            "          securityContext:\n"                        // 20
                            "            allowPrivilegeEscalation: false\n"       // 21
                            "            readOnlyRootFilesystem: true\n"          // 22
                            "            capabilities: {drop: [ALL]}\n"           // 23
                            "          resources:\n"                              // 24
                            "            requests: {cpu: 100m, memory: 128Mi}\n"  // 25
                            "            limits: {cpu: 500m, memory: 256Mi}\n"    // 26
                            "          readinessProbe: {httpGet: {port: 8000}}\n" // 27
                            "          livenessProbe: {httpGet: {port: 8000}}\n"; // 28

const QByteArray Budget = "apiVersion: policy/v1\nkind: PodDisruptionBudget\n"
                          "metadata: {name: web, namespace: shop}\n"
                          "spec:\n  minAvailable: 2\n  selector:\n    matchLabels: {app: web}\n";
const QByteArray Policy = "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n"
                          "metadata: {name: default-deny}\n"
                          "spec: {podSelector: {}, policyTypes: [Ingress]}\n";

QByteArray edited(std::initializer_list<std::pair<QByteArray, QByteArray>> edits,
                  QByteArray text = Hardened)
{
    for (const auto &[from, to] : edits) {
        Q_ASSERT(text.contains(from));
        text.replace(from, to);
    }
    return text;
}

Files deploy(const QByteArray &content)
{
    return Files{{u"k8s/deploy.yaml"_s, content},
                 {u"k8s/pdb.yaml"_s, Budget},
                 {u"k8s/netpol.yaml"_s, Policy}};
}

QStringList at(std::initializer_list<int> lines, const QString &path = u"k8s/deploy.yaml"_s)
{
    QStringList result;
    for (int line : lines)
        result.append(path + u':' + QString::number(line));
    result.sort();
    return result;
}

} // namespace

class tst_KubernetesAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void rulesCatalogue();
    void hardenedIsClean();
    void rule_data();
    void rule();
    void positionsAndMessages();
    void helmTemplateIsSkippedWithNote();
    void helmTemplateThatIsYamlIsAnalysed();
    void invalidManifestIsNoted();
    void otherYamlIsIgnored();
};

void tst_KubernetesAnalyzer::rulesCatalogue()
{
    const QList<RuleInfo> rules = KubernetesAnalyzer().rules();
    QCOMPARE(rules.size(), 12);
    for (const RuleInfo &rule : rules) {
        QVERIFY(rule.id.startsWith(u"k8s."_s));
        QCOMPARE(rule.category, u"kubernetes"_s);
        QCOMPARE(rule.repositoryLevel,
                 rule.id == u"k8s.no-network-policy" || rule.id == u"k8s.no-pdb");
    }
}

void tst_KubernetesAnalyzer::hardenedIsClean()
{
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, deploy(Hardened), sink);
    for (const Finding &finding : sink.findings())
        qWarning() << finding.ruleId << finding.location.line << finding.message;
    QCOMPARE(sink.findings().size(), 0);
    QCOMPARE(sink.notes().size(), 0);
}

void tst_KubernetesAnalyzer::rule_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<Files>("files");
    QTest::addColumn<QStringList>("expected");

    const QString root = u"k8s.run-as-non-root"_s;
    QTest::newRow("root: nothing set") << root << deploy(edited({{"runAsNonRoot: true\n", ""}}))
                                       << at({17}); // one line less above
    QTest::newRow("root: runAsNonRoot false")
            << root << deploy(edited({{"runAsNonRoot: true", "runAsNonRoot: false"}})) << at({15});
    QTest::newRow("root: pod runAsUser 0")
            << root << deploy(edited({{"runAsNonRoot: true", "runAsUser: 0"}})) << at({15});
    QTest::newRow("root: container runAsUser 1000 ok")
            << root
            << deploy(edited({{"runAsNonRoot: true\n", ""},
                              {"readOnlyRootFilesystem: true\n",
                               "readOnlyRootFilesystem: true\n            runAsUser: 1000\n"}}))
            << QStringList{};
    QTest::newRow("root: container overrides pod with UID 0")
            << root
            << deploy(edited({{"readOnlyRootFilesystem: true\n",
                               "readOnlyRootFilesystem: true\n            runAsUser: 0\n"}}))
            << at({23});

    const QString privileged = u"k8s.privileged"_s;
    QTest::newRow("privileged")
            << privileged
            << deploy(edited({{"readOnlyRootFilesystem: true\n",
                               "readOnlyRootFilesystem: true\n            privileged: true\n"}}))
            << at({23});
    QTest::newRow("not privileged") << privileged << deploy(Hardened) << QStringList{};

    const QString escalation = u"k8s.privilege-escalation"_s;
    QTest::newRow("escalation true")
            << escalation << deploy(edited({{"Escalation: false", "Escalation: true"}}))
            << at({21});
    QTest::newRow("escalation unset")
            << escalation << deploy(edited({{"            allowPrivilegeEscalation: false\n", ""}}))
            << at({18});

    const QString rootFs = u"k8s.writable-root-fs"_s;
    QTest::newRow("root fs false")
            << rootFs << deploy(edited({{"Filesystem: true", "Filesystem: false"}})) << at({22});
    QTest::newRow("no securityContext at all")
            << rootFs
            << deploy(edited({{"          securityContext:\n            allowPrivilegeEscalation: "
                               "false\n            readOnlyRootFilesystem: true\n            "
                               "capabilities: {drop: [ALL]}\n",
                               ""}}))
            << at({18});

    const QString caps = u"k8s.capabilities-not-dropped"_s;
    QTest::newRow("caps: drop NET_RAW only")
            << caps << deploy(edited({{"drop: [ALL]", "drop: [NET_RAW]"}})) << at({23});
    QTest::newRow("caps: lower-case all ok")
            << caps << deploy(edited({{"drop: [ALL]", "drop: [all]"}})) << QStringList{};
    QTest::newRow("caps: add only")
            << caps << deploy(edited({{"{drop: [ALL]}", "{add: [NET_ADMIN]}"}})) << at({23});

    const QString seccomp = u"k8s.no-seccomp"_s;
    QTest::newRow("seccomp: none")
            << seccomp << deploy(edited({{"        seccompProfile: {type: RuntimeDefault}\n", ""}}))
            << at({17});
    QTest::newRow("seccomp: container Unconfined overrides pod")
            << seccomp
            << deploy(edited({{"capabilities: {drop: [ALL]}\n",
                               "capabilities: {drop: [ALL]}\n            seccompProfile:\n"
                               "              type: Unconfined\n"}}))
            << at({25});
    QTest::newRow("seccomp: legacy annotation ok")
            << seccomp
            << deploy(edited({{"        seccompProfile: {type: RuntimeDefault}\n", ""},
                              {"    metadata:\n",
                               "    metadata:\n      annotations:\n        "
                               "seccomp.security.alpha.kubernetes.io/pod: runtime/default\n"}}))
            << QStringList{};

    const QString host = u"k8s.host-namespaces"_s;
    QTest::newRow("host network and PID")
            << host
            << deploy(edited({{"      containers:\n",
                               "      hostNetwork: true\n      hostPID: true\n      "
                               "hostIPC: false\n      containers:\n"}}))
            << at({17, 18});

    const QString image = u"k8s.unpinned-image"_s;
    QTest::newRow("image untagged") << image << deploy(edited({{"web:1.4.2", "web"}})) << at({19});
    QTest::newRow("image latest") << image << deploy(edited({{"web:1.4.2", "web:latest"}}))
                                  << at({19});
    QTest::newRow("image digest ok")
            << image << deploy(edited({{"web:1.4.2", "web@sha256:0123456789abcdef"}}))
            << QStringList{};

    const QString resources = u"k8s.no-resources"_s;
    QTest::newRow("resources: no limits")
            << resources
            << deploy(edited({{"            limits: {cpu: 500m, memory: 256Mi}\n", ""}}))
            << at({24});
    QTest::newRow("resources: none")
            << resources
            << deploy(edited({{"          resources:\n            requests: {cpu: 100m, memory: "
                               "128Mi}\n            limits: {cpu: 500m, memory: 256Mi}\n",
                               ""}}))
            << at({18});

    const QString probes = u"k8s.no-probes"_s;
    QTest::newRow("probes: liveness missing")
            << probes
            << deploy(edited({{"          livenessProbe: {httpGet: {port: 8000}}\n", ""}}))
            << at({18});
    QTest::newRow("probes: Job is not probed")
            << probes
            << deploy(edited({{"kind: Deployment", "kind: Job"},
                              {"          readinessProbe: {httpGet: {port: 8000}}\n", ""}}))
            << QStringList{};
    QTest::newRow("probes: init containers are not probed")
            << probes
            << deploy(edited({{"      containers:\n",
                               "      initContainers:\n        - name: migrate\n"
                               "          image: web:1.4.2\n      containers:\n"}}))
            << QStringList{};
    QTest::newRow("init container is checked for security")
            << escalation
            << deploy(edited({{"      containers:\n",
                               "      initContainers:\n        - name: migrate\n"
                               "          image: web:1.4.2\n      containers:\n"}}))
            << at({18});

    const QByteArray cronJob = "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\n"
                               "spec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n"
                               "      template:\n        spec:\n          containers:\n"
                               "            - name: backup\n              image: backup:2\n";
    QTest::newRow("CronJob pod spec path")
            << root << Files{{u"cron.yaml"_s, cronJob}} << at({11}, u"cron.yaml"_s);
    QTest::newRow("CronJob has no probe finding")
            << probes << Files{{u"cron.yaml"_s, cronJob}} << QStringList{};

    const QByteArray list = "apiVersion: v1\nkind: List\nitems:\n"
                            "  - apiVersion: v1\n    kind: Pod\n    metadata: {name: p}\n"
                            "    spec:\n      containers:\n        - name: c\n          image: c\n";
    QTest::newRow("List items") << image << Files{{u"list.yml"_s, list}} << at({10}, u"list.yml"_s);
    QTest::newRow("multi-document positions")
            << image << Files{{u"all.yaml"_s, Policy + "---\n" + edited({{"web:1.4.2", "web"}})}}
            << at({24}, u"all.yaml"_s);

    const QString policy = u"k8s.no-network-policy"_s;
    QTest::newRow("policy: none anywhere")
            << policy << Files{{u"k8s/deploy.yaml"_s, Hardened}} << QStringList{u":0"_s};
    QTest::newRow("policy: in another file")
            << policy << Files{{u"a/deploy.yaml"_s, Hardened}, {u"b/policy.yml"_s, Policy}}
            << QStringList{};
    QTest::newRow("policy: in the same multi-doc file")
            << policy << Files{{u"all.yaml"_s, Hardened + "---\n" + Policy}} << QStringList{};
    QTest::newRow("policy: no workloads, no finding")
            << policy
            << Files{{u"svc.yaml"_s, "apiVersion: v1\nkind: Service\nmetadata: {name: s}\n"}}
            << QStringList{};

    const QString pdb = u"k8s.no-pdb"_s;
    QTest::newRow("pdb: selector matches") << pdb << deploy(Hardened) << QStringList{};
    QTest::newRow("pdb: none") << pdb << Files{{u"k8s/deploy.yaml"_s, Hardened}} << at({7});
    QTest::newRow("pdb: selector mismatch")
            << pdb
            << Files{{u"k8s/deploy.yaml"_s, Hardened},
                     {u"k8s/pdb.yaml"_s, edited({{"{app: web}", "{app: api}"}}, Budget)}}
            << at({7});
    QTest::newRow("pdb: selector needs a label the pods lack")
            << pdb
            << Files{{u"k8s/deploy.yaml"_s, Hardened},
                     {u"k8s/pdb.yaml"_s, edited({{"{app: web}", "{app: web, tier: db}"}}, Budget)}}
            << at({7});
    QTest::newRow("pdb: other namespace")
            << pdb
            << Files{{u"k8s/deploy.yaml"_s, Hardened},
                     {u"k8s/pdb.yaml"_s, edited({{"namespace: shop", "namespace: other"}}, Budget)}}
            << at({7});
    QTest::newRow("pdb: matchExpressions")
            << pdb
            << Files{{u"k8s/deploy.yaml"_s, Hardened},
                     {u"k8s/pdb.yaml"_s,
                      edited({{"matchLabels: {app: web}",
                               "matchExpressions:\n      - {key: tier, operator: In, values: "
                               "[frontend, api]}"}},
                             Budget)}}
            << QStringList{};
    QTest::newRow("pdb: single replica needs none")
            << pdb << Files{{u"k8s/deploy.yaml"_s, edited({{"replicas: 3", "replicas: 1"}})}}
            << QStringList{};
    QTest::newRow("pdb: single replica scaled by an HPA")
            << pdb
            << Files{{u"k8s/deploy.yaml"_s, edited({{"replicas: 3", "replicas: 1"}})},
                     {u"k8s/hpa.yaml"_s,
                      "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\n"
                      "metadata: {name: web, namespace: shop}\nspec:\n  scaleTargetRef: "
                      "{apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 1\n"
                      "  maxReplicas: 5\n"}}
            << at({7});
}

void tst_KubernetesAnalyzer::rule()
{
    QFETCH(QString, ruleId);
    QFETCH(Files, files);
    QFETCH(QStringList, expected);
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer, files, sink);
    QCOMPARE(sink.locations(ruleId), expected);
    QVERIFY(sink.notes().isEmpty());
}

void tst_KubernetesAnalyzer::positionsAndMessages()
{
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer,
                      deploy(edited({{"            limits: {cpu: 500m, memory: 256Mi}\n", ""},
                                     {"Escalation: false", "Escalation: true"}})),
                      sink);
    const QList<Finding> resources = sink.findingsOf(u"k8s.no-resources"_s);
    QCOMPARE(resources.size(), 1);
    QVERIFY2(resources.first().message.contains(u"limits.cpu, limits.memory"_s),
             qPrintable(resources.first().message));
    QVERIFY(!resources.first().message.contains(u"requests"_s));
    QVERIFY(resources.first().message.contains(u"Deployment 'web', container 'app'"_s));

    const QList<Finding> escalation = sink.findingsOf(u"k8s.privilege-escalation"_s);
    QCOMPARE(escalation.size(), 1);
    QCOMPARE(escalation.first().location.line, 21);
    QCOMPARE(escalation.first().location.column, 13);
    QCOMPARE(escalation.first().snippet, u"allowPrivilegeEscalation: true"_s);
}

void tst_KubernetesAnalyzer::helmTemplateIsSkippedWithNote()
{
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    const QByteArray helm = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n"
                            "  name: {{ include \"app.fullname\" . }}\nspec:\n"
                            "  replicas: {{ .Values.replicaCount }}\n"
                            "  template:\n    spec:\n      containers:\n"
                            "      {{- toYaml .Values.containers | nindent 8 }}\n";
    test::runAnalyzer(analyzer,
                      Files{{u"chart/Chart.yaml"_s, "apiVersion: v2\nname: app\nversion: 1.0.0\n"},
                            {u"chart/templates/deployment.yaml"_s, helm},
                            {u"chart/templates/pdb.yaml"_s,
                             "{{- if .Values.pdb }}\napiVersion: policy/v1\n"
                             "kind: PodDisruptionBudget\n{{- end }}\n"}},
                      sink);
    QCOMPARE(sink.findings().size(), 0);
    QStringList notes = sink.notes();
    notes.sort();
    QCOMPARE(notes,
             (QStringList{u"chart/templates/deployment.yaml: Helm template, not valid YAML: "
                          "skipped"_s,
                          u"chart/templates/pdb.yaml: Helm template, not valid YAML: skipped"_s}));
}

void tst_KubernetesAnalyzer::helmTemplateThatIsYamlIsAnalysed()
{
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(
            analyzer,
            Files{{u"chart/templates/pod.yaml"_s,
                   "apiVersion: v1\nkind: Pod\nmetadata:\n  name: \"{{ .Release.Name }}\"\n"
                   "spec:\n  containers:\n    - name: app\n"
                   "      image: \"{{ .Values.image }}\"\n"}},
            sink);
    QVERIFY(sink.notes().isEmpty());
    QCOMPARE(sink.locations(u"k8s.run-as-non-root"_s),
             QStringList{u"chart/templates/pod.yaml:7"_s});
    QCOMPARE(sink.locations(u"k8s.unpinned-image"_s), QStringList{}); // templated image
}

void tst_KubernetesAnalyzer::invalidManifestIsNoted()
{
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer,
                      Files{{u"k8s/broken.yaml"_s,
                             "apiVersion: v1\nkind: Pod\nspec: [unclosed\n---\n"
                             "apiVersion: v1\nkind: Pod\nmetadata: {name: ok}\nspec:\n"
                             "  containers:\n    - {name: c, image: c}\n"}},
                      sink);
    QCOMPARE(sink.notes().size(), 1);
    QVERIFY2(sink.notes().first().startsWith(u"k8s/broken.yaml: "_s),
             qPrintable(sink.notes().first()));
    // The valid second document is still analysed, at its real lines.
    QCOMPARE(sink.locations(u"k8s.unpinned-image"_s), QStringList{u"k8s/broken.yaml:10"_s});
}

void tst_KubernetesAnalyzer::otherYamlIsIgnored()
{
    KubernetesAnalyzer analyzer;
    test::CollectingSink sink;
    test::runAnalyzer(analyzer,
                      Files{{u"config.yaml"_s, "kind: of config\nname: x\n"},
                            {u"docker-compose.yml"_s, "services:\n  a:\n    image: x\n"},
                            {u"broken.yml"_s, "a: [\n"}},
                      sink);
    QCOMPARE(sink.findings().size(), 0);
    QCOMPARE(sink.notes().size(), 0);
}

QTEST_GUILESS_MAIN(tst_KubernetesAnalyzer)
#include "tst_KubernetesAnalyzer.moc"
