#include <QTest>

#include "TextTable.h"

using namespace Qt::StringLiterals;
using greenlight::TextTable;

class tst_TextTable : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void rowCount();
};

void tst_TextTable::render_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<int>("rightAlignedColumn");
    QTest::addColumn<QString>("expected");

    QTest::newRow("header only") << QStringList{u"ID"_s, u"TITLE"_s} << QList<QStringList>{} << -1
                                 << u"ID  TITLE\n"_s;
    QTest::newRow("columns padded to widest cell")
            << QStringList{u"ID"_s, u"TITLE"_s}
            << QList<QStringList>{{u"security"_s, u"Security"_s}, {u"ci"_s, u"CI/CD"_s}} << -1
            << u"ID        TITLE\nsecurity  Security\nci        CI/CD\n"_s;
    QTest::newRow("right aligned numbers")
            << QStringList{u"ID"_s, u"ITEMS"_s, u"TITLE"_s}
            << QList<QStringList>{{u"a"_s, u"7"_s, u"A"_s}, {u"b"_s, u"123"_s, u"B"_s}} << 1
            << u"ID  ITEMS  TITLE\na       7  A\nb     123  B\n"_s;
    QTest::newRow("no trailing blanks from empty last cells")
            << QStringList{u"KEY"_s, u"OWNER"_s}
            << QList<QStringList>{{u"SEC-001"_s, QString()}, {u"X"_s, u"alice"_s}} << -1
            << u"KEY      OWNER\nSEC-001\nX        alice\n"_s;
    QTest::newRow("missing cells are empty")
            << QStringList{u"A"_s, u"B"_s, u"C"_s} << QList<QStringList>{{u"1"_s}} << -1
            << u"A  B  C\n1\n"_s;
    QTest::newRow("line breaks in a cell are flattened")
            << QStringList{u"A"_s, u"B"_s} << QList<QStringList>{{u"x\ny"_s, u"z\tw"_s}} << -1
            << u"A    B\nx y  z w\n"_s;
}

void tst_TextTable::render()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    QFETCH(int, rightAlignedColumn);
    QFETCH(QString, expected);

    TextTable table(headers);
    if (rightAlignedColumn >= 0)
        table.setAlignment(rightAlignedColumn, TextTable::Align::Right);
    for (const QStringList &row : rows)
        table.addRow(row);
    QCOMPARE(table.render(), expected);
}

void tst_TextTable::rowCount()
{
    TextTable table({u"KEY"_s, u"STATUS"_s, u"TITLE"_s});
    table.addHeading(u"[security] Secrets"_s);
    table.addRow({u"SEC-001"_s, u"passed"_s, u"No keys"_s});
    table.addDetail(u"  first line\nsecond line  \n"_s);
    table.addDetail(u"   "_s); // blank notes add nothing
    table.addHeading(u"[security] Identity"_s);
    table.addRow({u"SEC-018"_s, u"failed"_s, u"Auth"_s});
    QCOMPARE(table.rowCount(), 2);
    // Details start at the second column; headings get a blank line before them except
    // right under the header.
    QCOMPARE(table.render(),
             u"KEY      STATUS  TITLE\n"
             "[security] Secrets\n"
             "SEC-001  passed  No keys\n"
             "         first line\n"
             "         second line\n"
             "\n"
             "[security] Identity\n"
             "SEC-018  failed  Auth\n"_s);
}

QTEST_GUILESS_MAIN(tst_TextTable)
#include "tst_TextTable.moc"
