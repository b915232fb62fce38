#include <QTest>

#include "CollectingSink.h"
#include "TreeBuilder.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"
#include "scan/analyzers/DependencyAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

using Tree = QMap<QString, QByteArray>;

// Runs the analyzer the way the engine does: wants() by name, analyze() per file, finish()
// with the index of every path. Returns "path:line:package-or-message-start" per finding.
QStringList scan(const Tree &tree, CollectingSink *sinkOut = nullptr)
{
    TreeBuilder builder(tree);
    DependencyAnalyzer analyzer;
    CollectingSink sink;
    RepositoryIndex index;
    index.root = builder.root();
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        index.paths.insert(it.key());
        const QString name = it.key().mid(it.key().lastIndexOf(u'/') + 1);
        if (analyzer.wants(it.key(), name))
            analyzer.analyze({it.key(), name, it.value()}, sink);
    }
    analyzer.finish(index, sink);
    QStringList result;
    for (const Finding &finding : std::as_const(sink.findings)) {
        const QString package = finding.message.section(u'\'', 1, 1);
        result.append(
                u"%1:%2:%3"_s.arg(finding.location.path).arg(finding.location.line).arg(package));
    }
    result.sort();
    if (sinkOut) {
        sinkOut->findings = sink.findings;
        sinkOut->notes = sink.notes;
    }
    return result;
}

QByteArray seed001Requirements()
{
    QByteArrayList lines = {"Django==4.2.11",
                            "djangorestframework==3.15.1",
                            "psycopg2-binary==2.9.9",
                            "gunicorn==21.2.0",
                            "# storage",
                            "django-storages==1.14.2",
                            "boto3==1.34.80",
                            "celery==5.3.6",
                            "redis==5.0.3",
                            "",
                            "# auth",
                            "djangorestframework-simplejwt==5.3.1",
                            "argon2-cffi==23.1.0",
                            "",
                            "# observability",
                            "sentry-sdk==1.44.1",
                            "structlog==24.1.0",
                            "prometheus-client==0.20.0",
                            "",
                            "whitenoise==6.6.0",
                            "python-dotenv==1.0.1",
                            "# tests"};
    lines.append("pytest==8.1.1");        // line 23
    lines.append("pytest-django==4.8.0"); // line 24
    return lines.join('\n') + '\n';
}

} // namespace

class tst_DependencyAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void rules();
    void wants_data();
    void wants();
    void seed001();
    void manifests_data();
    void manifests();
    void includes();
    void includeOfTestFileFromProduction();
    void invalidPackageJsonIsNoted();
};

void tst_DependencyAnalyzer::rules()
{
    const QList<RuleInfo> rules = DependencyAnalyzer().rules();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().id, u"deps.test-in-prod"_s);
    QCOMPARE(rules.first().severity, Severity::Low);
    QCOMPARE(rules.first().category, u"dependencies"_s);
    QVERIFY(rules.first().rationale.size() > 80 && rules.first().fix.size() > 80);
}

void tst_DependencyAnalyzer::wants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("requirements") << u"requirements.txt"_s << true;
    QTest::newRow("dev requirements") << u"requirements-dev.txt"_s << true; // parsed for -r
    QTest::newRow("requirements dir") << u"requirements/base.in"_s << true;
    QTest::newRow("package.json") << u"web/package.json"_s << true;
    QTest::newRow("pyproject") << u"pyproject.toml"_s << true;
    QTest::newRow("Pipfile") << u"Pipfile"_s << true;
    QTest::newRow("lockfile") << u"package-lock.json"_s << false;
    QTest::newRow("node_modules") << u"node_modules/jest/package.json"_s << false;
    QTest::newRow("venv") << u".venv/lib/x/requirements.txt"_s << false;
    QTest::newRow("readme") << u"README.md"_s << false;
}

void tst_DependencyAnalyzer::wants()
{
    QFETCH(QString, path);
    QFETCH(bool, wanted);
    QCOMPARE(DependencyAnalyzer().wants(path, path.mid(path.lastIndexOf(u'/') + 1)), wanted);
}

void tst_DependencyAnalyzer::seed001()
{
    CollectingSink sink;
    const QStringList found = scan({{u"requirements.txt"_s, seed001Requirements()},
                                    {u"Dockerfile"_s, "FROM python:3.12\n"}},
                                   &sink);
    QCOMPARE(
            found,
            QStringList({u"requirements.txt:23:pytest"_s, u"requirements.txt:24:pytest-django"_s}));
    for (const Finding &finding : std::as_const(sink.findings)) {
        QCOMPARE(finding.ruleId, u"deps.test-in-prod"_s);
        QVERIFY(finding.message.contains(u"requirements.txt"_s));
        QVERIFY(finding.snippet.startsWith(u"pytest"_s));
        QCOMPARE(finding.location.column, 1);
    }
}

void tst_DependencyAnalyzer::manifests_data()
{
    QTest::addColumn<Tree>("tree");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("dev requirements are fine")
            << Tree{{u"requirements.txt"_s, "django\n"},
                    {u"requirements-dev.txt"_s, "-r requirements.txt\npytest\nblack\n"},
                    {u"requirements-test.txt"_s, "pytest-django\n"},
                    {u"dev-requirements.txt"_s, "mock\n"},
                    {u"test-requirements.txt"_s, "coverage\n"}}
            << QStringList();
    QTest::newRow("prod and base dirs")
            << Tree{{u"requirements/base.txt"_s, "django\nfactory-boy==3.3\n"},
                    {u"requirements/prod.txt"_s, "-r base.txt\ngunicorn\nnose\n"},
                    {u"requirements/dev.txt"_s, "-r base.txt\npytest\n"}}
            << QStringList({u"requirements/base.txt:2:factory-boy"_s,
                            u"requirements/prod.txt:3:nose"_s});
    QTest::newRow("extras markers comments")
            << Tree{{u"requirements.txt"_s,
                     "# test tools below are a mistake\npytest[xdist]>=3 ; python_version>'3.8'\n"
                     "Faker  # fixtures\nrequests\n"}}
            << QStringList({u"requirements.txt:2:pytest"_s, u"requirements.txt:3:Faker"_s});
    QTest::newRow("docs requirements ignored")
            << Tree{{u"docs/requirements.txt"_s, "sphinx\npytest\n"}} << QStringList();
    QTest::newRow("package.json deps vs devDependencies")
            << Tree{{u"package.json"_s,
                     "{\n  \"dependencies\": {\n    \"express\": \"4\",\n    \"nodemon\": \"3\",\n"
                     "    \"jest\": \"29\"\n  },\n  \"devDependencies\": {\n    \"mocha\": "
                     "\"10\",\n"
                     "    \"supertest\": \"6\"\n  }\n}\n"}}
            << QStringList({u"package.json:4:nodemon"_s, u"package.json:5:jest"_s});
    QTest::newRow("monorepo package")
            << Tree{{u"packages/api/package.json"_s,
                     "{\"dependencies\": {\"@testing-library/react\": \"14\", \"pg\": \"8\"}}"}}
            << QStringList({u"packages/api/package.json:1:@testing-library/react"_s});
    QTest::newRow("pyproject project vs optional")
            << Tree{{u"pyproject.toml"_s,
                     "[project]\nname = \"svc\"\ndependencies = [\n  \"fastapi\",\n  "
                     "\"pytest>=8\",\n]\n"
                     "[project.optional-dependencies]\ntest = [\"pytest-cov\", \"hypothesis\"]\n"}}
            << QStringList({u"pyproject.toml:5:pytest"_s});
    QTest::newRow("poetry main vs dev group")
            << Tree{{u"pyproject.toml"_s,
                     "[tool.poetry.dependencies]\npython = \"^3.12\"\nflask = \"^3\"\nmock = "
                     "\"^5\"\n\n"
                     "[tool.poetry.group.dev.dependencies]\npytest = \"^8\"\n"}}
            << QStringList({u"pyproject.toml:4:mock"_s});
    QTest::newRow("pipfile") << Tree{{u"Pipfile"_s,
                                      "[packages]\nflask = \"*\"\nfreezegun = "
                                      "\"*\"\n[dev-packages]\npytest = \"*\"\n"}}
                             << QStringList({u"Pipfile:3:freezegun"_s});
    QTest::newRow("lint tools count")
            << Tree{{u"requirements.txt"_s, "flask\nblack==24.3\nflake8\n"}}
            << QStringList({u"requirements.txt:2:black"_s, u"requirements.txt:3:flake8"_s});
}

void tst_DependencyAnalyzer::manifests()
{
    QFETCH(Tree, tree);
    QFETCH(QStringList, expected);
    QCOMPARE(scan(tree), expected);
}

void tst_DependencyAnalyzer::includes()
{
    // An included file with any name is production when a production file includes it; it
    // is read from disk when the walk did not hand it to the analyzer (name without
    // "requirements"), and findings point into it.
    const QStringList found = scan({{u"requirements.txt"_s, "-r shared/common.txt\nflask\n"},
                                    {u"shared/common.txt"_s, "sqlalchemy\nresponses\n"},
                                    {u"requirements/celery.txt"_s, "celery\nmock\n"},
                                    {u"loop-a-requirements.txt"_s, "-r loop-b-requirements.txt\n"},
                                    {u"loop-b-requirements.txt"_s, "-r loop-a-requirements.txt\n"},
                                    {u"requirements-prod.txt"_s,
                                     "-r requirements/celery.txt\n-r ../outside.txt\n-r "
                                     "missing.txt\n-r loop-a-requirements.txt\n"}});
    QCOMPARE(
            found,
            QStringList({u"requirements/celery.txt:2:mock"_s, u"shared/common.txt:2:responses"_s}));
}

void tst_DependencyAnalyzer::includeOfTestFileFromProduction()
{
    CollectingSink sink;
    const QStringList found
            = scan({{u"requirements.txt"_s, "flask\n-r requirements-test.txt\n"},
                    {u"requirements-test.txt"_s, "pytest\npytest-mock\nrequests\n"}},
                   &sink);
    QCOMPARE(found.size(), 1);
    const Finding &finding = sink.findings.first();
    QCOMPARE(finding.location.path, u"requirements.txt"_s);
    QCOMPARE(finding.location.line, 2);
    QVERIFY(finding.message.contains(u"pytest, pytest-mock"_s));
    QVERIFY(finding.message.contains(u"requirements-test.txt"_s));
}

void tst_DependencyAnalyzer::invalidPackageJsonIsNoted()
{
    CollectingSink sink;
    QVERIFY(scan({{u"package.json"_s, "{\"dependencies\": {\"jest\": "}}, &sink).isEmpty());
    QCOMPARE(sink.notes.size(), 1);
    QCOMPARE(sink.notes.first().first, u"package.json"_s);
}

QTEST_GUILESS_MAIN(tst_DependencyAnalyzer)
#include "tst_DependencyAnalyzer.moc"
