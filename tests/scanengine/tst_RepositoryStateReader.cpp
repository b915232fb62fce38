// Which commit a scan speaks for: HEAD, branch and dirty state read with libgit2 from
// repositories built by the real git binary.
#include <QDir>
#include <QTest>

#include "TreeBuilder.h"
#include "scan/engine/RepositoryStateReader.h"

using namespace Qt::StringLiterals;
using greenlight::test::TreeBuilder;

namespace greenlight {

class tst_RepositoryStateReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void notARepository();
    void cleanAfterCommit();
    void modifiedTrackedFileIsDirty();
    void stagedChangeIsDirty();
    void untrackedFileIsDirty();
    void ignoredFileIsNotDirty();
    void unbornBranch();
    void unbornBranchWithFilesIsDirty();
    void detachedHead();
    void subdirectoryFindsTheRepository();

private:
    QString gitOutput(const TreeBuilder &tree, const QStringList &args);
};

void tst_RepositoryStateReader::init()
{
    if (!TreeBuilder::gitAvailable()
        && QByteArray(QTest::currentTestFunction()) != "notARepository")
        QSKIP("git is not installed");
}

QString tst_RepositoryStateReader::gitOutput(const TreeBuilder &tree, const QStringList &args)
{
    QString out;
    if (!tree.git(args, &out))
        return {};
    return out.trimmed();
}

void tst_RepositoryStateReader::notARepository()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}});
    const RepositoryState state = RepositoryStateReader::read(tree.root());
    QVERIFY(!state.isGitRepository);
    QVERIFY(state.head.isEmpty());
    QVERIFY(state.branch.isEmpty());
    QVERIFY(!state.dirty);
    QVERIFY(!RepositoryStateReader::read(tree.filePath(u"missing"_s)).isGitRepository);
}

void tst_RepositoryStateReader::cleanAfterCommit()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}, {u"dir/b.txt"_s, "y"}});
    QVERIFY2(tree.gitInit() && tree.gitCommitAll(), qPrintable(tree.lastGitError()));
    const RepositoryState state = RepositoryStateReader::read(tree.root());
    QVERIFY(state.isGitRepository);
    QCOMPARE(state.head, gitOutput(tree, {u"rev-parse"_s, u"HEAD"_s}));
    QCOMPARE(state.head.size(), 40);
    QCOMPARE(state.branch, u"main"_s);
    QVERIFY(!state.dirty);
}

void tst_RepositoryStateReader::modifiedTrackedFileIsDirty()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}});
    QVERIFY(tree.gitInit() && tree.gitCommitAll());
    QVERIFY(tree.writeFile(u"a.txt"_s, "changed"));
    QVERIFY(RepositoryStateReader::read(tree.root()).dirty);
}

void tst_RepositoryStateReader::stagedChangeIsDirty()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}});
    QVERIFY(tree.gitInit() && tree.gitCommitAll());
    QVERIFY(tree.git({u"rm"_s, u"--quiet"_s, u"a.txt"_s}));
    QVERIFY(RepositoryStateReader::read(tree.root()).dirty);
}

void tst_RepositoryStateReader::untrackedFileIsDirty()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}});
    QVERIFY(tree.gitInit() && tree.gitCommitAll());
    QVERIFY(tree.writeFile(u"new/untracked.txt"_s, "y"));
    QVERIFY(RepositoryStateReader::read(tree.root()).dirty);
}

void tst_RepositoryStateReader::ignoredFileIsNotDirty()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}, {u".gitignore"_s, "*.log\nbuild/\n"}});
    QVERIFY(tree.gitInit() && tree.gitCommitAll());
    QVERIFY(tree.writeFile(u"debug.log"_s, "noise"));
    QVERIFY(tree.writeFile(u"build/out.o"_s, "noise"));
    QVERIFY(!RepositoryStateReader::read(tree.root()).dirty);
}

void tst_RepositoryStateReader::unbornBranch()
{
    TreeBuilder tree;
    QVERIFY(tree.gitInit());
    const RepositoryState state = RepositoryStateReader::read(tree.root());
    QVERIFY(state.isGitRepository);
    QVERIFY(state.head.isEmpty());
    QCOMPARE(state.branch, u"main"_s);
    QVERIFY(!state.dirty);
}

void tst_RepositoryStateReader::unbornBranchWithFilesIsDirty()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}});
    QVERIFY(tree.gitInit());
    const RepositoryState state = RepositoryStateReader::read(tree.root());
    QVERIFY(state.head.isEmpty());
    QVERIFY(state.dirty);
}

void tst_RepositoryStateReader::detachedHead()
{
    TreeBuilder tree({{u"a.txt"_s, "x"}});
    QVERIFY(tree.gitInit() && tree.gitCommitAll());
    QVERIFY(tree.git({u"checkout"_s, u"--quiet"_s, u"--detach"_s}));
    const RepositoryState state = RepositoryStateReader::read(tree.root());
    QCOMPARE(state.head, gitOutput(tree, {u"rev-parse"_s, u"HEAD"_s}));
    QVERIFY(state.branch.isEmpty());
    QVERIFY(!state.dirty);
}

void tst_RepositoryStateReader::subdirectoryFindsTheRepository()
{
    TreeBuilder tree({{u"services/api/main.py"_s, "x"}});
    QVERIFY(tree.gitInit() && tree.gitCommitAll());
    QVERIFY(tree.git({u"checkout"_s, u"--quiet"_s, u"-b"_s, u"release/1.2"_s}));
    const RepositoryState state = RepositoryStateReader::read(tree.filePath(u"services/api"_s));
    QVERIFY(state.isGitRepository);
    QCOMPARE(state.branch, u"release/1.2"_s);
    QCOMPARE(state.head.size(), 40);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_RepositoryStateReader)
#include "tst_RepositoryStateReader.moc"
