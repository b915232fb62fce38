#include <QTest>

#include "scan/deps/PackageJsonParser.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_PackageJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void sectionsAndPositions();
    void nestedKeysAreNotDependencies();
    void emptyAndMissingSections();
    void invalidJson_data();
    void invalidJson();
};

void tst_PackageJsonParser::sectionsAndPositions()
{
    const QByteArray json = "{\n"
                            "  \"name\": \"web\",\n"
                            "  \"dependencies\": {\n"
                            "    \"express\": \"^4.19.0\",\n"
                            "    \"jest\": \"^29.0.0\", \"@testing-library/react\": \"14\"\n"
                            "  },\n"
                            "  \"devDependencies\": {\"mocha\": \"10\"},\n"
                            "  \"peerDependencies\": {\"react\": \"18\"}\n"
                            "}\n";
    const auto parsed = PackageJsonParser::parse(json);
    QVERIFY(parsed.ok());
    const QList<DeclaredDependency> &deps = *parsed;
    QCOMPARE(deps.size(), 5);
    QCOMPARE(deps.at(0).name, u"express"_s);
    QCOMPARE(deps.at(0).line, 4);
    QCOMPARE(deps.at(0).column, 5);
    QVERIFY(deps.at(0).production);
    QCOMPARE(deps.at(1).name, u"jest"_s);
    QCOMPARE(deps.at(1).line, 5);
    QCOMPARE(deps.at(2).name, u"@testing-library/react"_s);
    QCOMPARE(deps.at(2).line, 5);
    QCOMPARE(deps.at(2).column, 24);
    QCOMPARE(deps.at(2).section, u"dependencies"_s);
    QCOMPARE(deps.at(3).name, u"mocha"_s);
    QCOMPARE(deps.at(3).line, 7);
    QCOMPARE(deps.at(3).section, u"devDependencies"_s);
    QVERIFY(!deps.at(3).production);
    QCOMPARE(deps.at(4).section, u"peerDependencies"_s);
    QVERIFY(!deps.at(4).production);
}

void tst_PackageJsonParser::nestedKeysAreNotDependencies()
{
    // "jest" as a config key, and a "dependencies" key nested deeper, are not declarations.
    const QByteArray json = R"({"jest": {"testEnvironment": "node"},
"overrides": {"dependencies": {"mocha": "1"}},
"scripts": {"test": "jest --coverage", "dependencies": "x"},
"dependencies": {"pg": "8"}})";
    const auto parsed = PackageJsonParser::parse(json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().name, u"pg"_s);
    QCOMPARE(parsed->first().line, 4);
}

void tst_PackageJsonParser::emptyAndMissingSections()
{
    QCOMPARE(PackageJsonParser::parse("{}")->size(), 0);
    QCOMPARE(PackageJsonParser::parse("{\"dependencies\": {}}")->size(), 0);
    QCOMPARE(PackageJsonParser::parse("{\"dependencies\": [\"jest\"]}")->size(), 0);
}

void tst_PackageJsonParser::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("truncated") << QByteArray("{\"dependencies\": {\"jest\": ");
    QTest::newRow("array root") << QByteArray("[1, 2]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("comment") << QByteArray("{ // no comments in JSON\n}");
}

void tst_PackageJsonParser::invalidJson()
{
    QFETCH(QByteArray, json);
    const auto parsed = PackageJsonParser::parse(json);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(tst_PackageJsonParser)
#include "tst_PackageJsonParser.moc"
