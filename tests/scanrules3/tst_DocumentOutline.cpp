#include <QTest>

#include "scan/docs/DocumentOutline.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

using Format = DocumentOutline::Format;

// Headings and paragraphs out of Markdown, reStructuredText, AsciiDoc and plain text.
class tst_DocumentOutline : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void formatOf_data();
    void formatOf();
};

void tst_DocumentOutline::parses_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "H3:title" / "P5:text"

    const int md = int(Format::Markdown);
    const int rst = int(Format::ReStructuredText);
    const int adoc = int(Format::AsciiDoc);
    const int txt = int(Format::PlainText);

    QTest::newRow("markdown atx")
            << md << u"# Title\n\nSome text\nmore text\n\n## Roll back ##\n### Using C#\n"_s
            << QStringList{u"H1:Title"_s,
                           u"P3:Some text more text"_s,
                           u"H6:Roll back"_s,
                           u"H7:Using C#"_s};
    QTest::newRow("markdown setext")
            << md << u"Operations\n===\n\nIncident response\n-----------------\nCall us.\n"_s
            << QStringList{u"H1:Operations"_s, u"H4:Incident response"_s, u"P6:Call us."_s};
    QTest::newRow("setext takes the paragraph's last line")
            << md << u"Intro line\nBackups\n---\n"_s
            << QStringList{u"P1:Intro line"_s, u"H2:Backups"_s};
    QTest::newRow("thematic break is not a heading")
            << md << u"Text\n\n---\n\nMore\n"_s << QStringList{u"P1:Text"_s, u"P5:More"_s};
    QTest::newRow("markdown fences are skipped")
            << md << u"Intro\n```sh\n# rollback\nkubectl rollout undo\n```\n~~~\n## x\n~~~\nEnd\n"_s
            << QStringList{u"P1:Intro"_s, u"P9:End"_s};
    QTest::newRow("markdown: ~~~ after text is a fence, not an underline")
            << md << u"Sub\n~~~\n# not a heading\n~~~\n"_s << QStringList{u"P1:Sub"_s};
    QTest::newRow("hashtag is not a heading")
            << md << u"#rollback now\n"_s << QStringList{u"P1:#rollback now"_s};
    QTest::newRow("list item is not underlined")
            << md << u"- item\n---\n"_s << QStringList{u"P1:- item"_s};
    QTest::newRow("CRLF") << md << u"# A\r\n\r\ntext\r\n"_s << QStringList{u"H1:A"_s, u"P3:text"_s};

    QTest::newRow("rst title with overline and underline")
            << rst << u"=======\nRestore\n=======\n\nBody ~~~ here\n\nSub\n~~~\n"_s
            << QStringList{u"H2:Restore"_s, u"P5:Body ~~~ here"_s, u"H7:Sub"_s};
    QTest::newRow("rst: too short an adornment is prose")
            << rst << u"Long title\n^^^\n"_s << QStringList{u"P1:Long title"_s};
    QTest::newRow("rst: # is not a heading marker")
            << rst << u"# Comment\n"_s << QStringList{u"P1:# Comment"_s};

    QTest::newRow("asciidoc titles")
            << adoc << u"= Runbook\n\n== Key rotation\nRotate it.\n"_s
            << QStringList{u"H1:Runbook"_s, u"H3:Key rotation"_s, u"P4:Rotate it."_s};
    QTest::newRow("asciidoc listing is skipped")
            << adoc << u"[source,sh]\n----\n== rollback.sh\n----\nAfter\n"_s
            << QStringList{u"P1:[source,sh]"_s, u"P5:After"_s};
    QTest::newRow("asciidoc has no underlines")
            << adoc << u"Text\n----\nlisting\n----\n"_s << QStringList{u"P1:Text"_s};

    QTest::newRow("plain text") << txt << u"BACKUPS\n~~~~~~~\n# Restore\n..\n"_s
                                << QStringList{u"H1:BACKUPS"_s, u"H3:Restore"_s, u"P4:.."_s};
}

void tst_DocumentOutline::parses()
{
    QFETCH(int, format);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    QStringList actual;
    for (const DocumentBlock &block : DocumentOutline::parse(text, Format(format))) {
        const QString kind = block.kind == DocumentBlock::Kind::Heading ? u"H"_s : u"P"_s;
        actual.append(kind + QString::number(block.line) + u':' + block.text);
    }
    QCOMPARE(actual, expected);
}

void tst_DocumentOutline::formatOf_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");

    QTest::newRow("md") << u"README.md"_s << int(Format::Markdown);
    QTest::newRow("MD") << u"RUNBOOK.MD"_s << int(Format::Markdown);
    QTest::newRow("markdown") << u"x.markdown"_s << int(Format::Markdown);
    QTest::newRow("rst") << u"index.rst"_s << int(Format::ReStructuredText);
    QTest::newRow("adoc") << u"ops.adoc"_s << int(Format::AsciiDoc);
    QTest::newRow("txt") << u"README.txt"_s << int(Format::PlainText);
    QTest::newRow("none") << u"README"_s << int(Format::PlainText);
}

void tst_DocumentOutline::formatOf()
{
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QCOMPARE(int(DocumentOutline::formatOf(fileName)), format);
}

QTEST_GUILESS_MAIN(tst_DocumentOutline)
#include "tst_DocumentOutline.moc"
