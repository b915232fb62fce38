#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TemplateYaml.h"
#include "templates/TemplateLoader.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

// One valid custom rule appended to the base template: lines 15-20, its mapping at 16:5,
// values at columns 9 (id), 15 (severity), 11 (file) and 19 (must_contain).
constexpr char RuleYaml[] = "rules:\n"
                            "  - id: custom.lockdown\n"
                            "    title: Lockdown\n"
                            "    severity: medium\n"
                            "    file: entrypoint.sh\n"
                            "    must_contain: \"manage.py lockdown\"\n";

} // namespace

// Schema validation: every kind of malformed template is reported with its exact position
// and message; valid templates map every field. Limits and hostile input are covered by
// tst_TemplateLoaderLimits, the shipped templates by tst_ShippedTemplates.
class tst_TemplateLoader : public QObject
{
    Q_OBJECT

private slots:
    void rejectsMalformedTemplate_data();
    void rejectsMalformedTemplate();
    void reportsEveryProblemInOrder();
    void loadsValidTemplateWithEveryField();
    void appliesDefaults();
    void loadsCustomRules();
    void problemToString();
    void loadFileReportsMissingFileAndFolder();

private:
    TemplateLoader m_loader;
};

void tst_TemplateLoader::rejectsMalformedTemplate_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("problemCount");

    // --- the file as a whole
    QTest::newRow("empty file") << QByteArray() << 0 << 0 << u"file is empty"_s << 1;
    QTest::newRow("whitespace only") << "  \n\n\t\n"_ba << 0 << 0 << u"file is empty"_s << 1;
    QTest::newRow("comments only") << "# nothing here\n"_ba << 0 << 0 << u"file is empty"_s << 1;
    QTest::newRow("null document") << "---\n~\n"_ba << 0 << 0 << u"file is empty"_s << 1;
    QTest::newRow("top level is a sequence")
            << "- a\n- b\n"_ba << 1 << 1
            << u"expected a mapping at the top level, found a sequence"_s << 1;
    QTest::newRow("top level is a scalar")
            << "just words\n"_ba << 1 << 1
            << u"expected a mapping at the top level, found 'just words'"_s << 1;
    QTest::newRow("second document")
            << baseAppending("---\nid: beta\n") << 15 << 1
            << u"a template file must hold exactly one YAML document; a second one starts here"_s
            << 1;

    // --- YAML syntax and hostile constructs
    QTest::newRow("unclosed flow sequence")
            << baseWith("title: First", "title: [First") << 12 << 17
            << u"YAML syntax error: end of sequence flow not found"_s << 1;
    QTest::newRow("tab indentation")
            << "schema: 1\nsections:\n\t- id: x\n"_ba << 3 << 2
            << u"YAML syntax error: illegal block entry (indent with spaces: YAML does not allow "
               "tabs for indentation)"_s
            << 1;
    QTest::newRow("anchor") << baseWith("title: Alpha", "title: &name Alpha") << 3 << 8
                            << u"YAML anchors and aliases are not allowed"_s << 1;
    QTest::newRow("alias only") << baseWith("title: Alpha", "title: *name") << 3 << 8
                                << u"YAML anchors and aliases are not allowed"_s << 1;
    QTest::newRow("deep nesting") << "schema: 1\ntags: [[[[[[[[[[[[[deep]]]]]]]]]]]]]\n"_ba << 2
                                  << 18 << u"nesting is deeper than 12 levels"_s << 1;
    QTest::newRow("invalid UTF-8") << baseWith("Alpha checks", "Alpha \xff checks") << 5 << 20
                                   << u"file is not valid UTF-8 text (invalid byte 0xFF)"_s << 1;
    QTest::newRow("UTF-16 surrogate in UTF-8")
            << "schema: 1\ntitle: \xed\xa0\x80\n"_ba << 2 << 8
            << u"file is not valid UTF-8 text (invalid byte 0xED)"_s << 1;
    QTest::newRow("NUL byte") << "schema: 1\nid: a\0b\n"_ba << 2 << 6
                              << u"file contains the control character 0x00; a template must be "
                                 "plain text"_s
                              << 1;

    // --- keys
    QTest::newRow("unknown top-level key")
            << baseAppending("colour: red\n") << 15 << 1
            << u"unknown key 'colour' in the template (allowed: "_s + allowedTopKeys() + u")"_s
            << 1;
    QTest::newRow("unknown item key")
            << baseWith("evidence: required\n", "evidence: required\n        owner: bob\n") << 15
            << 9
            << u"unknown key 'owner' in an item (allowed: id, title, guidance, severity, "
               "evidence, checks, references, tags)"_s
            << 1;
    QTest::newRow("duplicate key")
            << baseWith("title: Alpha\n", "title: Alpha\ntitle: Again\n") << 4 << 1
            << u"duplicate key 'title' (first defined at line 3)"_s << 1;
    QTest::newRow("key is a sequence") << baseAppending("[a, b]: c\n") << 15 << 1
                                       << u"expected a key name, found a sequence"_s << 1;
    QTest::newRow("missing title") << baseWith("title: Alpha\n", "") << 1 << 1
                                   << u"missing required key 'title' in the template"_s << 1;
    QTest::newRow("missing schema") << baseWith("schema: 1\n", "") << 1 << 1
                                    << u"missing required key 'schema' in the template"_s << 1;
    QTest::newRow("missing item guidance")
            << baseWith("        guidance: Why and how.\n", "") << 10 << 9
            << u"missing required key 'guidance' in an item"_s << 1;
    QTest::newRow("missing section items")
            << baseWith("    items:\n", "    notes:\n") << 7 << 5
            << u"missing required key 'items' in a section"_s << 2; // + unknown key 'notes'

    // --- types and empty values
    QTest::newRow("title is a sequence")
            << baseWith("title: Alpha", "title: [a, b]") << 3 << 8
            << u"expected a string for 'title', found a sequence"_s << 1;
    QTest::newRow("guidance is a mapping")
            << baseWith("guidance: Why and how.", "guidance: {why: x}") << 12 << 19
            << u"expected a string for 'guidance', found a mapping"_s << 1;
    QTest::newRow("empty quoted title") << baseWith("title: Alpha", "title: \"\"") << 3 << 8
                                        << u"'title' must not be empty"_s << 1;
    QTest::newRow("blank title") << baseWith("title: Alpha", "title: '   '") << 3 << 8
                                 << u"'title' must not be empty"_s << 1;
    QTest::newRow("null description") << baseWith("description: Alpha checks.", "description:") << 5
                                      << 1 << u"'description' must not be empty"_s << 1;
    QTest::newRow("tags is a scalar") << baseAppending("        tags: security\n") << 15 << 15
                                      << u"expected a sequence for 'tags', found 'security'"_s << 1;
    QTest::newRow("tag is a mapping") << baseAppending("        tags: [ok, {a: b}]\n") << 15 << 20
                                      << u"expected a string in 'tags', found a mapping"_s << 1;
    QTest::newRow("empty reference") << baseAppending("        references: [\"CIS 4.1\", \"\"]\n")
                                     << 15 << 33 << u"entry 2 of 'references' is empty"_s << 1;
    QTest::newRow("item is a scalar")
            << baseAppending("      - just a title\n") << 15 << 9
            << u"expected an item (a mapping with id, title, guidance, severity and evidence), "
               "found 'just a title'"_s
            << 1;
    QTest::newRow("empty item entry")
            << baseAppending("      -\n") << 10 << 7 << u"entry 2 of 'items' is empty"_s << 1;
    QTest::newRow("schema is a sequence")
            << baseWith("schema: 1", "schema: [1]") << 1 << 9
            << u"expected the number 1 for 'schema', found a sequence"_s << 1;
    QTest::newRow("required is not a boolean")
            << baseAppending("signoff_roles:\n  - id: qa\n    title: QA\n    meaning: Tested.\n"
                             "    required: yes\n")
            << 19 << 15 << u"expected true or false for 'required', found 'yes'"_s << 1;

    // --- values
    QTest::newRow("schema 2") << baseWith("schema: 1", "schema: 2") << 1 << 9
                              << u"unsupported schema version '2' (this version of Greenlight "
                                 "reads schema 1)"_s
                              << 1;
    QTest::newRow("schema 2 after a byte order mark")
            << "\xEF\xBB\xBF" + baseWith("schema: 1", "schema: 2") << 1 << 9
            << u"unsupported schema version '2' (this version of Greenlight reads schema 1)"_s << 1;
    QTest::newRow("bad severity")
            << baseWith("severity: high", "severity: urgent") << 13 << 19
            << u"invalid severity 'urgent' (allowed: critical, high, medium, low, info)"_s << 1;
    QTest::newRow("bad severity, CRLF line endings")
            << baseWith("severity: high", "severity: urgent").replace("\n", "\r\n") << 13 << 19
            << u"invalid severity 'urgent' (allowed: critical, high, medium, low, info)"_s << 1;
    QTest::newRow("capitalised severity")
            << baseWith("severity: high", "severity: High") << 13 << 19
            << u"invalid severity 'High' (allowed: critical, high, medium, low, info)"_s << 1;
    QTest::newRow("long bad value is shortened")
            << baseWith("severity: high",
                        QByteArray("severity: " + QByteArray(500, 'x')).constData())
            << 13 << 19
            << u"invalid severity '"_s + QString(60, u'x')
                       + u"...' (allowed: critical, high, medium, low, info)"_s
            << 1;
    QTest::newRow("bad evidence")
            << baseWith("evidence: required", "evidence: maybe") << 14 << 19
            << u"invalid evidence 'maybe' (allowed: required, optional, none)"_s << 1;
    QTest::newRow("bad template id")
            << baseWith("id: alpha", "id: Alpha") << 2 << 5
            << u"invalid template id 'Alpha' ("_s + lowerIdHint() + u"data-protection)"_s << 1;
    QTest::newRow("bad section id")
            << baseWith("id: basics", "id: 2nd-basics") << 7 << 9
            << u"invalid section id '2nd-basics' ("_s + lowerIdHint() + u"access-control)"_s << 1;
    QTest::newRow("bad item id")
            << baseWith("id: ALP-001", "id: alp-1") << 10 << 13
            << u"invalid item id 'alp-1' (use upper-case letters and digits, a dash and three "
               "digits, e.g. SEC-012)"_s
            << 1;
    QTest::newRow("bad tag") << baseAppending("        tags: [ok, Not-Ok]\n") << 15 << 20
                             << u"invalid tag 'Not-Ok' (use lower-case letters, digits and "
                                "dashes, e.g. supply-chain)"_s
                             << 1;
    QTest::newRow("bad check")
            << baseAppending("        checks:\n          - docker\n") << 16 << 13
            << u"invalid check 'docker' (expected a scan rule id such as docker.root-user)"_s << 1;
    QTest::newRow("bad language")
            << baseAppending("language: english\n") << 15 << 11
            << u"invalid language 'english' (expected a BCP 47 tag such as en, de or fr-CA)"_s << 1;

    // --- duplicates and empty collections
    QTest::newRow("duplicate item id")
            << baseAppending("      - id: ALP-001\n        title: Again\n        guidance: G.\n"
                             "        severity: low\n        evidence: none\n")
            << 15 << 13 << u"duplicate item id 'ALP-001' (first defined at line 10)"_s << 1;
    QTest::newRow("duplicate item id in another section")
            << baseAppending("  - id: more\n    title: More\n    items:\n      - id: ALP-001\n"
                             "        title: Again\n        guidance: G.\n        severity: low\n"
                             "        evidence: none\n")
            << 18 << 13 << u"duplicate item id 'ALP-001' (first defined at line 10)"_s << 1;
    QTest::newRow("duplicate section id")
            << baseAppending("  - id: basics\n    title: Again\n    items:\n      - id: ALP-002\n"
                             "        title: Second\n        guidance: G.\n        severity: low\n"
                             "        evidence: none\n")
            << 15 << 9 << u"duplicate section id 'basics' (first defined at line 7)"_s << 1;
    QTest::newRow("duplicate role id")
            << baseAppending("signoff_roles:\n  - id: qa\n    title: QA\n    meaning: Tested.\n"
                             "  - id: qa\n    title: QA again\n    meaning: Tested twice.\n")
            << 19 << 9 << u"duplicate sign-off role id 'qa' (first defined at line 16)"_s << 1;
    QTest::newRow("no sections") << "schema: 1\nid: a\ntitle: A\nversion: 1\ndescription: D\n"
                                    "sections: []\n"_ba
                                 << 6 << 11 << u"the template has no sections"_s << 1;
    QTest::newRow("sections left empty") << "schema: 1\nid: a\ntitle: A\nversion: 1\n"
                                            "description: D\nsections:\n"_ba
                                         << 6 << 1 << u"the template has no sections"_s << 1;
    QTest::newRow("section without items")
            << "schema: 1\nid: a\ntitle: A\nversion: 1\ndescription: D\nsections:\n"
               "  - id: empty\n    title: Empty\n    items: []\n"_ba
            << 9 << 12 << u"section 'empty' has no items"_s << 1;

    // --- custom rules (`rules:`); the valid rule's mapping starts at 16:5
    const auto rules = [](const char *from = nullptr, const char *to = nullptr) {
        QByteArray yaml = baseYaml() + RuleYaml;
        if (from && yaml.count(from) != 1)
            qFatal("rules: '%s' must occur exactly once", from);
        return from ? yaml.replace(from, to) : yaml;
    };
    const QString noCheck = u"custom rule 'custom.lockdown' has no check (add file with "
                            "must_contain, file with must_not_match, file_exists or "
                            "file_absent)"_s;
    QTest::newRow("rule: unknown key")
            << rules() + "    colour: red\n"
            << 21 << 5
            << u"unknown key 'colour' in a custom rule (allowed: id, title, severity, fix, file, "
               "must_contain, must_not_match, file_exists, file_absent)"_s
            << 1;
    QTest::newRow("rule: missing title") << rules("    title: Lockdown\n", "") << 16 << 5
                                         << u"missing required key 'title' in a custom rule"_s << 1;
    QTest::newRow("rule: missing severity")
            << rules("    severity: medium\n", "") << 16 << 5
            << u"missing required key 'severity' in a custom rule"_s << 1;
    QTest::newRow("rule: no check")
            << rules("    file: entrypoint.sh\n    must_contain: \"manage.py lockdown\"\n", "")
            << 16 << 5 << noCheck << 1;
    QTest::newRow("rule: several checks")
            << rules() + "    file_exists: Dockerfile\n"
            << 21 << 18
            << u"custom rule 'custom.lockdown' has several checks (must_contain, file_exists); "
               "a rule has exactly one"_s
            << 1;
    QTest::newRow("rule: must_contain without file")
            << rules("    file: entrypoint.sh\n", "") << 19 << 19
            << u"'must_contain' needs 'file' (the glob of the files to search)"_s << 1;
    QTest::newRow("rule: file with file_exists")
            << rules("must_contain: \"manage.py lockdown\"", "file_exists: \"*.md\"") << 19 << 11
            << u"'file' does not go with 'file_exists' (the glob belongs in 'file_exists' "
               "itself)"_s
            << 1;
    QTest::newRow("rule: invalid regex")
            << rules("must_contain: \"manage.py lockdown\"", "must_not_match: \"(a+\"") << 20 << 21
            << u"invalid regular expression '(a+' for 'must_not_match': missing ): (a+ (RE2 "
               "syntax)"_s
            << 1;
    QTest::newRow("rule: invalid regex, bad repetition")
            << rules("must_contain: \"manage.py lockdown\"", "must_not_match: 'a**'") << 20 << 21
            << u"invalid regular expression 'a**' for 'must_not_match': bad repetition "
               "operator: ** (RE2 syntax)"_s
            << 1;
    QTest::newRow("rule: bad glob")
            << rules("file: entrypoint.sh", "file: \"src/[ab\"") << 19 << 11
            << u"invalid glob 'src/[ab' for 'file': '[' at character 5 is never closed with "
               "']'"_s
            << 1;
    QTest::newRow("rule: bad glob in file_absent")
            << rules("    file: entrypoint.sh\n    must_contain: \"manage.py lockdown\"\n",
                     "    file_absent: a//b\n")
            << 19 << 18
            << u"invalid glob 'a//b' for 'file_absent': empty path segment ('//') "
               "at character 3"_s
            << 1;
    QTest::newRow("rule: duplicate id")
            << rules()
                       + "  - id: custom.lockdown\n    title: Again\n    severity: low\n"
                         "    file_absent: \"*.pem\"\n"
            << 21 << 9 << u"duplicate rule id 'custom.lockdown' (first defined at line 16)"_s << 1;
    QTest::newRow("rule: bad id")
            << rules("id: custom.lockdown", "id: Custom") << 16 << 9
            << u"invalid rule id 'Custom' (use lower-case words joined by dots, e.g. "
               "custom.audit-db-lockdown)"_s
            << 1;
    QTest::newRow("rule: bad severity")
            << rules("severity: medium", "severity: severe") << 18 << 15
            << u"invalid severity 'severe' (allowed: critical, high, medium, low, info)"_s << 1;
    QTest::newRow("rule: empty must_contain") << rules("\"manage.py lockdown\"", "\"\"") << 20 << 19
                                              << u"'must_contain' must not be empty"_s << 1;
    QTest::newRow("rule is a scalar")
            << baseAppending("rules:\n  - custom.lockdown\n") << 16 << 5
            << u"expected a custom rule (a mapping with id, title, severity and one check), "
               "found 'custom.lockdown'"_s
            << 1;
    QTest::newRow("rules is a mapping")
            << baseAppending("rules:\n  id: custom.lockdown\n") << 16 << 3
            << u"expected a sequence for 'rules', found a mapping"_s << 1;
}

void tst_TemplateLoader::rejectsMalformedTemplate()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(int, problemCount);

    const TemplateLoadResult result = m_loader.loadData(yaml, u"case.yaml"_s);
    QVERIFY(!result.ok());
    QVERIFY(!result.checklist.has_value());
    QVERIFY(!result.problems.isEmpty());
    const TemplateProblem &first = result.problems.first();
    QCOMPARE(first.file, u"case.yaml"_s);
    QCOMPARE(first.message, message);
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(result.problems.size(), problemCount);
}

void tst_TemplateLoader::reportsEveryProblemInOrder()
{
    const QByteArray yaml = R"(schema: 1
id: Bad_Id
title: [x]
version: 1.0.0
colour: red
sections:
  - id: one
    title: One
    items:
      - id: ONE-001
        title: First
        guidance: G.
        severity: urgent
        evidence: required
      - id: ONE-001
        title: Second
        severity: low
        evidence: sometimes
)"_ba;
    const TemplateLoadResult result = m_loader.loadData(yaml, u"many.yaml"_s);
    QStringList actual;
    for (const TemplateProblem &problem : result.problems)
        actual.append(problem.toString());
    const QStringList expected{
            u"many.yaml:1:1: missing required key 'description' in the template"_s,
            u"many.yaml:2:5: invalid template id 'Bad_Id' ("_s + lowerIdHint()
                    + u"data-protection)"_s,
            u"many.yaml:3:8: expected a string for 'title', found a sequence"_s,
            u"many.yaml:5:1: unknown key 'colour' in the template (allowed: "_s + allowedTopKeys()
                    + u")"_s,
            u"many.yaml:13:19: invalid severity 'urgent' (allowed: critical, high, medium, low, "
            "info)"_s,
            u"many.yaml:15:9: missing required key 'guidance' in an item"_s,
            u"many.yaml:15:13: duplicate item id 'ONE-001' (first defined at line 10)"_s,
            u"many.yaml:18:19: invalid evidence 'sometimes' (allowed: required, optional, none)"_s,
    };
    QCOMPARE(actual, expected);
    QVERIFY(!result.checklist.has_value());
}

void tst_TemplateLoader::loadsValidTemplateWithEveryField()
{
    const QByteArray yaml = R"(# A comment before the document.
schema: 1
id: full
title: Full template
version: 1.0
description: >-
  Folded description
  over two lines.
language: fr-CA
sections:
  - id: first
    title: "First section"
    items:
      - id: FUL-001
        title: Everything set
        guidance: |
          Why it matters.
          How to verify it.
        severity: critical
        evidence: none
        checks: [docker.root-user, k8s.no-probes]
        references:
          - OWASP ASVS 4.0 V14.4
          - "Seed 001 HIGH-001"
        tags: [supply-chain, docker]
      - id: FUL-002
        title: Minimal
        guidance: Plain guidance.
        severity: info
        evidence: optional
  - id: second
    title: Second
    items:
      - id: FUL-003
        title: Third
        guidance: G.
        severity: medium
        evidence: required
signoff_roles:
  - id: security-review
    title: Security Review
    meaning: Security was reviewed.
  - id: business-review
    title: Business Review
    meaning: Business accepts.
    required: false
)"_ba;
    const TemplateLoadResult result = m_loader.loadData(yaml, u"full.yaml"_s);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    const ChecklistTemplate &t = *result.checklist;
    QCOMPARE(t.id, u"full"_s);
    QCOMPARE(t.title, u"Full template"_s);
    QCOMPARE(t.version, u"1.0"_s); // unquoted, yet kept as written
    QCOMPARE(t.description, u"Folded description over two lines."_s);
    QCOMPARE(t.language, u"fr-CA"_s);
    QCOMPARE(t.sourcePath, u"full.yaml"_s);
    QCOMPARE(t.sections.size(), 2);
    QCOMPARE(t.itemCount(), 3);

    const TemplateSection &first = t.sections.at(0);
    QCOMPARE(first.id, u"first"_s);
    QCOMPARE(first.title, u"First section"_s);
    QCOMPARE(first.items.size(), 2);
    const TemplateItem &full = first.items.at(0);
    QCOMPARE(full.id, u"FUL-001"_s);
    QCOMPARE(full.title, u"Everything set"_s);
    QCOMPARE(full.guidance, u"Why it matters.\nHow to verify it."_s);
    QCOMPARE(full.severity, Severity::Critical);
    QCOMPARE(full.evidence, EvidenceRequirement::None);
    QCOMPARE(full.checks, (QStringList{u"docker.root-user"_s, u"k8s.no-probes"_s}));
    QCOMPARE(full.references, (QStringList{u"OWASP ASVS 4.0 V14.4"_s, u"Seed 001 HIGH-001"_s}));
    QCOMPARE(full.tags, (QStringList{u"supply-chain"_s, u"docker"_s}));
    const TemplateItem &minimal = first.items.at(1);
    QCOMPARE(minimal.severity, Severity::Info);
    QCOMPARE(minimal.evidence, EvidenceRequirement::Optional);
    QVERIFY(minimal.checks.isEmpty());
    QVERIFY(minimal.references.isEmpty());
    QVERIFY(minimal.tags.isEmpty());
    QCOMPARE(t.sections.at(1).items.at(0).severity, Severity::Medium);
    QCOMPARE(t.sections.at(1).items.at(0).evidence, EvidenceRequirement::Required);

    QCOMPARE(t.signoffRoles.size(), 2);
    QCOMPARE(t.signoffRoles.at(0).id, u"security-review"_s);
    QCOMPARE(t.signoffRoles.at(0).title, u"Security Review"_s);
    QCOMPARE(t.signoffRoles.at(0).meaning, u"Security was reviewed."_s);
    QCOMPARE(t.signoffRoles.at(0).required, true); // the default
    QCOMPARE(t.signoffRoles.at(1).required, false);
}

void tst_TemplateLoader::appliesDefaults()
{
    const TemplateLoadResult result = m_loader.loadData(baseYaml(), u"base.yaml"_s);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.checklist->language, u"en"_s);
    QCOMPARE(result.checklist->version, u"1.0.0"_s);
    QVERIFY(result.checklist->signoffRoles.isEmpty());
    QCOMPARE(result.checklist->sections.at(0).items.at(0).severity, Severity::High);
    QCOMPARE(result.checklist->sections.at(0).items.at(0).evidence, EvidenceRequirement::Required);

    // A UTF-8 byte order mark and Windows line endings are fine.
    const TemplateLoadResult windows
            = m_loader.loadData("\xEF\xBB\xBF" + baseYaml().replace("\n", "\r\n"), u"bom.yaml"_s);
    QVERIFY2(windows.ok(), qPrintable(windows.problems.value(0).toString()));
    QCOMPARE(windows.checklist->sections.at(0).items.at(0).guidance, u"Why and how."_s);

    // Empty optional lists are explicit "none", not mistakes.
    const TemplateLoadResult lists = m_loader.loadData(
            baseAppending("        checks: []\n        tags:\n        references: []\n"),
            u"lists.yaml"_s);
    QVERIFY2(lists.ok(), qPrintable(lists.problems.value(0).toString()));
}

void tst_TemplateLoader::loadsCustomRules()
{
    const QByteArray yaml = baseWith("        evidence: required\n",
                                     "        evidence: required\n"
                                     "        checks: [custom.lockdown, docker.root-user]\n")
                            + R"(rules:
  - id: custom.lockdown
    title: The entrypoint locks down the audit database
    severity: medium
    file: entrypoint.sh
    must_contain: "manage.py lockdown_audit_db"
    fix: Add `python manage.py lockdown_audit_db` to entrypoint.sh.
  - id: custom.no-debug
    title: No debug settings
    severity: high
    file: "**/*.py"
    must_not_match: '^\s*DEBUG\s*=\s*True'
  - id: custom.license
    title: A licence file exists
    severity: low
    file_exists: "LICENSE*"
  - id: custom.no-pem
    title: No PEM files
    severity: critical
    file_absent: "**/*.pem"
)"_ba;
    const TemplateLoadResult result = m_loader.loadData(yaml, u"rules.yaml"_s);
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
    const QList<CustomRule> &rules = result.checklist->customRules;
    QCOMPARE(rules.size(), 4);
    QCOMPARE(rules.at(0).id, u"custom.lockdown"_s);
    QCOMPARE(rules.at(0).kind, CustomRule::Kind::MustContain);
    QCOMPARE(rules.at(0).file, u"entrypoint.sh"_s);
    QCOMPARE(rules.at(0).pattern, u"manage.py lockdown_audit_db"_s);
    QCOMPARE(rules.at(0).severity, Severity::Medium);
    QCOMPARE(rules.at(0).title, u"The entrypoint locks down the audit database"_s);
    QCOMPARE(rules.at(0).fix, u"Add `python manage.py lockdown_audit_db` to entrypoint.sh."_s);
    QCOMPARE(rules.at(0).templateId, u"alpha"_s);
    QCOMPARE(rules.at(1).kind, CustomRule::Kind::MustNotMatch);
    QCOMPARE(rules.at(1).pattern, u"^\\s*DEBUG\\s*=\\s*True"_s);
    QCOMPARE(rules.at(1).file, u"**/*.py"_s);
    QVERIFY(rules.at(1).fix.isEmpty());
    QCOMPARE(rules.at(2).kind, CustomRule::Kind::FileExists);
    QCOMPARE(rules.at(2).file, u"LICENSE*"_s);
    QVERIFY(rules.at(2).pattern.isEmpty());
    QCOMPARE(rules.at(3).kind, CustomRule::Kind::FileAbsent);
    QCOMPARE(rules.at(3).severity, Severity::Critical);
    QCOMPARE(result.checklist->sections.at(0).items.at(0).checks,
             (QStringList{u"custom.lockdown"_s, u"docker.root-user"_s}));

    // An empty list is an explicit "none"; templates without `rules:` have none either.
    const TemplateLoadResult empty = m_loader.loadData(baseAppending("rules: []\n"), u"e.yaml"_s);
    QVERIFY2(empty.ok(), qPrintable(empty.problems.value(0).toString()));
    QVERIFY(empty.checklist->customRules.isEmpty());
}

void tst_TemplateLoader::problemToString()
{
    QCOMPARE((TemplateProblem{u"a.yaml"_s, 3, 7, u"bad"_s}.toString()), u"a.yaml:3:7: bad"_s);
    QCOMPARE((TemplateProblem{u"a.yaml"_s, 0, 0, u"too big"_s}.toString()), u"a.yaml: too big"_s);
}

void tst_TemplateLoader::loadFileReportsMissingFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing.yaml"_s);
    TemplateLoadResult result = m_loader.loadFile(missing);
    QCOMPARE(result.problems, (TemplateProblems{{missing, 0, 0, u"file not found"_s}}));

    result = m_loader.loadFile(dir.path());
    QCOMPARE(result.problems,
             (TemplateProblems{{dir.path(), 0, 0, u"is a folder, not a template file"_s}}));

    const QString path = dir.filePath(u"base.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(baseYaml());
    file.close();
    result = m_loader.loadFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.checklist->sourcePath, path);
}

QTEST_GUILESS_MAIN(tst_TemplateLoader)
#include "tst_TemplateLoader.moc"
