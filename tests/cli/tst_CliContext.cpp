#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "CliContext.h"
#include "MockClock.h"
#include "store/AssessmentStore.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_CliContext : public QObject
{
    Q_OBJECT

private slots:
    void readingNeverCreatesTheDatabase();
    void writingCreatesTheDatabaseAndItsFolder();
    void storeIsOpenedOnce();
    void corruptFileIsRefusedUntouched();
    void messagesArePrefixed();
    void catalogIncludesExtraDirectories();

private:
    QString m_out;
    QString m_err;
};

void tst_CliContext::readingNeverCreatesTheDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTextStream out(&m_out), err(&m_err);
    test::MockClock clock;
    CliContext context(out, err, clock);
    const QString path = dir.filePath(u"missing.sqlite"_s);
    context.setDatabasePath(path);

    QVERIFY(!context.databaseExists());
    const auto store = context.store(CliContext::StoreAccess::ExistingOnly);
    QVERIFY(!store);
    QCOMPARE(store.error().code, Error::Code::NotFound);
    QVERIFY2(store.errorMessage().contains(path), qPrintable(store.errorMessage()));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_CliContext::writingCreatesTheDatabaseAndItsFolder()
{
    QTemporaryDir dir;
    QTextStream out(&m_out), err(&m_err);
    test::MockClock clock;
    CliContext context(out, err, clock);
    const QString path = dir.filePath(u"nested/folder/greenlight.sqlite"_s);
    context.setDatabasePath(path);

    const auto store = context.store(CliContext::StoreAccess::CreateIfMissing);
    QVERIFY2(store, qPrintable(store.errorMessage()));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(context.databaseExists());
    const auto assessments = (*store)->assessments();
    QVERIFY(assessments);
    QVERIFY(assessments->isEmpty());
}

void tst_CliContext::storeIsOpenedOnce()
{
    QTemporaryDir dir;
    QTextStream out(&m_out), err(&m_err);
    test::MockClock clock;
    CliContext context(out, err, clock);
    context.setDatabasePath(dir.filePath(u"a.sqlite"_s));
    const auto first = context.store(CliContext::StoreAccess::CreateIfMissing);
    const auto second = context.store(CliContext::StoreAccess::ExistingOnly);
    QVERIFY(first && second);
    QCOMPARE(*first, *second);

    // A new path closes the old store; the next call opens the new file.
    context.setDatabasePath(dir.filePath(u"b.sqlite"_s));
    QVERIFY(!context.store(CliContext::StoreAccess::ExistingOnly));
    QVERIFY(context.store(CliContext::StoreAccess::CreateIfMissing));
    QVERIFY(QFileInfo::exists(dir.filePath(u"b.sqlite"_s)));
}

void tst_CliContext::corruptFileIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"corrupt.sqlite"_s);
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    QTextStream out(&m_out), err(&m_err);
    test::MockClock clock;
    CliContext context(out, err, clock);
    context.setDatabasePath(path);
    for (const auto access :
         {CliContext::StoreAccess::ExistingOnly, CliContext::StoreAccess::CreateIfMissing}) {
        const auto store = context.store(access);
        QVERIFY(!store);
        QVERIFY2(store.errorMessage().startsWith(u"cannot open "_s + path),
                 qPrintable(store.errorMessage()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void tst_CliContext::messagesArePrefixed()
{
    m_err.clear();
    QTextStream out(&m_out), err(&m_err);
    test::MockClock clock;
    CliContext context(out, err, clock);
    context.printError(u"bad thing"_s);
    context.printWarning(u"odd thing"_s);
    QCOMPARE(m_err, u"greenlight-cli: error: bad thing\ngreenlight-cli: warning: odd thing\n"_s);
    QCOMPARE(context.actor(), qEnvironmentVariable("GREENLIGHT_USER", context.actor()));
}

void tst_CliContext::catalogIncludesExtraDirectories()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"extra.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("schema: 1\nid: extra\ntitle: Extra\nversion: \"1\"\ndescription: d\n"
               "sections:\n  - id: s\n    title: S\n    items:\n"
               "      - id: EXT-001\n        title: t\n        guidance: g\n"
               "        severity: low\n        evidence: none\n");
    file.close();

    QTextStream out(&m_out), err(&m_err);
    test::MockClock clock;
    CliContext context(out, err, clock);
    QVERIFY(!context.catalog().find(u"extra"_s));
    QVERIFY(context.catalog().find(u"security"_s)); // built-in set is always there

    context.setExtraTemplateDirectories({dir.path()});
    QCOMPARE(context.extraTemplateDirectories(), QStringList{dir.path()});
    const auto extra = context.catalog().find(u"extra"_s);
    QVERIFY(extra);
    QCOMPARE(extra->itemCount(), 1);
}

QTEST_GUILESS_MAIN(tst_CliContext)
#include "tst_CliContext.moc"
