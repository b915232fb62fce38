#include <QTest>

#include "scan/walk/GitIgnore.h"
#include "scan/walk/IgnoreStack.h"

using namespace Qt::StringLiterals;

namespace greenlight {

using M = GitIgnore::Match;

// Every expectation below was confirmed with git 2.39 (`git check-ignore -v -n --no-index`
// in a scratch repository holding the .gitignore and the path); the test itself needs no git.
class tst_GitIgnore : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
    void stackPrecedence();
    void excludedDirectoryCannotBeReincluded();
    void rawBytesMatchLikeGit();
    void emptyAndCommentOnlyFiles();
    void manyRulesStayFast();
};

namespace {

void row(const char *name,
         const QString &base,
         const char *patterns,
         const char *path,
         bool isDir,
         M entryMatch,
         bool gitIgnored)
{
    QTest::newRow(name) << base << QByteArray(patterns) << QByteArray(path) << isDir << entryMatch
                        << gitIgnored;
}

} // namespace

void tst_GitIgnore::match_data()
{
    QTest::addColumn<QString>("base");        // directory of the .gitignore
    QTest::addColumn<QByteArray>("patterns"); // its content
    QTest::addColumn<QByteArray>("path");     // UTF-8, relative to the root
    QTest::addColumn<bool>("isDir");
    QTest::addColumn<GitIgnore::Match>("entryMatch"); // the path itself, parents not consulted
    QTest::addColumn<bool>("gitIgnored"); // git's verdict, which also excludes by parent dirs

    row("comment and blank lines", u""_s, "# comment\n\n*.log\n", "a.log", false, M::Ignored, true);
    row("hash line is a comment", u""_s, "#foo\n", "#foo", false, M::None, false);
    row("escaped hash", u""_s, "\\#foo\n", "#foo", false, M::Ignored, true);
    row("negation re-includes", u""_s, "*.log\n!keep.log\n", "keep.log", false, M::Included, false);
    row("negation leaves others",
        u""_s,
        "*.log\n!keep.log\n",
        "other.log",
        false,
        M::Ignored,
        true);
    row("escaped bang is literal", u""_s, "\\!important\n", "!important", false, M::Ignored, true);
    row("trailing spaces trimmed", u""_s, "foo   \n", "foo", false, M::Ignored, true);
    row("escaped trailing space kept", u""_s, "foo\\ \n", "foo ", false, M::Ignored, true);
    row("escaped trailing space no match", u""_s, "foo\\ \n", "foo", false, M::None, false);
    row("leading space significant", u""_s, " foo\n", " foo", false, M::Ignored, true);
    row("dir-only matches dir", u""_s, "build/\n", "build", true, M::Ignored, true);
    row("dir-only skips file", u""_s, "build/\n", "build", false, M::None, false);
    row("dir-only any depth", u""_s, "build/\n", "src/build", true, M::Ignored, true);
    row("leading slash anchors", u""_s, "/todo\n", "todo", false, M::Ignored, true);
    row("leading slash not deeper", u""_s, "/todo\n", "sub/todo", false, M::None, false);
    row("middle slash anchors", u""_s, "doc/frotz\n", "doc/frotz", false, M::Ignored, true);
    row("middle slash not deeper", u""_s, "doc/frotz\n", "a/doc/frotz", false, M::None, false);
    row("middle slash dir-only", u""_s, "doc/frotz/\n", "doc/frotz", true, M::Ignored, true);
    row("no slash any depth", u""_s, "frotz\n", "a/b/frotz", false, M::Ignored, true);
    row("star in dir", u""_s, "doc/*.txt\n", "doc/a.txt", false, M::Ignored, true);
    row("star not across slash", u""_s, "doc/*.txt\n", "doc/sub/a.txt", false, M::None, false);
    row("anchored star root", u""_s, "/*.c\n", "cat-file.c", false, M::Ignored, true);
    row("anchored star not deeper", u""_s, "/*.c\n", "mozilla-sha1/sha1.c", false, M::None, false);
    row("question mark one char", u""_s, "file?.txt\n", "file1.txt", false, M::Ignored, true);
    row("question mark not two", u""_s, "file?.txt\n", "file10.txt", false, M::None, false);
    row("question mark not slash", u""_s, "x/a?b\n", "x/a/b", false, M::None, false);
    row("range", u""_s, "[a-c].txt\n", "b.txt", false, M::Ignored, true);
    row("range miss", u""_s, "[a-c].txt\n", "d.txt", false, M::None, false);
    row("negated class", u""_s, "[!a].txt\n", "b.txt", false, M::Ignored, true);
    row("negated class miss", u""_s, "[!a].txt\n", "a.txt", false, M::None, false);
    row("caret negated class", u""_s, "[^a].txt\n", "a.txt", false, M::None, false);
    row("bracket first member", u""_s, "[]]x\n", "]x", false, M::Ignored, true);
    row("posix class", u""_s, "[[:digit:]]x\n", "5x", false, M::Ignored, true);
    row("posix class miss", u""_s, "[[:digit:]]x\n", "ax", false, M::None, false);
    row("leading starstar at root", u""_s, "**/foo\n", "foo", false, M::Ignored, true);
    row("leading starstar deep", u""_s, "**/foo\n", "a/b/foo", false, M::Ignored, true);
    row("leading starstar with path",
        u""_s,
        "**/foo/bar\n",
        "x/y/foo/bar",
        false,
        M::Ignored,
        true);
    row("trailing starstar inside", u""_s, "abc/**\n", "abc/x/y", false, M::Ignored, true);
    row("trailing starstar not dir itself", u""_s, "abc/**\n", "abc", true, M::None, false);
    row("middle starstar zero dirs", u""_s, "a/**/b\n", "a/b", false, M::Ignored, true);
    row("middle starstar many dirs", u""_s, "a/**/b\n", "a/x/y/b", false, M::Ignored, true);
    row("middle starstar anchored", u""_s, "a/**/b\n", "z/a/x/b", false, M::None, false);
    row("double star in name is star", u""_s, "foo**bar\n", "fooXbar", false, M::Ignored, true);
    row("double star in anchored name", u""_s, "x/a**b\n", "x/a/b", false, M::None, false);
    row("star alone", u""_s, "*\n", "deep/any", false, M::Ignored, true);
    row("case sensitive", u""_s, "*.LOG\n", "a.log", false, M::None, false);
    row("escaped star literal", u""_s, "a\\*b\n", "a*b", false, M::Ignored, true);
    row("escaped star no wildcard", u""_s, "a\\*b\n", "axb", false, M::None, false);
    row("last rule wins", u""_s, "!a.txt\n*.txt\n", "a.txt", false, M::Ignored, true);
    row("negated dir-only", u""_s, "*\n!sub/\n", "sub", true, M::Included, false);
    row("crlf line ending", u""_s, "*.log\r\n", "a.log", false, M::Ignored, true);
    row("utf8 bom", u""_s, "\xef\xbb\xbf*.log\n", "a.log", false, M::Ignored, true);
    row("nested anchored", u"sub"_s, "/x\n", "sub/x", false, M::Ignored, true);
    row("nested anchored not deeper", u"sub"_s, "/x\n", "sub/y/x", false, M::None, false);
    row("nested outside base", u"sub"_s, "x\n", "other/x", false, M::None, false);
    row("nested outside base root", u"sub"_s, "x\n", "x", false, M::None, false);
    row("nested any depth", u"sub"_s, "*.tmp\n", "sub/deep/a.tmp", false, M::Ignored, true);
    row("nested middle slash", u"sub"_s, "a/b\n", "sub/a/b", false, M::Ignored, true);
    row("nested dir-only", u"sub"_s, "doc/\n", "sub/x/doc", true, M::Ignored, true);
    row("dir contents pattern", u""_s, "foo/*\n", "foo/bar", true, M::Ignored, true);
    row("dir contents not deeper", u""_s, "foo/*\n", "foo/bar/baz", false, M::None, true);
    row("unicode name", u""_s, "caf\xc3\xa9.txt\n", "caf\xc3\xa9.txt", false, M::Ignored, true);
    row("unicode wildcard", u""_s, "caf?.txt\n", "caf\xc3\xa9.txt", false, M::None, false);
    row("trailing backslash", u""_s, "foo\\\n", "foo", false, M::None, false);
    row("slash only line", u""_s, "/\n", "x", false, M::None, false);
    row("tab not trimmed", u""_s, "foo\t\n", "foo", false, M::None, false);
}

void tst_GitIgnore::match()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, patterns);
    QFETCH(QByteArray, path);
    QFETCH(bool, isDir);
    QFETCH(GitIgnore::Match, entryMatch);
    QFETCH(bool, gitIgnored);

    const GitIgnore ignore = GitIgnore::parse(patterns, base);
    QCOMPARE(ignore.match(QString::fromUtf8(path), isDir), entryMatch);
    QCOMPARE(ignore.match(QByteArrayView(path), isDir), entryMatch);

    IgnoreStack stack;
    stack.push(ignore);
    QCOMPARE(stack.isIgnored(QString::fromUtf8(path), isDir), gitIgnored);
}

void tst_GitIgnore::stackPrecedence()
{
    // Root: .git/info/exclude "*.txt", .gitignore "*.log" and "!a.txt"; sub/.gitignore
    // "!keep.log". git status --ignored agrees with every line below.
    IgnoreStack root;
    root.push(GitIgnore::parse("*.txt\n", QString()));
    root.push(GitIgnore::parse("*.log\n!a.txt\n", QString()));
    const IgnoreStack sub = root.pushed(GitIgnore::parse("!keep.log\n", u"sub"_s));

    QCOMPARE(root.size(), 2);
    QCOMPARE(sub.size(), 3);
    QVERIFY(root.isIgnored(u"keep.log", false));
    QVERIFY(!sub.isIgnored(u"sub/keep.log", false)); // the deeper file decides
    QCOMPARE(sub.matchEntry(u"sub/keep.log", false), M::Included);
    QVERIFY(sub.isIgnored(u"sub/x.log", false));
    QVERIFY(!root.isIgnored(u"a.txt", false)); // .gitignore outranks info/exclude
    QVERIFY(root.isIgnored(u"b.txt", false));
    QCOMPARE(root.matchEntry(u"README.md", false), M::None);

    // Empty files add nothing to the chain.
    QCOMPARE(root.pushed(GitIgnore::parse("# only a comment\n", u"x"_s)).size(), 2);
}

void tst_GitIgnore::excludedDirectoryCannotBeReincluded()
{
    IgnoreStack stack;
    stack.push(GitIgnore::parse("build/\n!build/keep.txt\nvendor/*\n!vendor/keep/\n", QString()));

    QCOMPARE(stack.matchEntry(u"build/keep.txt", false), M::Included); // the rule alone...
    QVERIFY(stack.isIgnored(u"build/keep.txt", false)); // ...loses to the excluded parent
    QVERIFY(stack.isIgnored(u"vendor/drop/b", false));
    QVERIFY(!stack.isIgnored(u"vendor/keep/a", false)); // the dir itself was re-included
    QVERIFY(!stack.isIgnored(u"src/build.txt", false));
}

void tst_GitIgnore::rawBytesMatchLikeGit()
{
    // "caf\xe9.txt" is Latin-1, not UTF-8: git matches its single byte with '?'.
    const GitIgnore ignore = GitIgnore::parse("caf?.txt\n", QString());
    QCOMPARE(ignore.match(QByteArrayView("caf\xe9.txt"), false), M::Ignored);
    QCOMPARE(ignore.match(QByteArrayView("caf\xc3\xa9.txt"), false), M::None);

    const GitIgnore literal = GitIgnore::parse("caf\xe9.txt\n", QString());
    QCOMPARE(literal.match(QByteArrayView("caf\xe9.txt"), false), M::Ignored);
}

void tst_GitIgnore::emptyAndCommentOnlyFiles()
{
    QVERIFY(GitIgnore::parse(QByteArray(), QString()).isEmpty());
    QVERIFY(GitIgnore::parse("\n\n# c\n   \n/\n!\n", QString()).isEmpty());
    const GitIgnore ignore = GitIgnore::parse("a\nb/\n!c\n", u"dir"_s);
    QCOMPARE(ignore.ruleCount(), 3);
    QCOMPARE(ignore.baseDir(), u"dir"_s);
    QCOMPARE(ignore.match(u"dir", true), M::None); // the base directory itself is not below it
}

void tst_GitIgnore::manyRulesStayFast()
{
    // Hostile patterns cannot make matching exponential: a star whose following literal is
    // not in the rest of the path aborts every enclosing star. (`git check-ignore` 2.39 itself
    // is still busy after 30 s with the second pattern on `deep`.)
    const GitIgnore ignore = GitIgnore::parse("*a*a*a*a*a*a*a*a*a*a*a*a*b\n"
                                              "**/**/**/**/**/**/x/y\n"
                                              "**/a*/**/a*/**/a*/**/a*/**/b\n"
                                              "*?*?*?*?*?*?*?*?*?*?c\n"
                                              "[a]*[a]*[a]*[a]*[a]*[a]*d\n",
                                              QString());
    const QByteArray longName(200, 'a');
    const QByteArray deep = QByteArray("a/").repeated(100) + "z";
    const QByteArray deepLong = QByteArray("aaaa/").repeated(40) + "z";
    QCOMPARE(ignore.match(QByteArrayView(longName), false), M::None);
    QCOMPARE(ignore.match(QByteArrayView(deep), false), M::None);
    QCOMPARE(ignore.match(QByteArrayView(deepLong), false), M::None);
    QCOMPARE(ignore.match(QByteArrayView(longName + "b"), false), M::Ignored);
    QCOMPARE(ignore.match(QByteArrayView(deep + "/x/y"), false), M::Ignored);
    QCOMPARE(ignore.match(QByteArrayView(deepLong + "/b"), false), M::Ignored);
    QCOMPARE(ignore.match(QByteArrayView(longName + "c"), false), M::Ignored);
    QCOMPARE(ignore.match(QByteArrayView(longName + "d"), false), M::Ignored);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_GitIgnore)
#include "tst_GitIgnore.moc"
