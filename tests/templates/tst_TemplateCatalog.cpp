#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

QByteArray templateYaml(const char *id, const char *title, const char *severity = "high")
{
    return QByteArray("schema: 1\nid: ") + id + "\ntitle: " + title
           + "\nversion: 1.0.0\ndescription: A test template.\nsections:\n"
             "  - id: only\n    title: Only\n    items:\n"
             "      - id: TST-001\n        title: One\n        guidance: Why and how.\n"
             "        severity: "
           + severity + "\n        evidence: optional\n";
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList idsOf(const QList<ChecklistTemplate> &templates)
{
    QStringList ids;
    for (const ChecklistTemplate &t : templates)
        ids.append(t.id);
    return ids;
}

} // namespace

class tst_TemplateCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInDirectory();
    void builtInTemplatesLoad();
    void laterDirectoryShadowsEarlier();
    void userDirectoryOverridesBuiltIn();
    void missingDirectoryIsIgnored();
    void invalidFileIsReportedAndSkipped();
    void invalidOverrideKeepsEarlierTemplate();
    void sameIdTwiceInOneFolderIsReported();
    void sortedByIdAndFind();
    void reloadReplacesPreviousState();
};

void tst_TemplateCatalog::builtInDirectory()
{
    QCOMPARE(TemplateCatalog::builtInDirectory(), u":/checklists"_s);
    QVERIFY(QDir(TemplateCatalog::builtInDirectory()).exists());
}

void tst_TemplateCatalog::builtInTemplatesLoad()
{
    TemplateCatalog catalog;
    catalog.load({TemplateCatalog::builtInDirectory()});
    QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().value(0).toString()));
    QVERIFY(catalog.find(u"signoff"_s).has_value());
    QVERIFY(catalog.find(u"signoff"_s)->sourcePath.startsWith(u":/checklists/"_s));
}

void tst_TemplateCatalog::laterDirectoryShadowsEarlier()
{
    QTemporaryDir shipped;
    QTemporaryDir team;
    write(shipped, u"alpha.yaml"_s, templateYaml("alpha", "Alpha as shipped"));
    write(shipped, u"beta.yml"_s, templateYaml("beta", "Beta"));
    // The file name does not matter, the id does.
    const QString override = write(team, u"our-alpha.yaml"_s, templateYaml("alpha", "Our alpha"));

    TemplateCatalog catalog;
    catalog.load({shipped.path(), team.path()});
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(idsOf(catalog.templates()), (QStringList{u"alpha"_s, u"beta"_s}));
    QCOMPARE(catalog.find(u"alpha"_s)->title, u"Our alpha"_s);
    QCOMPARE(catalog.find(u"alpha"_s)->sourcePath, override);
    QCOMPARE(catalog.find(u"beta"_s)->title, u"Beta"_s);

    // Order decides: the other way round the shipped one wins.
    catalog.load({team.path(), shipped.path()});
    QCOMPARE(catalog.find(u"alpha"_s)->title, u"Alpha as shipped"_s);
}

void tst_TemplateCatalog::userDirectoryOverridesBuiltIn()
{
    QTemporaryDir user;
    write(user, u"security.yaml"_s, templateYaml("security", "Our security checks"));
    write(user, u"extra.yaml"_s, templateYaml("extra", "Extra"));

    TemplateCatalog builtInOnly;
    builtInOnly.load({TemplateCatalog::builtInDirectory()});
    TemplateCatalog catalog;
    catalog.load({TemplateCatalog::builtInDirectory(), user.path()});
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(catalog.templates().size(), builtInOnly.templates().size() + 1); // + extra
    QCOMPARE(catalog.find(u"security"_s)->title, u"Our security checks"_s);
    QVERIFY(catalog.find(u"signoff"_s)->sourcePath.startsWith(u":/checklists/"_s));
}

void tst_TemplateCatalog::missingDirectoryIsIgnored()
{
    QTemporaryDir dir;
    write(dir, u"alpha.yaml"_s, templateYaml("alpha", "Alpha"));
    TemplateCatalog catalog;
    catalog.load({dir.filePath(u"does-not-exist"_s), dir.path(), u"/nonexistent/greenlight"_s});
    QVERIFY(catalog.problems().isEmpty());
    QCOMPARE(idsOf(catalog.templates()), QStringList{u"alpha"_s});
}

void tst_TemplateCatalog::invalidFileIsReportedAndSkipped()
{
    QTemporaryDir dir;
    write(dir, u"good.yaml"_s, templateYaml("good", "Good"));
    const QString broken = write(dir, u"broken.yaml"_s, templateYaml("broken", "B", "urgent"));
    write(dir, u"notes.txt"_s, "not a template: [");
    write(dir, u"README.md"_s, "# Templates\n");

    TemplateCatalog catalog;
    catalog.load({dir.path()});
    QCOMPARE(idsOf(catalog.templates()), QStringList{u"good"_s});
    QCOMPARE(catalog.problems(),
             (TemplateProblems{{broken,
                                13,
                                19,
                                u"invalid severity 'urgent' (allowed: critical, high, medium, low, "
                                "info)"_s}}));
    QVERIFY(!catalog.find(u"broken"_s).has_value());
}

void tst_TemplateCatalog::invalidOverrideKeepsEarlierTemplate()
{
    QTemporaryDir shipped;
    QTemporaryDir team;
    write(shipped, u"alpha.yaml"_s, templateYaml("alpha", "Alpha as shipped"));
    const QString broken = write(team, u"alpha.yaml"_s, "schema: 1\nid: alpha\n");

    TemplateCatalog catalog;
    catalog.load({shipped.path(), team.path()});
    QCOMPARE(catalog.find(u"alpha"_s)->title, u"Alpha as shipped"_s);
    QCOMPARE(catalog.problems().size(), 4); // title, version, description, sections missing
    for (const TemplateProblem &problem : catalog.problems())
        QCOMPARE(problem.file, broken);
}

void tst_TemplateCatalog::sameIdTwiceInOneFolderIsReported()
{
    QTemporaryDir dir;
    const QString first = write(dir, u"a.yaml"_s, templateYaml("alpha", "First"));
    const QString second = write(dir, u"b.yml"_s, templateYaml("alpha", "Second"));

    TemplateCatalog catalog;
    catalog.load({dir.path()});
    QCOMPARE(catalog.templates().size(), 1);
    QCOMPARE(catalog.find(u"alpha"_s)->title, u"First"_s);
    QCOMPARE(catalog.problems(),
             (TemplateProblems{{second,
                                0,
                                0,
                                u"template id 'alpha' is already used by %1 in the same folder; "
                                "this file is skipped"_s.arg(first)}}));
}

void tst_TemplateCatalog::sortedByIdAndFind()
{
    QTemporaryDir dir;
    write(dir, u"a.yaml"_s, templateYaml("zulu", "Zulu"));
    const QString mike = write(dir, u"m.yml"_s, templateYaml("mike", "Mike"));
    write(dir, u"z.yaml"_s, templateYaml("alpha", "Alpha"));

    TemplateCatalog catalog;
    catalog.load({dir.path()});
    QCOMPARE(idsOf(catalog.templates()), (QStringList{u"alpha"_s, u"mike"_s, u"zulu"_s}));
    const auto found = catalog.find(u"mike"_s);
    QVERIFY(found.has_value());
    QCOMPARE(found->title, u"Mike"_s);
    QCOMPARE(found->sourcePath, mike);
    QVERIFY(!catalog.find(u"nope"_s).has_value());
    QVERIFY(!catalog.find(QString()).has_value());
}

void tst_TemplateCatalog::reloadReplacesPreviousState()
{
    QTemporaryDir dir;
    write(dir, u"alpha.yaml"_s, templateYaml("alpha", "Alpha"));
    write(dir, u"broken.yaml"_s, "- not a mapping\n");
    TemplateCatalog catalog;
    catalog.load({dir.path()});
    QCOMPARE(catalog.templates().size(), 1);
    QCOMPARE(catalog.problems().size(), 1);

    catalog.load({});
    QVERIFY(catalog.templates().isEmpty());
    QVERIFY(catalog.problems().isEmpty());
}

QTEST_GUILESS_MAIN(tst_TemplateCatalog)
#include "tst_TemplateCatalog.moc"
