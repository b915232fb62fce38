#include <QTest>

#include "AnalyzerHarness.h"
#include "scan/analyzers/DocumentationAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

const QString Rollback = u"docs.no-rollback-runbook"_s;
const QString Backup = u"docs.no-backup-runbook"_s;
const QString Restore = u"docs.no-restore-runbook"_s;
const QString KeyRotation = u"docs.no-key-rotation-runbook"_s;
const QString Incident = u"docs.no-incident-runbook"_s;
const QString SecurityMd = u"docs.no-security-md"_s;

QStringList allBut(const QStringList &covered)
{
    QStringList rules{Backup, Incident, KeyRotation, Rollback, Restore, SecurityMd};
    for (const QString &rule : covered)
        rules.removeAll(rule);
    rules.sort();
    return rules;
}

} // namespace

// Runbook coverage by headings and procedure paragraphs, SECURITY.md placement, which files
// count as documentation, and the messages of repository-level findings.
class tst_DocumentationAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void coverage_data();
    void coverage();
    void seed001RunbookGaps();
    void messagesSayWhatWasSearched();
    void wants_data();
    void wants();
    void ruleCatalogue();
};

void tst_DocumentationAnalyzer::coverage_data()
{
    QTest::addColumn<Tree>("tree");
    QTest::addColumn<QStringList>("expected"); // the rules that fire

    QTest::newRow("no docs at all") << Tree{{u"main.go"_s, "package main\n"}} << allBut({});

    // --- headings
    QTest::newRow("markdown heading in the README")
            << Tree{{u"README.md"_s, "# App\n\n## Rolling back a release\n\nRun it.\n"}}
            << allBut({Rollback});
    QTest::newRow("setext heading")
            << Tree{{u"docs/operations.md"_s, "Incident response\n-----------------\nPage us.\n"}}
            << allBut({Incident});
    QTest::newRow("rst underline")
            << Tree{{u"doc/backup.rst"_s, "Backups\n=======\n\nNightly.\n"}} << allBut({Backup});
    QTest::newRow("asciidoc title")
            << Tree{{u"ops/runbook.adoc"_s, "= Ops\n\n== Disaster recovery\n\nSee below.\n"}}
            << allBut({Restore});
    QTest::newRow("key rotation heading, SECRET_KEY")
            << Tree{{u"RUNBOOK.md"_s, "### Rotating SECRET_KEY and FIELD_ENCRYPTION_KEY\n"}}
            << allBut({KeyRotation});
    QTest::newRow("one heading, two topics")
            << Tree{{u"docs/dr.md"_s, "# Backup and restore\n"}} << allBut({Backup, Restore});
    QTest::newRow("file named after the topic")
            << Tree{{u"runbooks/key-rotation.md"_s, "Nothing here yet.\n"},
                    {u"runbooks/post_mortem.txt"_s, "TBD\n"}}
            << allBut({KeyRotation, Incident});
    QTest::newRow("every runbook and a SECURITY.md")
            << Tree{{u"docs/runbook.md"_s,
                     "# Runbook\n## Rollback\n## Backups\n## Restore verification\n"
                     "## Key rotation\n## On-call and escalation\n"},
                    {u"SECURITY.md"_s, "Report to security@example.com\n"}}
            << QStringList();

    // --- running text
    QTest::newRow("keyword only in running text")
            << Tree{{u"README.md"_s,
                     "# App\n\nWe never need to roll back, and backups are someone else's "
                     "job. Incidents are rare.\n"}}
            << allBut({});
    QTest::newRow("keyword with a procedure word in the same paragraph")
            << Tree{{u"README.md"_s,
                     "# App\n\nTo roll back, follow these steps:\nredeploy the previous tag.\n\n"
                     "The backup procedure is in cron.\n"}}
            << allBut({Rollback, Backup});
    QTest::newRow("procedure word in another paragraph does not count")
            << Tree{{u"README.md"_s, "# App\n\nWe can roll back.\n\nSteps to build: make.\n"}}
            << allBut({});
    QTest::newRow("keyword in a code block does not count")
            << Tree{{u"docs/ops.md"_s,
                     "# Ops\n\n```sh\n# Rollback steps\nkubectl rollout undo\n```\n"}}
            << allBut({});

    // --- SECURITY.md placement and which files count
    QTest::newRow("SECURITY.md in .github")
            << Tree{{u".github/SECURITY.md"_s, "Mail us.\n"}} << allBut({SecurityMd});
    QTest::newRow("security.rst in docs")
            << Tree{{u"docs/security.rst"_s, "Mail us.\n"}} << allBut({SecurityMd});
    QTest::newRow("SECURITY.md deep in the tree does not count")
            << Tree{{u"src/lib/SECURITY.md"_s, "Mail us.\n"}} << allBut({});
    QTest::newRow("vendored README does not count")
            << Tree{{u"node_modules/pkg/README.md"_s, "## Rollback\n"}} << allBut({});
    QTest::newRow("markdown outside the docs folders does not count")
            << Tree{{u"src/notes.md"_s, "## Rollback\n"}} << allBut({});
    QTest::newRow("nested docs folder counts")
            << Tree{{u"services/api/docs/deploy.md"_s, "## Rollback\n"}} << allBut({Rollback});
}

void tst_DocumentationAnalyzer::coverage()
{
    QFETCH(Tree, tree);
    QFETCH(QStringList, expected);

    DocumentationAnalyzer analyzer;
    RecordingSink sink;
    runAnalyzer(analyzer, tree, sink);
    QCOMPARE(sink.ruleIds(), expected);
    for (const Finding &finding : std::as_const(sink.findings)) {
        QVERIFY(finding.location.path.isEmpty()); // repository level
        QCOMPARE(finding.location.line, 0);
    }
}

void tst_DocumentationAnalyzer::seed001RunbookGaps()
{
    // Seed 001's repository: a README about running the app and nothing on operations.
    const Tree tree{{u"README.md"_s,
                     "# Audit service\n\n## Running\n\n`docker compose up`, then open "
                     "http://localhost:8000.\n\n## Configuration\n\nSet SECRET_KEY and "
                     "FIELD_ENCRYPTION_KEY in .env.\n"},
                    {u"entrypoint.sh"_s, "#!/bin/sh\npython manage.py migrate\n"}};
    DocumentationAnalyzer analyzer;
    RecordingSink sink;
    runAnalyzer(analyzer, tree, sink);
    // The "Deployment Runbook Gaps": backup, rollback, key rotation, restore.
    for (const QString &rule : {Backup, Rollback, KeyRotation, Restore})
        QVERIFY2(sink.first(rule), qPrintable(rule));
}

void tst_DocumentationAnalyzer::messagesSayWhatWasSearched()
{
    DocumentationAnalyzer analyzer;
    RecordingSink sink;
    runAnalyzer(analyzer, Tree{{u"README.md"_s, "# App\n"}, {u"docs/a.md"_s, "# A\n"}}, sink);
    const Finding *rollback = sink.first(Rollback);
    QVERIFY(rollback);
    QCOMPARE(rollback->message,
             u"no runbook for rollback (roll back, revert a deployment, switch traffic back): "
             "none of the 2 documentation file(s) (docs/, doc/, runbooks/, ops/, READMEs, "
             "RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph giving steps or a "
             "procedure for it; write one, e.g. docs/runbooks/rollback.md: how to roll back a "
             "failed deployment or migration (previous image tag, database restore) and "
             "verify it"_s);
    QVERIFY(sink.first(SecurityMd)->message.startsWith(u"no SECURITY.md at the repository root"_s));
}

void tst_DocumentationAnalyzer::wants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");

    QTest::newRow("README.md") << u"README.md"_s << true;
    QTest::newRow("README without suffix") << u"README"_s << true;
    QTest::newRow("readme.rst in a subfolder") << u"api/readme.rst"_s << true;
    QTest::newRow("DEPLOY.txt") << u"DEPLOY.txt"_s << true;
    QTest::newRow("Disaster-Recovery.adoc") << u"DISASTER-RECOVERY.adoc"_s << true;
    QTest::newRow("docs markdown") << u"docs/guide/ops.md"_s << true;
    QTest::newRow("Docs folder, capitalised") << u"Docs/ops.md"_s << true;
    QTest::newRow("runbooks") << u"runbooks/db.md"_s << true;
    QTest::newRow("ops") << u"ops/restore.txt"_s << true;
    QTest::newRow("docs image") << u"docs/diagram.png"_s << false;
    QTest::newRow("docs html") << u"docs/index.html"_s << false;
    QTest::newRow("readme script") << u"readme.py"_s << false;
    QTest::newRow("markdown elsewhere") << u"src/CHANGES.md"_s << false;
    QTest::newRow("vendored") << u"vendor/lib/README.md"_s << false;
    QTest::newRow("docs-like name is not docs/") << u"mydocs/x.md"_s << false;
}

void tst_DocumentationAnalyzer::wants()
{
    QFETCH(QString, path);
    QFETCH(bool, expected);
    QCOMPARE(DocumentationAnalyzer().wants(path, fileNameOf(path)), expected);
}

void tst_DocumentationAnalyzer::ruleCatalogue()
{
    QStringList ids;
    for (const RuleInfo &rule : DocumentationAnalyzer().rules()) {
        ids.append(rule.id + u'=' + severityKey(rule.severity));
        QVERIFY(rule.repositoryLevel);
        QCOMPARE(rule.category, u"documentation"_s);
        QVERIFY(!rule.title.isEmpty() && !rule.rationale.isEmpty() && !rule.fix.isEmpty());
    }
    QCOMPARE(ids,
             (QStringList{Rollback + u"=medium"_s,
                          Backup + u"=medium"_s,
                          Restore + u"=medium"_s,
                          KeyRotation + u"=medium"_s,
                          Incident + u"=medium"_s,
                          SecurityMd + u"=low"_s}));
}

QTEST_GUILESS_MAIN(tst_DocumentationAnalyzer)
#include "tst_DocumentationAnalyzer.moc"
