#include <QTemporaryDir>
#include <QTest>

#include "TreeBuilder.h"
#include "scan/FindingContext.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// The lines the finding detail shows: the right window around the line, and never a secret
// in clear, neither on the flagged line nor on the lines around it.
class tst_FindingContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowAroundLine();
    void topOfFileForWholeFileFinding();
    void flaggedLineShowsRedactedSnippet();
    void flaggedSpanIsHidden();
    void neighbouringSecretsAreMasked_data();
    void neighbouringSecretsAreMasked();
    void harmlessLinesStayReadable_data();
    void harmlessLinesStayReadable();
    void problemsBecomeNotes_data();
    void problemsBecomeNotes();
    void longLinesAreCut();

private:
    static Finding findingAt(const QString &path, int line, const QString &snippet = {});

    test::TreeBuilder m_tree;
};

Finding tst_FindingContext::findingAt(const QString &path, int line, const QString &snippet)
{
    Finding f;
    f.ruleId = snippet.isEmpty() ? u"docker.root-user"_s : u"secrets.token"_s;
    f.location.path = path;
    f.location.line = line;
    f.location.endLine = line;
    f.snippet = snippet;
    return f;
}

void tst_FindingContext::initTestCase()
{
    QByteArray numbered;
    for (int i = 1; i <= 40; ++i)
        numbered += "line " + QByteArray::number(i) + '\n';
    QVERIFY(m_tree.write({{u"numbered.txt"_s, numbered},
                          {u"settings.py"_s,
                           "DEBUG = False\n"
                           "GITHUB_TOKEN = \"ghp_R8x2LmQ9vT4kW7nZ1pY6sD3fH5jB0cA2eG8i\"\n"
                           "TIMEOUT = 30\n"},
                          {u"id_rsa"_s,
                           "-----BEGIN RSA PRIVATE KEY-----\n"
                           "MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi+3P2jvrR4jGWmX1Xj8P0Yl2Tq\n"
                           "-----END RSA PRIVATE KEY-----\n"},
                          {u"crlf.txt"_s, "one\r\ntwo\r\n"}}));
}

void tst_FindingContext::windowAroundLine()
{
    const FindingContext context
            = FindingContext::read(m_tree.root(), findingAt(u"numbered.txt"_s, 20), 3);
    QVERIFY(context.note.isEmpty());
    QCOMPARE(context.firstLine, 17);
    QCOMPARE(context.findingLine, 20);
    QCOMPARE(context.lines,
             (QStringList{u"line 17"_s,
                          u"line 18"_s,
                          u"line 19"_s,
                          u"line 20"_s,
                          u"line 21"_s,
                          u"line 22"_s,
                          u"line 23"_s}));

    const FindingContext start
            = FindingContext::read(m_tree.root(), findingAt(u"numbered.txt"_s, 2), 3);
    QCOMPARE(start.firstLine, 1);
    QCOMPARE(start.lines.size(), 5);
    const FindingContext end
            = FindingContext::read(m_tree.root(), findingAt(u"numbered.txt"_s, 40), 3);
    QCOMPARE(end.lines.last(), u"line 40"_s);
    const FindingContext crlf = FindingContext::read(m_tree.root(), findingAt(u"crlf.txt"_s, 1));
    QCOMPARE(crlf.lines, (QStringList{u"one"_s, u"two"_s}));
}

void tst_FindingContext::topOfFileForWholeFileFinding()
{
    const FindingContext context
            = FindingContext::read(m_tree.root(), findingAt(u"numbered.txt"_s, 0), 2);
    QCOMPARE(context.firstLine, 1);
    QCOMPARE(context.findingLine, 0);
    QCOMPARE(context.lines.size(), 5);
}

void tst_FindingContext::flaggedLineShowsRedactedSnippet()
{
    const FindingContext context = FindingContext::read(
            m_tree.root(),
            findingAt(u"settings.py"_s, 2, u"GITHUB_TOKEN = \"ghp_************\""_s));
    QCOMPARE(context.lines.size(), 3);
    QCOMPARE(context.lines.at(1), u"GITHUB_TOKEN = \"ghp_************\""_s);
    for (const QString &line : context.lines)
        QVERIFY(!line.contains(u"R8x2LmQ9"_s));
    // Even without a snippet the flagged line never shows the token.
    const FindingContext bare = FindingContext::read(m_tree.root(), findingAt(u"settings.py"_s, 3));
    for (const QString &line : bare.lines)
        QVERIFY2(!line.contains(u"R8x2LmQ9"_s), qPrintable(line));
    // A secret finding that came without a snippet shows its line masked as a whole.
    Finding unsnipped = findingAt(u"settings.py"_s, 2);
    unsnipped.ruleId = u"secrets.token"_s;
    const FindingContext masked = FindingContext::read(m_tree.root(), unsnipped);
    QVERIFY2(!masked.lines.at(1).contains(u"R8x2LmQ9"_s), qPrintable(masked.lines.at(1)));
    QVERIFY(masked.lines.at(1).contains(u"****"_s));
}

void tst_FindingContext::flaggedSpanIsHidden()
{
    Finding key = findingAt(u"id_rsa"_s, 1, u"-----BEGIN RSA PRIVATE KEY-----"_s);
    key.ruleId = u"secrets.private-key"_s;
    key.location.endLine = 3;
    const FindingContext context = FindingContext::read(m_tree.root(), key);
    QCOMPARE(context.findingEndLine, 3);
    QCOMPARE(context.lines.size(), 3);
    QCOMPARE(context.lines.at(0), u"-----BEGIN RSA PRIVATE KEY-----"_s);
    QVERIFY(!context.lines.at(1).contains(u"AKCAQEA3Tz2"_s));
    // A finding on the BEGIN line alone still hides the key's body around it.
    key.location.endLine = 1;
    const FindingContext single = FindingContext::read(m_tree.root(), key);
    QVERIFY2(!single.lines.at(1).contains(u"AKCAQEA3Tz2"_s), qPrintable(single.lines.at(1)));
}

void tst_FindingContext::neighbouringSecretsAreMasked_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("password assignment") << u"DB_PASSWORD=hunter2hunter2"_s << u"hunter2hunter2"_s;
    QTest::newRow("yaml secret") << u"  client_secret: s3cr3tV4lue"_s << u"s3cr3tV4lue"_s;
    QTest::newRow("api key quoted") << u"api_key = \"k-93jd83hd83\""_s << u"k-93jd83hd83"_s;
    QTest::newRow("url password") << u"postgres://app:Pa55w0rdX@db:5432/app"_s << u"Pa55w0rdX"_s;
    QTest::newRow("random token") << u"x = 'AKIAIOSFODNN7EXAMPLEq8Zr3tPx'"_s
                                  << u"AKIAIOSFODNN7EXAMPLEq8Zr3tPx"_s;
    QTest::newRow("base64 blob")
            << u"MIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi+3P2jvrR4jGWmX1Xj8P0Yl2Tq"_s
            << u"AKCAQEA3Tz2mr7SZi"_s;
}

void tst_FindingContext::neighbouringSecretsAreMasked()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString masked = FindingContext::maskSecrets(line);
    QVERIFY2(!masked.contains(secret), qPrintable(masked));
    QVERIFY(masked.contains(u"****"_s));
}

void tst_FindingContext::harmlessLinesStayReadable_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("code") << u"def handle_request(self, request):"_s;
    QTest::newRow("placeholder") << u"password: ${DB_PASSWORD}"_s;
    QTest::newRow("git sha")
            << u"uses: actions/checkout@8e5e7e5ab8b370d6c329ec480221332ada57f0ab"_s;
    QTest::newRow("uuid") << u"id = \"123e4567-e89b-12d3-a456-426614174000\""_s;
    QTest::newRow("long word") << u"COPY requirements-production.txt ."_s;
}

void tst_FindingContext::harmlessLinesStayReadable()
{
    QFETCH(QString, line);
    QCOMPARE(FindingContext::maskSecrets(line), line);
}

void tst_FindingContext::problemsBecomeNotes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::newRow("repository-level") << QString() << 0;
    QTest::newRow("missing file") << u"gone.txt"_s << 3;
    QTest::newRow("outside root") << u"../etc/passwd"_s << 1;
    QTest::newRow("line beyond end") << u"crlf.txt"_s << 9;
}

void tst_FindingContext::problemsBecomeNotes()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    const FindingContext context = FindingContext::read(m_tree.root(), findingAt(path, line));
    QVERIFY(!context.note.isEmpty());
    QVERIFY(context.lines.isEmpty());
}

void tst_FindingContext::longLinesAreCut()
{
    QVERIFY(m_tree.writeFile(u"long.txt"_s, QByteArray(100000, 'a') + "\nnext\n"));
    const FindingContext context = FindingContext::read(m_tree.root(), findingAt(u"long.txt"_s, 2));
    QCOMPARE(context.lines.size(), 2);
    QCOMPARE(context.lines.at(0).size(), FindingContext::MaxLineLength);
    QCOMPARE(context.lines.at(1), u"next"_s);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_FindingContext)
#include "tst_FindingContext.moc"
