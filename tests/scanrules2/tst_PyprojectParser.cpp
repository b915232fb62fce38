#include <QTest>

#include "scan/deps/PyprojectParser.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

// "name@line:prod" for compact comparisons.
QStringList summary(const QList<DeclaredDependency> &deps)
{
    QStringList result;
    for (const DeclaredDependency &dependency : deps)
        result.append(u"%1@%2:%3"_s.arg(dependency.name)
                              .arg(dependency.line)
                              .arg(dependency.production ? u"prod"_s : u"dev"_s));
    return result;
}

} // namespace

class tst_PyprojectParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void sections();
};

void tst_PyprojectParser::parse_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("pipfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("pep 621 multi-line") << uR"([build-system]
requires = ["setuptools"]

[project]
name = "svc"
dependencies = [
    "django>=4.2",  # web
    "pytest[xdist]>=8; python_version > '3.9'",
    'freezegun',
]

[project.optional-dependencies]
test = ["pytest-django", "coverage"]
)"_s << false
                                        << QStringList({u"django@7:prod"_s,
                                                        u"pytest@8:prod"_s,
                                                        u"freezegun@9:prod"_s,
                                                        u"pytest-django@13:dev"_s,
                                                        u"coverage@13:dev"_s});
    QTest::newRow("pep 621 one line")
            << u"[project]\ndependencies = [\"mock\", \"requests\"]\nversion = \"1\"\n"_s << false
            << QStringList({u"mock@2:prod"_s, u"requests@2:prod"_s});
    QTest::newRow("poetry") << uR"([tool.poetry.dependencies]
python = "^3.11"
django = "^4.2"
pytest = { version = "^8", optional = true }
"factory-boy" = "^3"

[tool.poetry.group.dev.dependencies]
pytest-cov = "^5"

[tool.poetry.group.main.dependencies]
celery = "^5"

[tool.poetry.dev-dependencies]
black = "*"
)"_s << false
                            << QStringList({u"django@3:prod"_s,
                                            u"pytest@4:dev"_s,
                                            u"factory-boy@5:prod"_s,
                                            u"pytest-cov@8:dev"_s,
                                            u"celery@11:prod"_s,
                                            u"black@14:dev"_s});
    QTest::newRow("uv and dependency groups") << uR"([project]
dependencies = ["fastapi"]
[dependency-groups]
dev = ["pytest"]
[tool.uv]
dev-dependencies = ["ruff"]
)"_s << false << QStringList({u"fastapi@2:prod"_s, u"pytest@4:dev"_s, u"ruff@6:dev"_s});
    QTest::newRow("brackets inside strings")
            << u"[project]\ndependencies = [\n  \"uvicorn[standard]\", # [x]\n  \"nose\"\n]\n"_s
            << false << QStringList({u"uvicorn@3:prod"_s, u"nose@4:prod"_s});
    QTest::newRow("other tables ignored")
            << u"[tool.black]\nline-length = 100\n[tool.pytest.ini_options]\naddopts = \"-q\"\n"_s
            << false << QStringList();
    QTest::newRow("pipfile") << u"[[source]]\nurl = "
                                u"\"https://pypi.org/simple\"\n\n[packages]\nflask = \"*\"\nmock = "
                                "\"*\"\n\n[dev-packages]\npytest = \"*\"\n"_s
                             << true
                             << QStringList(
                                        {u"flask@5:prod"_s, u"mock@6:prod"_s, u"pytest@9:dev"_s});
}

void tst_PyprojectParser::parse()
{
    QFETCH(QString, content);
    QFETCH(bool, pipfile);
    QFETCH(QStringList, expected);
    const auto flavor
            = pipfile ? PyprojectParser::Flavor::Pipfile : PyprojectParser::Flavor::Pyproject;
    QCOMPARE(summary(PyprojectParser::parse(content, flavor)), expected);
}

void tst_PyprojectParser::sections()
{
    const auto deps = PyprojectParser::parse(
            u"[project]\ndependencies = [\"a\"]\n[tool.poetry.dependencies]\nb = \"1\"\n"_s,
            PyprojectParser::Flavor::Pyproject);
    QCOMPARE(deps.size(), 2);
    QCOMPARE(deps.at(0).section, u"[project] dependencies"_s);
    QCOMPARE(deps.at(0).column, 18);
    QCOMPARE(deps.at(1).section, u"[tool.poetry.dependencies]"_s);
    QCOMPARE(deps.at(1).lineText, u"b = \"1\""_s);
}

QTEST_GUILESS_MAIN(tst_PyprojectParser)
#include "tst_PyprojectParser.moc"
