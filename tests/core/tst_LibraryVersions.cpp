#include <QRegularExpression>
#include <QTest>

#include "core/LibraryVersions.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_LibraryVersions : public QObject
{
    Q_OBJECT

private slots:
    void everyLibraryHasADottedVersion();
    void qtIsTheRunningOne();
};

void tst_LibraryVersions::everyLibraryHasADottedVersion()
{
    const QList<LibraryVersions::Library> all = LibraryVersions::all();
    QStringList names;
    for (const auto &library : all)
        names << library.name;
    QCOMPARE(names, (QStringList{u"Qt"_s, u"SQLite"_s, u"yaml-cpp"_s, u"spdlog"_s}));
    static const QRegularExpression dotted(u"^\\d+\\.\\d+(\\.\\d+)*$"_s);
    for (const auto &library : all)
        QVERIFY2(dotted.match(library.version).hasMatch(),
                 qPrintable(library.name + u": '"_s + library.version + u'\''));
}

void tst_LibraryVersions::qtIsTheRunningOne()
{
    QCOMPARE(LibraryVersions::qt(), QString::fromLatin1(qVersion()));
    QVERIFY(LibraryVersions::sqlite().startsWith(u"3."_s)); // SQLite 3 through Qt's driver
}

QTEST_GUILESS_MAIN(tst_LibraryVersions)
#include "tst_LibraryVersions.moc"
