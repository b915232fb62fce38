#include <QTest>

#include "templates/PathGlob.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

// The glob semantics docs/templates.md promises for custom rules: anchored at the root,
// `*`/`?`/`[...]` within a segment, `**` across segments, and clear errors for bad globs.
class tst_PathGlob : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void rejectsBadGlob_data();
    void rejectsBadGlob();
    void keepsPatternAndCopies();
};

void tst_PathGlob::matches_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");

    // A name without '/' is the root's file only (seed 001's `file: entrypoint.sh`).
    QTest::newRow("root name") << u"entrypoint.sh"_s << u"entrypoint.sh"_s << true;
    QTest::newRow("root name, nested file")
            << u"entrypoint.sh"_s << u"docker/entrypoint.sh"_s << false;
    QTest::newRow("leading slash") << u"/entrypoint.sh"_s << u"entrypoint.sh"_s << true;
    QTest::newRow("leading ./") << u"./entrypoint.sh"_s << u"entrypoint.sh"_s << true;
    QTest::newRow("**/ at any depth") << u"**/entrypoint.sh"_s << u"a/b/entrypoint.sh"_s << true;
    QTest::newRow("**/ at the root too") << u"**/entrypoint.sh"_s << u"entrypoint.sh"_s << true;
    QTest::newRow("**/ needs the whole name")
            << u"**/entrypoint.sh"_s << u"a/my-entrypoint.sh"_s << false;
    QTest::newRow("star within a segment") << u"*.py"_s << u"manage.py"_s << true;
    QTest::newRow("star does not cross /") << u"*.py"_s << u"app/manage.py"_s << false;
    QTest::newRow("star in a folder") << u"src/*.py"_s << u"src/app.py"_s << true;
    QTest::newRow("star in a folder, deeper") << u"src/*.py"_s << u"src/a/app.py"_s << false;
    QTest::newRow("inner **") << u"src/**/test_*.py"_s << u"src/a/b/test_x.py"_s << true;
    QTest::newRow("inner ** matches no folder")
            << u"src/**/test_*.py"_s << u"src/test_x.py"_s << true;
    QTest::newRow("inner **, other root")
            << u"src/**/test_*.py"_s << u"lib/src/test_x.py"_s << false;
    QTest::newRow("trailing **") << u"secrets/**"_s << u"secrets/a/b.pem"_s << true;
    QTest::newRow("trailing ** is not the folder name") << u"secrets/**"_s << u"secrets"_s << false;
    QTest::newRow("trailing slash means **") << u"secrets/"_s << u"secrets/key.pem"_s << true;
    QTest::newRow("** alone") << u"**"_s << u"any/where/x"_s << true;
    QTest::newRow("question mark") << u"v?.txt"_s << u"v1.txt"_s << true;
    QTest::newRow("question mark is one char") << u"v?.txt"_s << u"v10.txt"_s << false;
    QTest::newRow("question mark is not /") << u"a?b"_s << u"a/b"_s << false;
    QTest::newRow("class") << u"[Dd]ockerfile"_s << u"dockerfile"_s << true;
    QTest::newRow("class, other") << u"[Dd]ockerfile"_s << u"Xockerfile"_s << false;
    QTest::newRow("range") << u"file[0-9].txt"_s << u"file7.txt"_s << true;
    QTest::newRow("negated class") << u"file[!0-9].txt"_s << u"file7.txt"_s << false;
    QTest::newRow("negated class, letter") << u"file[!0-9].txt"_s << u"filex.txt"_s << true;
    QTest::newRow("caret negation") << u"file[^0-9].txt"_s << u"filex.txt"_s << true;
    QTest::newRow("] first in a class") << u"[]a].txt"_s << u"].txt"_s << true;
    QTest::newRow("dot is literal") << u"a.b"_s << u"axb"_s << false;
    QTest::newRow("regex characters are literal") << u"a+(b)|c$"_s << u"a+(b)|c$"_s << true;
    QTest::newRow("escaped star") << u"a\\*b"_s << u"a*b"_s << true;
    QTest::newRow("escaped star, not a wildcard") << u"a\\*b"_s << u"axb"_s << false;
    QTest::newRow("case-sensitive") << u"README.md"_s << u"readme.md"_s << false;
    QTest::newRow("dot files") << u"*.env"_s << u".env"_s << true;
    QTest::newRow("non-ASCII") << u"d\u00e9j\u00e0/*.md"_s << u"d\u00e9j\u00e0/notes.md"_s << true;
    QTest::newRow("question mark, non-ASCII char") << u"?.md"_s << u"\u00e9.md"_s << true;
}

void tst_PathGlob::matches()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, expected);

    const auto compiled = PathGlob::compile(glob);
    QVERIFY2(compiled.ok(), qPrintable(compiled.errorMessage()));
    QCOMPARE(compiled->matches(path), expected);
    const QByteArray utf8 = path.toUtf8();
    QCOMPARE(compiled->matchesUtf8(std::string_view(utf8.constData(), size_t(utf8.size()))),
             expected);
}

void tst_PathGlob::rejectsBadGlob_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("message");

    QTest::newRow("unbalanced [") << u"src/[ab"_s
                                  << u"'[' at character 5 is never closed with ']'"_s;
    QTest::newRow("unbalanced [ after a folder")
            << u"a/b/*.[ch"_s << u"'[' at character 7 is never closed with ']'"_s;
    QTest::newRow("only ]") << u"[]"_s << u"'[' at character 1 is never closed with ']'"_s;
    QTest::newRow("empty") << u""_s << u"the glob is empty"_s;
    QTest::newRow("blank") << u"  "_s << u"the glob is empty"_s;
    QTest::newRow("just a slash") << u"/"_s << u"the glob is empty"_s;
    QTest::newRow("double slash") << u"a//b"_s << u"empty path segment ('//') at character 3"_s;
    QTest::newRow("trailing backslash") << u"abc\\"_s << u"a '\\' at the end escapes nothing"_s;
    QTest::newRow("reversed range") << u"[z-a]"_s << u"invalid character class range: z-a"_s;
}

void tst_PathGlob::rejectsBadGlob()
{
    QFETCH(QString, glob);
    QFETCH(QString, message);

    const auto compiled = PathGlob::compile(glob);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, Error::Code::InvalidArgument);
    QCOMPARE(compiled.errorMessage(), message);
}

void tst_PathGlob::keepsPatternAndCopies()
{
    const auto compiled = PathGlob::compile(u"**/*.sh"_s);
    QVERIFY(compiled.ok());
    const PathGlob copy = *compiled; // shares the compiled program
    QCOMPARE(copy.pattern(), u"**/*.sh"_s);
    QVERIFY(copy.matches(u"bin/run.sh"_s));
    QVERIFY(!copy.matches(u"bin/run.py"_s));
}

QTEST_GUILESS_MAIN(tst_PathGlob)
#include "tst_PathGlob.moc"
