#include <atomic>

#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "WalkFixture.h"
#include "scan/walk/FileReader.h"
#include "scan/walk/FileWalker.h"
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace greenlight {

using namespace test::WalkFixture;

class tst_FileWalker : public QObject
{
    Q_OBJECT

private slots:
    void nestedGitignoresAndNegation();
    void gitDirectoryAndWorktreePointer();
    void symlinkLoopsTerminate();
    void symlinkedFilesAndOutsideLinks();
    void danglingSymlink();
    void unreadableDirectory();
    void specialFile();
    void oversizedFile();
    void nonUtf8Name();
    void deepTree();
    void cancellation();
    void unusableRoot();
    void walkSpeedOnSyntheticTree();

private:
    static QByteArray native(const QTemporaryDir &dir) { return QFile::encodeName(dir.path()); }
};

void tst_FileWalker::nestedGitignoresAndNegation()
{
    // The same tree in a scratch git repository: `git status --porcelain --ignored -uall`
    // lists exactly the expected files as untracked and every other one as ignored.
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/.gitignore",
                      "*.log\nbuild/\n!build/keep.txt\nvendor/*\n!vendor/keep/\n!a.txt\n"));
    QVERIFY(writeFile(root + "/.git/info/exclude", "*.txt\n"));
    QVERIFY(writeFile(root + "/sub/.gitignore", "!keep.log\n"));
    for (const char *file : {"keep.log",
                             "sub/keep.log",
                             "sub/x.log",
                             "build/keep.txt",
                             "vendor/keep/a",
                             "vendor/drop/b",
                             "a.txt",
                             "b.txt",
                             "src/main.c"}) {
        QVERIFY(writeFile(root + '/' + file, "content\n"));
    }

    const WalkOutcome outcome = walk(dir.path());
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.files,
             QStringList({u".gitignore"_s,
                          u"a.txt"_s,
                          u"src/main.c"_s,
                          u"sub/.gitignore"_s,
                          u"sub/keep.log"_s,
                          u"vendor/keep/a"_s}));
    QVERIFY(outcome.skipped.isEmpty()); // ignored files are not "skipped": git ignores them too
    QCOMPARE(walk(dir.path()).files, outcome.files); // name order: stable across runs
}

void tst_FileWalker::gitDirectoryAndWorktreePointer()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/.git/HEAD", "ref: refs/heads/main\n"));
    QVERIFY(writeFile(root + "/.git/objects/ab/cdef", "blob"));
    // A linked worktree's .git is a file naming the real git directory, whose
    // info/exclude still applies; a submodule's .git file is skipped as well.
    QVERIFY(writeFile(root + "/worktree/.git", "gitdir: ../gitdir\n"));
    QVERIFY(writeFile(root + "/gitdir/info/exclude", "*.secret\n"));
    QVERIFY(writeFile(root + "/worktree/app.py", "print()\n"));
    QVERIFY(writeFile(root + "/worktree/x.secret", "hidden\n"));
    QVERIFY(writeFile(root + "/lib/.git", "gitdir: ../.git/modules/lib\n"));
    QVERIFY(writeFile(root + "/lib/lib.c", "int x;\n"));

    WalkOutcome outcome = walk(dir.path());
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.files,
             QStringList({u"gitdir/info/exclude"_s,
                          u"lib/lib.c"_s,
                          u"worktree/app.py"_s,
                          u"worktree/x.secret"_s}));

    outcome = walk(dir.path() + u"/worktree"_s);
    QCOMPARE(outcome.files, QStringList({u"app.py"_s}));
}

void tst_FileWalker::symlinkLoopsTerminate()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/a/b/file.txt", "x"));
    QVERIFY(writeFile(root + "/hidden/h.txt", "h"));
    QVERIFY(writeFile(root + "/.gitignore", "hidden/\n"));
    QVERIFY(makeSymlink("..", root + "/a/b/parent")); // a directory -> its parent
    QVERIFY(makeSymlink("../..", root + "/a/b/top")); // -> the scanned root
    QVERIFY(makeSymlink("a", root + "/alias"));       // a second name for a walked directory
    QVERIFY(makeSymlink("self", root + "/self"));     // a link to itself
    QVERIFY(makeSymlink("hidden", root + "/view"));   // -> an ignored directory: followed

    const WalkOutcome outcome = walk(dir.path());
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.files, QStringList({u".gitignore"_s, u"a/b/file.txt"_s, u"view/h.txt"_s}));

    const SkippedPath *parent = findSkipped(outcome.skipped, u"a/b/parent"_s);
    QVERIFY(parent);
    QCOMPARE(parent->reason, SkipReason::SymlinkLoop);
    QVERIFY2(parent->detail.contains(u"'a'"_s), qPrintable(parent->detail));
    const SkippedPath *top = findSkipped(outcome.skipped, u"a/b/top"_s);
    QVERIFY(top);
    QCOMPARE(top->reason, SkipReason::SymlinkLoop);
    const SkippedPath *alias = findSkipped(outcome.skipped, u"alias"_s);
    QVERIFY(alias);
    QCOMPARE(alias->reason, SkipReason::SymlinkLoop);
    const SkippedPath *self = findSkipped(outcome.skipped, u"self"_s);
    QVERIFY(self);
    QCOMPARE(self->reason, SkipReason::SymlinkLoop);
    QCOMPARE(outcome.skipped.size(), 4);
}

void tst_FileWalker::symlinkedFilesAndOutsideLinks()
{
    QTemporaryDir outside;
    QVERIFY(writeFile(native(outside) + "/secret.env", "TOKEN=1\n"));
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/deploy/compose.prod.yml", "services: {}\n"));
    QVERIFY(makeSymlink("deploy/compose.prod.yml", root + "/docker-compose.yml"));
    QVERIFY(makeSymlink(native(outside) + "/secret.env", root + "/outside.env"));
    QVERIFY(makeSymlink(native(outside), root + "/outside-dir"));

    const WalkOutcome outcome = walk(dir.path());
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.files, QStringList({u"docker-compose.yml"_s, u"deploy/compose.prod.yml"_s}));
    for (const QString &path : {u"outside.env"_s, u"outside-dir"_s}) {
        const SkippedPath *skipped = findSkipped(outcome.skipped, path);
        QVERIFY2(skipped, qPrintable(path));
        QCOMPARE(skipped->reason, SkipReason::SpecialFile);
        QVERIFY(skipped->detail.contains(u"outside"_s));
    }
}

void tst_FileWalker::danglingSymlink()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/ok.txt", "ok"));
    QVERIFY(makeSymlink("missing.txt", root + "/broken.txt"));
    QVERIFY(makeSymlink("gone", root + "/ignored.lnk"));
    QVERIFY(writeFile(root + "/.gitignore", "*.lnk\n"));

    const WalkOutcome outcome = walk(dir.path());
    QCOMPARE(outcome.files, QStringList({u".gitignore"_s, u"ok.txt"_s}));
    QCOMPARE(outcome.skipped.size(), 1); // the ignored dangling link is not reported
    QCOMPARE(outcome.skipped.first().path, u"broken.txt"_s);
    QCOMPARE(outcome.skipped.first().reason, SkipReason::Unreadable);
    QCOMPARE(outcome.skipped.first().detail, u"dangling symlink"_s);
}

void tst_FileWalker::unreadableDirectory()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/locked/inside.txt", "x"));
    QVERIFY(writeFile(root + "/open/visible.txt", "x"));
    QVERIFY(::chmod((root + "/locked").constData(), 0) == 0);
    QVERIFY(::chmod(root.constData(), 0755) == 0); // for "nobody" below
    const auto restore = qScopeGuard([&] {
        restoreFileAccessPrivileges();
        ::chmod((root + "/locked").constData(), 0755);
    });
    if (::geteuid() == 0 && !dropFileAccessPrivileges())
        QSKIP("running as root without the right to switch the file-system user");

    const WalkOutcome outcome = walk(dir.path());
    restoreFileAccessPrivileges();
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.files, QStringList({u"open/visible.txt"_s}));
    QCOMPARE(outcome.skipped.size(), 1);
    QCOMPARE(outcome.skipped.first().path, u"locked"_s);
    QCOMPARE(outcome.skipped.first().reason, SkipReason::Unreadable);
    QCOMPARE(outcome.skipped.first().detail, u"Permission denied"_s);
}

void tst_FileWalker::specialFile()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/a.txt", "x"));
    QVERIFY(::mkfifo((root + "/pipe").constData(), 0644) == 0);
    QVERIFY(::mkfifo((root + "/ignored.fifo").constData(), 0644) == 0);
    QVERIFY(writeFile(root + "/.gitignore", "*.fifo\n"));

    const WalkOutcome outcome = walk(dir.path()); // must not block on opening the FIFO
    QCOMPARE(outcome.files, QStringList({u".gitignore"_s, u"a.txt"_s}));
    QCOMPARE(outcome.skipped.size(), 1);
    QCOMPARE(outcome.skipped.first().path, u"pipe"_s);
    QCOMPARE(outcome.skipped.first().reason, SkipReason::SpecialFile);
    QCOMPARE(outcome.skipped.first().detail, u"named pipe"_s);
}

void tst_FileWalker::oversizedFile()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/at-limit.txt", QByteArray(1000, 'a')));
    QVERIFY(writeFile(root + "/over.txt", QByteArray(1001, 'a')));
    QVERIFY(writeFile(root + "/big.bin", QByteArray(3 * 1024 * 1024 + 300 * 1024, 'a')));

    const WalkOutcome outcome = walk(dir.path(), 1000);
    QCOMPARE(outcome.files, QStringList({u"at-limit.txt"_s}));
    QCOMPARE(outcome.skipped.size(), 2);
    const SkippedPath *over = findSkipped(outcome.skipped, u"over.txt"_s);
    QVERIFY(over);
    QCOMPARE(over->reason, SkipReason::TooLarge);
    QCOMPARE(over->detail, u"1001 bytes, limit 1000 bytes"_s);
    const SkippedPath *big = findSkipped(outcome.skipped, u"big.bin"_s);
    QVERIFY(big);
    QCOMPARE(big->detail, u"3.3 MiB (3452928 bytes), limit 1000 bytes"_s);
}

void tst_FileWalker::nonUtf8Name()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    const auto cleanup = qScopeGuard([&] { removeTree(root); }); // QDir skips such names
    QVERIFY(writeFile(root + "/caf\xe9.txt", "latin-1 name\n"));
    QVERIFY(writeFile(root + "/d\xff/inner.txt", "inside\n"));
    QVERIFY(writeFile(root + "/.gitignore", "d?/skip.me\n"));
    QVERIFY(writeFile(root + "/d\xff/skip.me", "ignored by a byte-wise '?'\n"));

    FileWalker walker(dir.path());
    std::atomic_bool cancel = false;
    QList<WalkedFile> files;
    QVERIFY(walker.walk([&](const WalkedFile &file) { files.append(file); }, cancel).ok());
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(1).path, u"caf\uFFFD.txt"_s);
    QCOMPARE(files.at(1).nativePath, root + "/caf\xe9.txt");
    QCOMPARE(files.at(1).size, 13);
    QCOMPARE(files.at(2).path, u"d\uFFFD/inner.txt"_s);

    const FileReadResult read = readFileForScan(files.at(1), 1000);
    QVERIFY(read.content);
    QCOMPARE(*read.content, QByteArray("latin-1 name\n"));
}

void tst_FileWalker::deepTree()
{
    // 2,100 levels of "d/" pass PATH_MAX (4096) around level 2,030: the walk must reach the
    // files above that depth, list the first directory beyond it, and neither crash nor
    // recurse (it is iterative).
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    const auto cleanup = qScopeGuard([&] { removeTree(root); }); // QDir cannot remove it
    QVERIFY(makeDeepTree(root, 2100, 500));

    const WalkOutcome outcome = walk(dir.path());
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.files.size(), 4); // levels 500, 1000, 1500, 2000
    QVERIFY(outcome.files.last().endsWith(u"/f2000.txt"_s));
    QCOMPARE(outcome.files.last().count(u'/'), 2000);
    QCOMPARE(outcome.skipped.size(), 1);
    QCOMPARE(outcome.skipped.first().reason, SkipReason::Unreadable);
    QCOMPARE(outcome.skipped.first().detail, u"path too long"_s);
}

void tst_FileWalker::cancellation()
{
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    for (int d = 0; d < 10; ++d) {
        for (int f = 0; f < 50; ++f)
            QVERIFY(writeFile(root + "/dir" + QByteArray::number(d) + "/f" + QByteArray::number(f),
                              "x"));
    }

    FileWalker walker(dir.path());
    std::atomic_bool cancel = false;
    int seen = 0;
    const Result<void> result = walker.walk(
            [&](const WalkedFile &) {
                if (++seen == 70)
                    cancel = true;
            },
            cancel);
    QVERIFY(result.ok());
    QVERIFY(walker.wasCancelled());
    QCOMPARE(seen, 70); // not one file after the flag was set
    QCOMPARE(walker.filesFound(), 70);

    // Already cancelled: nothing at all.
    seen = 0;
    QVERIFY(walker.walk([&](const WalkedFile &) { ++seen; }, cancel).ok());
    QCOMPARE(seen, 0);
}

void tst_FileWalker::unusableRoot()
{
    QTemporaryDir dir;
    std::atomic_bool cancel = false;
    const auto ignore = [](const WalkedFile &) {
    };

    FileWalker missing(dir.path() + u"/missing"_s);
    Result<void> result = missing.walk(ignore, cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::NotFound);
    QVERIFY(result.errorMessage().contains(u"missing"_s));

    QVERIFY(writeFile(native(dir) + "/file", "x"));
    FileWalker file(dir.path() + u"/file"_s);
    result = file.walk(ignore, cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidArgument);

    QVERIFY(makeDirs(native(dir) + "/locked"));
    QVERIFY(::chmod((native(dir) + "/locked").constData(), 0) == 0);
    QVERIFY(::chmod(native(dir).constData(), 0755) == 0);
    const auto restore = qScopeGuard([&] {
        restoreFileAccessPrivileges();
        ::chmod((native(dir) + "/locked").constData(), 0755);
    });
    if (::geteuid() == 0 && !dropFileAccessPrivileges())
        QSKIP("running as root without the right to switch the file-system user");
    FileWalker locked(dir.path() + u"/locked"_s);
    result = locked.walk(ignore, cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Io);
    QVERIFY(result.errorMessage().endsWith(u"Permission denied"_s));
}

void tst_FileWalker::walkSpeedOnSyntheticTree()
{
    // 20,000 files in 400 directories of 50, with a few ignore rules; no timing assertion,
    // the figure is printed for the performance notes.
    QTemporaryDir dir;
    const QByteArray root = native(dir);
    QVERIFY(writeFile(root + "/.gitignore", "*.o\nbuild/\n/dist\n**/tmp/**\n!keep.o\n"));
    for (int d = 0; d < 400; ++d) {
        const QByteArray sub
                = root + "/pkg" + QByteArray::number(d % 20) + "/mod" + QByteArray::number(d);
        for (int f = 0; f < 50; ++f)
            QVERIFY(writeFile(sub + "/file" + QByteArray::number(f) + ".py", "print(1)\n"));
    }

    FileWalker walker(dir.path());
    std::atomic_bool cancel = false;
    qint64 files = 0;
    walker.walk([&](const WalkedFile &) { ++files; }, cancel); // warm the cache
    QElapsedTimer timer;
    timer.start();
    files = 0;
    QVERIFY(walker.walk([&](const WalkedFile &) { ++files; }, cancel).ok());
    const qint64 ns = timer.nsecsElapsed();
    QCOMPARE(files, 20001);
    qInfo("walked %lld files in %.1f ms (%.0f files/s)",
          files,
          double(ns) / 1e6,
          double(files) * 1e9 / double(ns));
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_FileWalker)
#include "tst_FileWalker.moc"
