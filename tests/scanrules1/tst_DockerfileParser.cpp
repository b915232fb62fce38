#include <QTest>

#include "scan/parsers/DockerfileParser.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

// "KEYWORD@line-endLine" per instruction: what the parser made of the text.
QStringList outline(const Dockerfile &dockerfile)
{
    QStringList result;
    for (const DockerInstruction &instruction : dockerfile.instructions) {
        result.append(u"%1@%2-%3"_s.arg(instruction.keyword)
                              .arg(instruction.line)
                              .arg(instruction.endLine));
    }
    return result;
}

} // namespace

class tst_DockerfileParser : public QObject
{
    Q_OBJECT

private slots:
    void instructions_data();
    void instructions();
    void arguments_data();
    void arguments();
    void stages();
    void escapeDirective();
    void heredoc();
    void splitWords_data();
    void splitWords();
    void expand_data();
    void expand();
};

void tst_DockerfileParser::instructions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("simple") << u"FROM python:3.12\nRUN pip install x\nCMD [\"app\"]\n"_s
                            << QStringList{u"FROM@1-1"_s, u"RUN@2-2"_s, u"CMD@3-3"_s};
    QTest::newRow("lower-case keywords")
            << u"from alpine\nuser app\n"_s << QStringList{u"FROM@1-1"_s, u"USER@2-2"_s};
    QTest::newRow("comments and blank lines")
            << u"# syntax=docker/dockerfile:1\n\n# a comment\nFROM alpine\n   # indented\nUSER x\n"_s
            << QStringList{u"FROM@4-4"_s, u"USER@6-6"_s};
    QTest::newRow("continuation")
            << u"FROM alpine\nRUN apk add \\\n      curl \\\n      git\nUSER app\n"_s
            << QStringList{u"FROM@1-1"_s, u"RUN@2-4"_s, u"USER@5-5"_s};
    QTest::newRow("comment inside continuation")
            << u"FROM alpine\nRUN apk add \\\n# USER root is a comment here\n      curl\nUSER app\n"_s
            << QStringList{u"FROM@1-1"_s, u"RUN@2-4"_s, u"USER@5-5"_s};
    QTest::newRow("blank line inside continuation")
            << u"FROM alpine\nRUN echo a \\\n\n    b\nUSER app\n"_s
            << QStringList{u"FROM@1-1"_s, u"RUN@2-4"_s, u"USER@5-5"_s};
    QTest::newRow("trailing blanks after backslash") << u"FROM alpine\nENV A=1 \\   \n    B=2\n"_s
                                                     << QStringList{u"FROM@1-1"_s, u"ENV@2-3"_s};
    QTest::newRow("continuation at end of file")
            << u"FROM alpine\nRUN true \\"_s << QStringList{u"FROM@1-1"_s, u"RUN@2-2"_s};
    QTest::newRow("CRLF") << u"FROM alpine\r\nUSER app\r\n"_s
                          << QStringList{u"FROM@1-1"_s, u"USER@2-2"_s};
    QTest::newRow("heredoc body is not instructions")
            << u"FROM alpine\nRUN <<EOF\nUSER root\nFROM evil\nEOF\nUSER app\n"_s
            << QStringList{u"FROM@1-1"_s, u"RUN@2-5"_s, u"USER@6-6"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void tst_DockerfileParser::instructions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(outline(DockerfileParser::parse(text)), expected);
}

void tst_DockerfileParser::arguments_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("json");

    QTest::newRow("shell form") << u"COPY src/ /app/"_s << QStringList{}
                                << QStringList{u"src/"_s, u"/app/"_s} << false;
    QTest::newRow("flags") << u"COPY --from=build --chown=app:app /out /app"_s
                           << QStringList{u"--from=build"_s, u"--chown=app:app"_s}
                           << QStringList{u"/out"_s, u"/app"_s} << false;
    QTest::newRow("json form") << u"COPY [\"a b\", \"/dst\"]"_s << QStringList{}
                               << QStringList{u"a b"_s, u"/dst"_s} << true;
    QTest::newRow("json after flags")
            << u"ADD --chmod=644 [\"x\", \"/y\"]"_s << QStringList{u"--chmod=644"_s}
            << QStringList{u"x"_s, u"/y"_s} << true;
    QTest::newRow("broken json is shell form")
            << u"CMD [\"a\", "_s << QStringList{} << QStringList{u"[a,"_s} << false;
    QTest::newRow("env pairs with quotes")
            << u"ENV A=1 B=\"two words\" C='x y'"_s << QStringList{}
            << QStringList{u"A=1"_s, u"B=two words"_s, u"C=x y"_s} << false;
    QTest::newRow("env escaped blank")
            << u"ENV A=foo\\ bar"_s << QStringList{} << QStringList{u"A=foo bar"_s} << false;
    QTest::newRow("no flags for ENV")
            << u"ENV --x=1"_s << QStringList{} << QStringList{u"--x=1"_s} << false;
}

void tst_DockerfileParser::arguments()
{
    QFETCH(QString, line);
    QFETCH(QStringList, flags);
    QFETCH(QStringList, words);
    QFETCH(bool, json);
    const Dockerfile dockerfile = DockerfileParser::parse(line);
    QCOMPARE(dockerfile.instructions.size(), 1);
    const DockerInstruction &instruction = dockerfile.instructions.first();
    QCOMPARE(instruction.flags, flags);
    QCOMPARE(instruction.words, words);
    QCOMPARE(instruction.jsonForm, json);
}

void tst_DockerfileParser::stages()
{
    const Dockerfile dockerfile = DockerfileParser::parse(
            u"ARG BASE=python:3.12\nARG TAG\nFROM ${BASE} AS Build\nRUN make\n"
            "FROM --platform=linux/amd64 alpine:3.19 as runtime\nCOPY --from=build /out /app\n"
            "FROM build\n"_s);
    QCOMPARE(dockerfile.globalArgs.value(u"BASE"_s), u"python:3.12"_s);
    QVERIFY(dockerfile.globalArgs.contains(u"TAG"_s));
    QVERIFY(dockerfile.globalArgs.value(u"TAG"_s).isNull());
    QCOMPARE(dockerfile.stages.size(), 3);
    QCOMPARE(dockerfile.stages.at(0).name, u"Build"_s);
    QCOMPARE(dockerfile.stages.at(0).image, u"${BASE}"_s);
    QCOMPARE(dockerfile.stages.at(0).from, 2);
    QCOMPARE(dockerfile.stages.at(0).last, 3);
    QCOMPARE(dockerfile.stages.at(1).name, u"runtime"_s);
    QCOMPARE(dockerfile.stages.at(1).image, u"alpine:3.19"_s);
    QCOMPARE(dockerfile.stageNamed(u"build"_s, 2), 0);    // case-insensitive
    QCOMPARE(dockerfile.stageNamed(u"runtime"_s, 1), -1); // only earlier stages
    bool complete = true;
    QCOMPARE(dockerfile.resolvedImage(0, &complete), u"python:3.12"_s);
    QVERIFY(complete);
    QCOMPARE(dockerfile.lastInstruction(0, u"RUN"), 3);
    QCOMPARE(dockerfile.lastInstruction(1, u"RUN"), -1);
}

void tst_DockerfileParser::escapeDirective()
{
    const Dockerfile dockerfile = DockerfileParser::parse(
            u"# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
            "COPY C:\\src C:\\app\nRUN dir `\n    C:\\app\nUSER ContainerUser\n"_s);
    QCOMPARE(dockerfile.escape, QChar(u'`'));
    QCOMPARE(outline(dockerfile),
             (QStringList{u"FROM@2-2"_s, u"COPY@3-3"_s, u"RUN@4-5"_s, u"USER@6-6"_s}));
    QCOMPARE(dockerfile.instructions.at(1).words, (QStringList{u"C:\\src"_s, u"C:\\app"_s}));

    // A directive after a comment is only a comment.
    const Dockerfile late = DockerfileParser::parse(u"# hello\n# escape=`\nFROM a\n"_s);
    QCOMPARE(late.escape, QChar(u'\\'));
}

void tst_DockerfileParser::heredoc()
{
    const Dockerfile dockerfile = DockerfileParser::parse(
            u"FROM alpine\nCOPY <<-\"EOT\" /etc/app.conf\n\tkey=1\n\tEOT\nRUN <<A <<B\none\nA\ntwo\nB\n"_s);
    QCOMPARE(outline(dockerfile), (QStringList{u"FROM@1-1"_s, u"COPY@2-4"_s, u"RUN@5-9"_s}));
    const DockerInstruction &copy = dockerfile.instructions.at(1);
    QCOMPARE(copy.heredocs.size(), 1);
    QCOMPARE(copy.heredocs.first().delimiter, u"EOT"_s);
    QCOMPARE(copy.heredocs.first().body, u"key=1"_s);
    const DockerInstruction &run = dockerfile.instructions.at(2);
    QCOMPARE(run.heredocs.size(), 2);
    QCOMPARE(run.heredocs.at(1).body, u"two"_s);
}

void tst_DockerfileParser::splitWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("blanks") << u"  a   b\tc "_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("double quotes") << u"\"a b\" c"_s << QStringList{u"a b"_s, u"c"_s};
    QTest::newRow("single quotes keep backslash") << u"'a\\b'"_s << QStringList{u"a\\b"_s};
    QTest::newRow("escaped quote") << u"a\\\"b"_s << QStringList{u"a\"b"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void tst_DockerfileParser::splitWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(DockerfileParser::splitWords(text), words);
}

void tst_DockerfileParser::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("complete");
    QTest::newRow("plain") << u"python:3.12"_s << u"python:3.12"_s << true;
    QTest::newRow("braces") << u"${IMAGE}:${TAG}"_s << u"python:3.12"_s << true;
    QTest::newRow("bare") << u"$IMAGE:$TAG"_s << u"python:3.12"_s << true;
    QTest::newRow("default used") << u"${MISSING:-node}:20"_s << u"node:20"_s << true;
    QTest::newRow("default unused") << u"${IMAGE:-node}"_s << u"python"_s << true;
    QTest::newRow("declared without value") << u"app:${NOVALUE}"_s << u"app:"_s << false;
    QTest::newRow("unknown") << u"$UNKNOWN"_s << QString() << false;
    QTest::newRow("alternative") << u"x${TAG:+-tagged}"_s << u"x-tagged"_s << true;
    QTest::newRow("escaped dollar") << u"\\$TAG"_s << u"$TAG"_s << true;
}

void tst_DockerfileParser::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, complete);
    const QHash<QString, QString> variables{
            {u"IMAGE"_s, u"python"_s}, {u"TAG"_s, u"3.12"_s}, {u"NOVALUE"_s, QString()}};
    bool isComplete = true;
    QCOMPARE(DockerfileParser::expand(text, variables, &isComplete), expected);
    QCOMPARE(isComplete, complete);
}

QTEST_GUILESS_MAIN(tst_DockerfileParser)
#include "tst_DockerfileParser.moc"
