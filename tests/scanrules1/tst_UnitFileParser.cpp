#include <QTest>

#include "scan/parsers/UnitFileParser.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_UnitFileParser : public QObject
{
    Q_OBJECT

private slots:
    void sectionsAndEntries();
    void lastValue_data();
    void lastValue();
};

void tst_UnitFileParser::sectionsAndEntries()
{
    const UnitFile unit = UnitFileParser::parse(
            u"Orphan=ignored\n# comment\n[Unit]\nDescription = My app \n\n; other comment\n"
            "[Service]\nExecStart=/usr/bin/app \\\n  --port 80 \\\n# skipped comment\n"
            "  --verbose\nEnvironment=A=1\nEnvironment=B=2\nnot an assignment\n"
            "[Install]\nWantedBy=multi-user.target\n"_s);
    QCOMPARE(unit.sections.size(), 3);
    QCOMPARE(unit.sections.at(0).name, u"Unit"_s);
    QCOMPARE(unit.sections.at(0).line, 3);
    QCOMPARE(unit.sections.at(0).entries.size(), 1);
    QCOMPARE(unit.sections.at(0).entries.first().value, u"My app"_s);

    const UnitSection *service = unit.section(u"Service"_s);
    QVERIFY(service);
    QCOMPARE(service->line, 7);
    QCOMPARE(service->entries.size(), 3);
    QCOMPARE(service->entries.at(0).key, u"ExecStart"_s);
    QCOMPARE(service->entries.at(0).line, 8);
    QCOMPARE(service->entries.at(0).value, u"/usr/bin/app  --port 80  --verbose"_s);
    QCOMPARE(service->entries.at(1).value, u"A=1"_s);
    QCOMPARE(service->entries.at(2).line, 13);
    QVERIFY(!unit.section(u"Timer"_s));
}

void tst_UnitFileParser::lastValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value"); // of [Service] User=; null when unset
    QTest::addColumn<int>("line");

    QTest::newRow("single") << u"[Service]\nUser=app\n"_s << u"app"_s << 2;
    QTest::newRow("last wins") << u"[Service]\nUser=root\nUser=app\n"_s << u"app"_s << 3;
    QTest::newRow("empty resets") << u"[Service]\nUser=app\nUser=\n"_s << QString() << 0;
    QTest::newRow("repeated section")
            << u"[Service]\nUser=a\n[Unit]\nX=1\n[Service]\nUser=b\n"_s << u"b"_s << 6;
    QTest::newRow("other section") << u"[Unit]\nUser=app\n"_s << QString() << 0;
    QTest::newRow("commented") << u"[Service]\n#User=app\n"_s << QString() << 0;
    QTest::newRow("blanks around =") << u"[Service]\n  User =  app  \n"_s << u"app"_s << 2;
}

void tst_UnitFileParser::lastValue()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QFETCH(int, line);
    const UnitFile unit = UnitFileParser::parse(text);
    const UnitEntry *entry = unit.last(u"Service"_s, u"User"_s);
    if (value.isNull()) {
        QVERIFY(!entry);
        return;
    }
    QVERIFY(entry);
    QCOMPARE(entry->value, value);
    QCOMPARE(entry->line, line);
}

QTEST_GUILESS_MAIN(tst_UnitFileParser)
#include "tst_UnitFileParser.moc"
