#include <QTest>

#include "report/HtmlText.h"

using namespace Qt::StringLiterals;
using greenlight::HtmlText;

// User text into the HTML pack: escaped, XML-safe, links only to the web.
class tst_HtmlText : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void lines();
    void prose_data();
    void prose();
    void link_data();
    void link();
    void hash();
};

void tst_HtmlText::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Backups"_s << u"Backups"_s;
    QTest::newRow("markup") << u"<script>alert(\"x\")</script>"_s
                            << u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s;
    QTest::newRow("entity") << u"&amp;"_s << u"&amp;amp;"_s;
    QTest::newRow("control characters dropped") << u"a\x01\x1f b\tc"_s << u"a b\tc"_s;
    QTest::newRow("noncharacter dropped") << u"a\uFFFFb"_s << u"ab"_s;
    QTest::newRow("lone surrogate dropped") << u"x"_s + QChar(0xD800) + u"y"_s << u"xy"_s;
    QTest::newRow("pair kept") << u"\U0001F600"_s << u"\U0001F600"_s;
}

void tst_HtmlText::text()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlText::text(input), expected);
}

void tst_HtmlText::lines()
{
    QCOMPARE(HtmlText::lines(u"\none <b>\r\ntwo\rthree\n"_s),
             u"one &lt;b&gt;<br/>\ntwo<br/>\nthree"_s);
}

void tst_HtmlText::prose_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("code span") << u"Run `docker ps` now"_s << u"Run <code>docker ps</code> now"_s;
    QTest::newRow("escaped inside") << u"`a<b>` & c"_s << u"<code>a&lt;b&gt;</code> &amp; c"_s;
    QTest::newRow("double fence") << u"``a`b``"_s << u"<code>a`b</code>"_s;
    QTest::newRow("unbalanced") << u"it`s <x>"_s << u"it`s &lt;x&gt;"_s;
    QTest::newRow("newline") << u"a\nb `c`"_s << u"a<br/>\nb <code>c</code>"_s;
}

void tst_HtmlText::prose()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlText::prose(input), expected);
}

void tst_HtmlText::link_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << u"https://tracker.example.com/PAY-812"_s << QString()
                           << u"<a href=\"https://tracker.example.com/PAY-812\" rel=\"noopener "
                              "noreferrer\">https://tracker.example.com/PAY-812</a>"_s;
    QTest::newRow("quote encoded") << u"https://x.example.com/a\"b<c"_s << u"x"_s
                                   << u"<a href=\"https://x.example.com/a%22b%3Cc\" "
                                      "rel=\"noopener noreferrer\">x</a>"_s;
    QTest::newRow("javascript is text")
            << u"javascript:alert(1)"_s << QString() << u"javascript:alert(1)"_s;
    QTest::newRow("data is text") << u"data:text/html,<b>"_s << QString()
                                  << u"data:text/html,&lt;b&gt;"_s;
    QTest::newRow("relative is text") << u"../etc/passwd"_s << QString() << u"../etc/passwd"_s;
}

void tst_HtmlText::link()
{
    QFETCH(QString, url);
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(HtmlText::link(url, label), expected);
}

void tst_HtmlText::hash()
{
    const QString full = QString(64, u'a');
    QCOMPARE(HtmlText::hash(full),
             u"<code class=\"hash\" title=\"%1\">aaaaaaaaaaaa</code><span "
             "class=\"full-hash\">%1</span>"_s.arg(full));
    QCOMPARE(HtmlText::hash(QString()).size(), 1); // the em dash
}

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_HtmlText.moc"
