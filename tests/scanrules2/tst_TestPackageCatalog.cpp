#include <QTest>

#include "scan/deps/TestPackageCatalog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

using Ecosystem = TestPackageCatalog::Ecosystem;
using Kind = TestPackageCatalog::Kind;
Q_DECLARE_METATYPE(Ecosystem)

class tst_TestPackageCatalog : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void descriptions();
};

void tst_TestPackageCatalog::classify_data()
{
    QTest::addColumn<Ecosystem>("ecosystem");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // -1: not dev-only

    const auto py = Ecosystem::Python;
    const auto npm = Ecosystem::Npm;
    QTest::newRow("pytest") << py << u"pytest"_s << int(Kind::Test);
    QTest::newRow("Pytest_Django") << py << u"Pytest_Django"_s << int(Kind::Test);
    QTest::newRow("pytest-cov") << py << u"pytest-cov"_s << int(Kind::Test);
    QTest::newRow("factory_boy") << py << u"factory_boy"_s << int(Kind::Test);
    QTest::newRow("Faker") << py << u"Faker"_s << int(Kind::Test);
    QTest::newRow("coverage") << py << u"coverage"_s << int(Kind::Test);
    QTest::newRow("black") << py << u"black"_s << int(Kind::Lint);
    QTest::newRow("flake8-bugbear") << py << u"flake8-bugbear"_s << int(Kind::Lint);
    QTest::newRow("mypy") << py << u"mypy"_s << int(Kind::Lint);
    QTest::newRow("django") << py << u"django"_s << -1;
    QTest::newRow("pytz is not pytest") << py << u"pytz"_s << -1;
    QTest::newRow("pytest-lookalike prefix") << py << u"pytestify"_s << -1;
    QTest::newRow("mockito-free name") << py << u"mockupdb-client"_s << -1;
    QTest::newRow("jest") << npm << u"jest"_s << int(Kind::Test);
    QTest::newRow("testing-library") << npm << u"@testing-library/jest-dom"_s << int(Kind::Test);
    QTest::newRow("vitest scoped") << npm << u"@vitest/coverage-v8"_s << int(Kind::Test);
    QTest::newRow("karma plugin") << npm << u"karma-chrome-launcher"_s << int(Kind::Test);
    QTest::newRow("supertest") << npm << u"supertest"_s << int(Kind::Test);
    QTest::newRow("nodemon") << npm << u"nodemon"_s << int(Kind::DevTool);
    QTest::newRow("eslint plugin") << npm << u"eslint-plugin-react"_s << int(Kind::Lint);
    QTest::newRow("ts-eslint") << npm << u"@typescript-eslint/parser"_s << int(Kind::Lint);
    QTest::newRow("express") << npm << u"express"_s << -1;
    QTest::newRow("jest-worker is runtime") << npm << u"jest-worker"_s << -1;
    QTest::newRow("puppeteer has prod uses") << npm << u"puppeteer"_s << -1;
    QTest::newRow("npm names are exact") << npm << u"Jest"_s << -1;
}

void tst_TestPackageCatalog::classify()
{
    QFETCH(Ecosystem, ecosystem);
    QFETCH(QString, name);
    QFETCH(int, kind);
    const auto found = TestPackageCatalog::classify(ecosystem, name);
    QCOMPARE(found ? int(*found) : -1, kind);
}

void tst_TestPackageCatalog::descriptions()
{
    QVERIFY(TestPackageCatalog::kindDescription(Kind::Test).contains(u"test"_s));
    QVERIFY(TestPackageCatalog::kindDescription(Kind::Lint).contains(u"lint"_s));
    QVERIFY(!TestPackageCatalog::kindDescription(Kind::DevTool).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TestPackageCatalog)
#include "tst_TestPackageCatalog.moc"
