#include <QTest>

#include "scan/deps/RequirementsParser.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

Q_DECLARE_METATYPE(RequirementsParser::Role)

class tst_RequirementsParser : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void normalized();
    void parse();
    void seed001LineNumbers();
    void includes_data();
    void includes();
    void roles_data();
    void roles();
    void fileNames();
};

void tst_RequirementsParser::names_data()
{
    QTest::addColumn<QString>("requirement");
    QTest::addColumn<QString>("name");
    QTest::newRow("bare") << u"pytest"_s << u"pytest"_s;
    QTest::newRow("pinned") << u"pytest==7.4.0"_s << u"pytest"_s;
    QTest::newRow("range") << u"Django>=4.2,<5"_s << u"Django"_s;
    QTest::newRow("compatible") << u"pytest-django~=4.5"_s << u"pytest-django"_s;
    QTest::newRow("extras") << u"pytest[xdist]>=3"_s << u"pytest"_s;
    QTest::newRow("marker") << u"pytest; python_version < \"3.12\""_s << u"pytest"_s;
    QTest::newRow("spaces") << u"  factory_boy  >= 3 "_s << u"factory_boy"_s;
    QTest::newRow("url ref") << u"mock @ https://files/mock-5.whl"_s << u"mock"_s;
    QTest::newRow("parenthesised") << u"coverage (>=7)"_s << u"coverage"_s;
    QTest::newRow("dotted") << u"zope.interface"_s << u"zope.interface"_s;
    QTest::newRow("git url") << u"git+https://github.com/a/b.git#egg=b"_s << QString();
    QTest::newRow("local path") << u"./libs/thing"_s << QString();
    QTest::newRow("archive url") << u"https://x/y.tar.gz"_s << QString();
    QTest::newRow("garbage") << u"*pytest"_s << QString();
}

void tst_RequirementsParser::names()
{
    QFETCH(QString, requirement);
    QFETCH(QString, name);
    QCOMPARE(RequirementsParser::requirementName(requirement), name);
}

void tst_RequirementsParser::normalized()
{
    QCOMPARE(RequirementsParser::normalizedName(u"Pytest_Django"), u"pytest-django"_s);
    QCOMPARE(RequirementsParser::normalizedName(u"factory.boy"), u"factory-boy"_s);
    QCOMPARE(RequirementsParser::normalizedName(u"a__-.b"), u"a-b"_s);
}

void tst_RequirementsParser::parse()
{
    const QString content = u"# production\n"
                            "--index-url https://pypi.org/simple\n"
                            "-c constraints.txt\n"
                            "-e .\n"
                            "Django==4.2 \\\n"
                            "    --hash=sha256:abc\n"
                            "celery[redis]>=5  # queue\n"
                            "\n"
                            "gunicorn; sys_platform != \"win32\"\n"
                            "git+https://github.com/a/b.git#egg=b\n"
                            "-r base.txt\n"
                            "--requirement=other.txt\n"_s;
    const RequirementsFile file = RequirementsParser::parse(content);
    QCOMPARE(file.requirements.size(), 3);
    QCOMPARE(file.requirements.at(0).name, u"Django"_s);
    QCOMPARE(file.requirements.at(0).line, 5);
    QCOMPARE(file.requirements.at(0).column, 1);
    QCOMPARE(file.requirements.at(1).name, u"celery"_s);
    QCOMPARE(file.requirements.at(1).line, 7); // after the joined continuation
    QCOMPARE(file.requirements.at(1).lineText, u"celery[redis]>=5  # queue"_s);
    QCOMPARE(file.requirements.at(2).name, u"gunicorn"_s);
    QCOMPARE(file.requirements.at(2).line, 9);
    QVERIFY(file.requirements.at(2).production);
    QCOMPARE(file.includes.size(), 2);
    QCOMPARE(file.includes.at(0).target, u"base.txt"_s);
    QCOMPARE(file.includes.at(0).line, 11);
    QCOMPARE(file.includes.at(1).target, u"other.txt"_s);
}

void tst_RequirementsParser::seed001LineNumbers()
{
    // Seed 001: pytest and pytest-django at requirements.txt:23-24.
    QStringList lines
            = {u"Django==4.2.11"_s, u"djangorestframework==3.15.1"_s, u"psycopg2-binary==2.9.9"_s};
    while (lines.size() < 22)
        lines.append(lines.size() % 5 == 0 ? QString() : u"package%1==1.0"_s.arg(lines.size()));
    lines.append(u"pytest==8.1.1"_s);
    lines.append(u"pytest-django==4.8.0"_s);
    lines.append(u"whitenoise==6.6.0"_s);
    const RequirementsFile file = RequirementsParser::parse(lines.join(u'\n'));
    QStringList at23;
    for (const DeclaredDependency &dependency : file.requirements) {
        if (dependency.line == 23 || dependency.line == 24)
            at23.append(dependency.name);
    }
    QCOMPARE(at23, QStringList({u"pytest"_s, u"pytest-django"_s}));
}

void tst_RequirementsParser::includes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("target");
    QTest::newRow("-r space") << u"-r base.txt"_s << u"base.txt"_s;
    QTest::newRow("-r attached") << u"-rbase.txt"_s << u"base.txt"_s;
    QTest::newRow("long") << u"--requirement ../shared.txt"_s << u"../shared.txt"_s;
    QTest::newRow("long equals") << u"--requirement=req/base.in"_s << u"req/base.in"_s;
    QTest::newRow("comment") << u"-r base.txt  # common"_s << u"base.txt"_s;
    QTest::newRow("constraint is no include") << u"-c base.txt"_s << QString();
}

void tst_RequirementsParser::includes()
{
    QFETCH(QString, line);
    QFETCH(QString, target);
    const RequirementsFile file = RequirementsParser::parse(line);
    QCOMPARE(file.includes.isEmpty(), target.isEmpty());
    if (!target.isEmpty())
        QCOMPARE(file.includes.first().target, target);
}

void tst_RequirementsParser::roles_data()
{
    using Role = RequirementsParser::Role;
    QTest::addColumn<QString>("path");
    QTest::addColumn<Role>("role");
    QTest::newRow("root") << u"requirements.txt"_s << Role::Production;
    QTest::newRow("service") << u"services/api/requirements.txt"_s << Role::Production;
    QTest::newRow("pip-tools input") << u"requirements.in"_s << Role::Production;
    QTest::newRow("prod dir") << u"requirements/prod.txt"_s << Role::Production;
    QTest::newRow("production dir") << u"requirements/production.txt"_s << Role::Production;
    QTest::newRow("prod-eu") << u"requirements/prod-eu.txt"_s << Role::Production;
    QTest::newRow("base") << u"requirements/base.txt"_s << Role::Production;
    QTest::newRow("common") << u"requirements/common.in"_s << Role::Production;
    QTest::newRow("suffix prod") << u"requirements-prod.txt"_s << Role::Production;
    QTest::newRow("prefix prod") << u"prod-requirements.txt"_s << Role::Production;
    QTest::newRow("dev") << u"requirements-dev.txt"_s << Role::Development;
    QTest::newRow("test") << u"requirements-test.txt"_s << Role::Development;
    QTest::newRow("dev prefix") << u"dev-requirements.txt"_s << Role::Development;
    QTest::newRow("test prefix") << u"test-requirements.txt"_s << Role::Development;
    QTest::newRow("underscore") << u"requirements_dev.txt"_s << Role::Development;
    QTest::newRow("dev dir") << u"requirements/dev.txt"_s << Role::Development;
    QTest::newRow("ci dir file") << u"requirements/ci.txt"_s << Role::Development;
    QTest::newRow("docs") << u"docs/requirements.txt"_s << Role::Development;
    QTest::newRow("tests dir") << u"tests/requirements.txt"_s << Role::Development;
    QTest::newRow("lint") << u"requirements/lint.txt"_s << Role::Development;
    QTest::newRow("unknown") << u"requirements/celery.txt"_s << Role::Unknown;
    QTest::newRow("product is not prod") << u"requirements/products.txt"_s << Role::Unknown;
}

void tst_RequirementsParser::roles()
{
    QFETCH(QString, path);
    QFETCH(RequirementsParser::Role, role);
    QCOMPARE(RequirementsParser::role(path), role);
}

void tst_RequirementsParser::fileNames()
{
    QVERIFY(RequirementsParser::isRequirementsFile(u"requirements.txt"));
    QVERIFY(RequirementsParser::isRequirementsFile(u"dev-requirements.in"));
    QVERIFY(RequirementsParser::isRequirementsFile(u"Requirements-Prod.TXT"));
    QVERIFY(!RequirementsParser::isRequirementsFile(u"requirements.md"));
    QVERIFY(!RequirementsParser::isRequirementsFile(u"base.txt"));
    QVERIFY(RequirementsParser::isRequirementsFile(u"requirements/base.in"));
    QVERIFY(RequirementsParser::isRequirementsFile(u"svc/requirements/prod.txt"));
    QVERIFY(!RequirementsParser::isRequirementsFile(u"requirements/README.md"));
    QVERIFY(!RequirementsParser::isRequirementsFile(u"docs/notes.txt"));
}

QTEST_GUILESS_MAIN(tst_RequirementsParser)
#include "tst_RequirementsParser.moc"
