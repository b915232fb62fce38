#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "RulesCommand.h"
#include "scan/ScanRunner.h"
#include "scan/output/RuleCatalogWriter.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_RulesCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void docsRulesMdIsUpToDate();
    void templateChecksNameExistingRules();
    void everyRuleBearsOnSomeItem();
    void textListsEveryRule();
    void jsonCarriesTheItemMapping();
    void markdownShowsRuleDetails();
    void customRulesOfExtraTemplatesAreListed();
    void badFormatIsAUsageError();

private:
    QList<ChecklistTemplate> shippedTemplates() const;

    QTemporaryDir m_dir;
};

void tst_RulesCommand::initTestCase()
{
    // No user template folder may leak into "the shipped templates".
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QList<ChecklistTemplate> tst_RulesCommand::shippedTemplates() const
{
    TemplateCatalog catalog;
    catalog.load({TemplateCatalog::builtInDirectory()});
    return catalog.templates();
}

void tst_RulesCommand::docsRulesMdIsUpToDate()
{
    CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    RulesCommand command;
    const CliRun run = harness.run(command, {u"--format"_s, u"md"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

    const QString path = QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/docs/rules.md"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u" is missing"_s));
    const QString committed = QString::fromUtf8(file.readAll());
    if (committed != run.out) {
        // Show the first differing line: the whole files are long.
        const QStringList want = run.out.split(u'\n');
        const QStringList have = committed.split(u'\n');
        qsizetype line = 0;
        while (line < want.size() && line < have.size() && want.at(line) == have.at(line))
            ++line;
        QFAIL(qPrintable(u"docs/rules.md is stale (first difference at line %1:\n  committed: "
                         u"%2\n  generated: %3)\nRegenerate it: greenlight-cli rules --format md "
                         u"> docs/rules.md"_s.arg(line + 1)
                                 .arg(have.value(line), want.value(line))));
    }
}

void tst_RulesCommand::templateChecksNameExistingRules()
{
    const QList<ChecklistTemplate> templates = shippedTemplates();
    QVERIFY(!templates.isEmpty());
    QList<CustomRule> custom;
    for (const ChecklistTemplate &checklist : templates)
        custom += checklist.customRules;
    QSet<QString> known;
    for (const RuleInfo &rule : ScanRunner::allRules(custom))
        known.insert(rule.id);

    QStringList unknown;
    for (const ChecklistTemplate &checklist : templates) {
        for (const TemplateSection &section : checklist.sections) {
            for (const TemplateItem &item : section.items) {
                for (const QString &ruleId : item.checks) {
                    if (!known.contains(ruleId))
                        unknown.append(checklist.id + u'/' + item.id + u": "_s + ruleId);
                }
            }
        }
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u"; "_s)));
}

void tst_RulesCommand::everyRuleBearsOnSomeItem()
{
    const QList<ChecklistTemplate> templates = shippedTemplates();
    QList<CustomRule> custom;
    for (const ChecklistTemplate &checklist : templates)
        custom += checklist.customRules;
    const RuleCatalogWriter catalog(ScanRunner::allRules(custom), templates, QString());
    QStringList orphans;
    for (const RuleInfo &rule : catalog.rules()) {
        if (catalog.itemsFor(rule.id).isEmpty())
            orphans.append(rule.id);
    }
    QVERIFY2(orphans.isEmpty(),
             qPrintable(u"rules no template item checks: "_s + orphans.join(u", "_s)));
}

void tst_RulesCommand::textListsEveryRule()
{
    CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    RulesCommand command;
    const CliRun run = harness.run(command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"RULE"_s));
    const QList<RuleInfo> rules = ScanRunner::allRules();
    QVERIFY(rules.size() >= 40);
    for (const RuleInfo &rule : rules)
        QVERIFY2(run.out.contains(rule.id + u' '), qPrintable(rule.id));
    QVERIFY(run.out.contains(u"rule set version "_s + ScanRunner::ruleSetVersion()));
    QVERIFY2(!QDir(m_dir.path()).exists(u"db.sqlite"_s), "rules must not create a database");
}

void tst_RulesCommand::jsonCarriesTheItemMapping()
{
    CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    RulesCommand command;
    const CliRun run = harness.run(command, {u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(u"formatVersion"_s).toInt(), 1);
    QCOMPARE(root.value(u"ruleSetVersion"_s).toString(), ScanRunner::ruleSetVersion());
    const QJsonArray rules = root.value(u"rules"_s).toArray();
    QVERIFY(!rules.isEmpty());
    bool sawDockerignore = false;
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        QVERIFY(!rule.value(u"id"_s).toString().isEmpty());
        QVERIFY(!rule.value(u"title"_s).toString().isEmpty());
        QVERIFY(!rule.value(u"category"_s).toString().isEmpty());
        if (rule.value(u"id"_s).toString() == "docker.copy-without-dockerignore"_L1) {
            sawDockerignore = true;
            QCOMPARE(rule.value(u"severity"_s).toString(), u"high"_s);
            const QJsonArray items = rule.value(u"items"_s).toArray();
            QVERIFY(!items.isEmpty());
            QVERIFY(!items.first().toObject().value(u"template"_s).toString().isEmpty());
            QVERIFY(!items.first().toObject().value(u"item"_s).toString().isEmpty());
        }
    }
    QVERIFY(sawDockerignore);
}

void tst_RulesCommand::markdownShowsRuleDetails()
{
    const QList<ChecklistTemplate> templates = shippedTemplates();
    QList<CustomRule> custom;
    for (const ChecklistTemplate &checklist : templates)
        custom += checklist.customRules;
    const QList<RuleInfo> rules = ScanRunner::allRules(custom);
    const RuleCatalogWriter writer(rules, templates, ScanRunner::ruleSetVersion());
    const QString markdown = QString::fromUtf8(writer.markdown());
    QVERIFY(markdown.startsWith(u"# Scan rule catalogue\n"_s));
    for (const QString &category : writer.categories())
        QVERIFY2(markdown.contains(u"\n## "_s + RuleCatalogWriter::categoryTitle(category) + u'\n'),
                 qPrintable(category));
    for (const RuleInfo &rule : rules) {
        QVERIFY2(markdown.contains(u"\n### `"_s + rule.id + u"`\n"_s), qPrintable(rule.id));
        for (const RuleCatalogWriter::ItemRef &item : writer.itemsFor(rule.id))
            QVERIFY(markdown.contains(u'`' + item.itemId + u'`'));
    }
    QVERIFY(markdown.contains(u"Severity: high"_s));
    QVERIFY(markdown.contains(u"Why: "_s));
    QVERIFY(markdown.contains(u"Fix: "_s));
}

void tst_RulesCommand::customRulesOfExtraTemplatesAreListed()
{
    QTemporaryDir extra;
    QVERIFY(extra.isValid());
    QByteArray yaml = validTemplateYaml(u"team"_s, u"TEAM"_s);
    yaml.replace("        evidence: none\n",
                 "        evidence: none\n        checks: [custom.team-license]\n");
    yaml += "rules:\n"
            "  - id: custom.team-license\n"
            "    title: The repository has a LICENSE file\n"
            "    severity: low\n"
            "    file_exists: LICENSE\n";
    writeFile(extra.path(), u"team.yaml"_s, yaml);

    CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s), {extra.path()});
    RulesCommand command;
    const CliRun run = harness.run(command, {u"--format"_s, u"md"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\n### `custom.team-license`\n"_s), qPrintable(run.out.right(2000)));
    QVERIFY(run.out.contains(
            u"Declared by the template `team`: a file matching `LICENSE` must exist."_s));
    QVERIFY(run.out.contains(u"- `team` `TEAM-002` The second fixture item holds\n"_s));
}

void tst_RulesCommand::badFormatIsAUsageError()
{
    CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    RulesCommand command;
    const CliRun run = harness.run(command, {u"--format"_s, u"sarif"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"unknown format 'sarif' (use text, md or json)"_s));
}

QTEST_GUILESS_MAIN(tst_RulesCommand)
#include "tst_RulesCommand.moc"
