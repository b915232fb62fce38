#include <QTest>

#include "report/MarkdownText.h"

using namespace Qt::StringLiterals;
using greenlight::MarkdownText;

// User text into Markdown: literal, one line, never markup, never a broken table.
class tst_MarkdownText : public QObject
{
    Q_OBJECT

private slots:
    void inlineText_data();
    void inlineText();
    void cell_data();
    void cell();
    void code_data();
    void code();
    void link_data();
    void link();
};

void tst_MarkdownText::inlineText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"Backups restore cleanly"_s << u"Backups restore cleanly"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("emphasis and links")
            << u"*a* _b_ [c](d) ~e~"_s << u"\\*a\\* \\_b\\_ \\[c\\](d) \\~e\\~"_s;
    QTest::newRow("html") << u"<script>x</script>"_s << u"\\<script\\>x\\</script\\>"_s;
    QTest::newRow("entity and math") << u"&amp; $x$"_s << u"\\&amp; \\$x\\$"_s;
    QTest::newRow("pipe") << u"a | b"_s << u"a \\| b"_s;
    QTest::newRow("hash anywhere") << u"C# and # trailing #"_s << u"C\\# and \\# trailing \\#"_s;
    QTest::newRow("backslash") << u"C:\\dir\\"_s << u"C:\\\\dir\\\\"_s;
    QTest::newRow("newlines become spaces")
            << u"one\ntwo\r\nthree\tfour\x01"_s << u"one two  three four"_s;
    QTest::newRow("trimmed") << u"  padded \n"_s << u"padded"_s;
    QTest::newRow("code span kept") << u"run `docker ps -a` now"_s << u"run `docker ps -a` now"_s;
    QTest::newRow("code span content literal")
            << u"`<b>*x*</b>` and *y*"_s << u"`<b>*x*</b>` and \\*y\\*"_s;
    QTest::newRow("double backtick span") << u"``a ` b``"_s << u"``a ` b``"_s;
    QTest::newRow("unbalanced backtick") << u"it`s"_s << u"it\\`s"_s;
    QTest::newRow("mismatched runs") << u"``a`"_s << u"\\`\\`a\\`"_s;
    QTest::newRow("span padding trimmed") << u"` x `"_s << u"`x`"_s;
    QTest::newRow("blank span is no span") << u"`  `"_s << u"\\`  \\`"_s;
    QTest::newRow("list marker") << u"- item"_s << u"\\- item"_s;
    QTest::newRow("plus marker") << u"+ item"_s << u"\\+ item"_s;
    QTest::newRow("ordered marker") << u"12. item"_s << u"12\\. item"_s;
    QTest::newRow("ordered paren marker") << u"3) item"_s << u"3\\) item"_s;
    QTest::newRow("setext") << u"==="_s << u"\\==="_s;
    QTest::newRow("thematic break") << u"---"_s << u"\\---"_s;
    QTest::newRow("dash inside is fine") << u"a - b 1. c"_s << u"a - b 1. c"_s;
    QTest::newRow("version is no list") << u"2.4.0"_s << u"2.4.0"_s;
    QTest::newRow("option is no list") << u"-v and +x"_s << u"-v and +x"_s;
    QTest::newRow("bare url") << u"see https://x.example.com/a"_s
                              << u"see https\\://x.example.com/a"_s;
    QTest::newRow("www") << u"www.example.com and awww.x"_s << u"www\\.example.com and awww.x"_s;
    QTest::newRow("email") << u"dana@example.com"_s << u"dana\\@example.com"_s;
}

void tst_MarkdownText::inlineText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::inlineText(input), expected);
}

void tst_MarkdownText::cell_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pipe") << u"a|b"_s << u"a\\|b"_s;
    QTest::newRow("pipe in code span") << u"`a|b` c|d"_s << u"`a\\|b` c\\|d"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"a b"_s;
}

void tst_MarkdownText::cell()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::cell(input), expected);
    // Whatever the text, a cell never holds an unescaped pipe.
    const QString out = MarkdownText::cell(input);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == u'|')
            QVERIFY2(i > 0 && out[i - 1] == u'\\', qPrintable(out));
    }
}

void tst_MarkdownText::code_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("inTable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Dockerfile:9"_s << false << u"`Dockerfile:9`"_s;
    QTest::newRow("empty") << u" "_s << false << QString();
    QTest::newRow("backtick inside") << u"a`b"_s << false << u"``a`b``"_s;
    QTest::newRow("backtick at the edge") << u"`a"_s << false << u"`` `a ``"_s;
    QTest::newRow("longest run") << u"a``b`c"_s << false << u"```a``b`c```"_s;
    QTest::newRow("pipe outside a table") << u"a|b"_s << false << u"`a|b`"_s;
    QTest::newRow("pipe in a table") << u"a|b"_s << true << u"`a\\|b`"_s;
    QTest::newRow("newline") << u"x = 1\ny = 2"_s << false << u"`x = 1 y = 2`"_s;
}

void tst_MarkdownText::code()
{
    QFETCH(QString, input);
    QFETCH(bool, inTable);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::code(input,
                                inTable ? MarkdownText::Context::TableCell
                                        : MarkdownText::Context::Text),
             expected);
}

void tst_MarkdownText::link_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << u"https://tracker.example.com/PAY-812"_s
                           << u"<https://tracker.example.com/PAY-812>"_s;
    QTest::newRow("pipe and angle encoded")
            << u"https://x.example.com/a|b>c"_s << u"<https://x.example.com/a%7Cb%3Ec>"_s;
    QTest::newRow("javascript is text") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
    QTest::newRow("no scheme is text") << u"PAY-812"_s << u"PAY-812"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_MarkdownText::link()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::link(input), expected);
}

QTEST_GUILESS_MAIN(tst_MarkdownText)
#include "tst_MarkdownText.moc"
