#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/AppPaths.h"
#include "core/Preferences.h"
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_Preferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void missingValuesReadAsDefaults();
    void savedValuesReadBack();
    void badValuesReadAsDefaults_data();
    void badValuesReadAsDefaults();
    void emptyDatabasePathMeansTheDefault();
    void databasePathProblem_data();
    void databasePathProblem();
    void unwritableFolderIsRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void tst_Preferences::init()
{
    QVERIFY(m_dir.isValid());
    m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->clear();
}

void tst_Preferences::missingValuesReadAsDefaults()
{
    const Preferences preferences = Preferences::load(*m_settings);
    QCOMPARE(preferences, Preferences{});
    QCOMPARE(preferences.evidenceMaxBytes, 100 * Preferences::MiB);
    QCOMPARE(preferences.scanMaxFileBytes, 5 * Preferences::MiB);
    QCOMPARE(preferences.theme, ThemeChoice::System);
    QVERIFY(preferences.language.isEmpty());
}

void tst_Preferences::savedValuesReadBack()
{
    Preferences chosen;
    chosen.databasePath = m_dir.filePath(u"team.sqlite"_s);
    chosen.evidenceMaxBytes = 20 * Preferences::MiB;
    chosen.scanMaxFileBytes = 64 * Preferences::MiB;
    chosen.language = u"fr"_s;
    chosen.theme = ThemeChoice::Dark;
    chosen.save(*m_settings);
    m_settings->sync();

    const QSettings reread(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(Preferences::load(reread), chosen);
    QCOMPARE(reread.value(u"Preferences/theme"_s).toString(), u"dark"_s);
}

void tst_Preferences::badValuesReadAsDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("evidence limit not a number") << u"evidenceMaxBytes"_s << QVariant(u"lots"_s);
    QTest::newRow("evidence limit zero") << u"evidenceMaxBytes"_s << QVariant(0);
    QTest::newRow("evidence limit negative") << u"evidenceMaxBytes"_s << QVariant(-5);
    QTest::newRow("scan limit below 1 MiB") << u"scanMaxFileBytes"_s << QVariant(1000);
    QTest::newRow("scan limit above 4 GiB")
            << u"scanMaxFileBytes"_s << QVariant(qint64(5) * 1024 * 1024 * 1024);
    QTest::newRow("unknown language") << u"language"_s << QVariant(u"tlh"_s);
    QTest::newRow("unknown theme") << u"theme"_s << QVariant(u"neon"_s);
}

void tst_Preferences::badValuesReadAsDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    m_settings->setValue(u"Preferences/"_s + key, value);
    QCOMPARE(Preferences::load(*m_settings), Preferences{});
}

void tst_Preferences::emptyDatabasePathMeansTheDefault()
{
    Preferences preferences;
    QCOMPARE(preferences.effectiveDatabasePath(), AppPaths::defaultDatabasePath());
    preferences.databasePath = u"/srv/greenlight/team.sqlite"_s;
    QCOMPARE(preferences.effectiveDatabasePath(), u"/srv/greenlight/team.sqlite"_s);
}

void tst_Preferences::databasePathProblem_data()
{
    QTest::addColumn<QString>("name");       // under the temporary folder; "" = the default
    QTest::addColumn<QByteArray>("content"); // written to the file first unless null
    QTest::addColumn<QString>("problem");    // a piece of the message; "" = accepted

    QTest::newRow("the default") << QString() << QByteArray() << QString();
    QTest::newRow("a new file") << u"team.sqlite"_s << QByteArray() << QString();
    QTest::newRow("an empty file") << u"empty.sqlite"_s << QByteArray("") << QString();
    QByteArray store(100, '\0');
    store.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    store.replace(68, 4, QByteArray("GLT1"));
    QTest::newRow("a Greenlight store") << u"store.sqlite"_s << store << QString();
    QByteArray other = store;
    other.replace(68, 4, QByteArray("FSL1"));
    QTest::newRow("another program's SQLite file")
            << u"other.sqlite"_s << other << u"is not a Greenlight store"_s;
    QTest::newRow("a text file") << u"notes.txt"_s << QByteArray("hello\n")
                                 << u"is not a Greenlight store"_s;
    QTest::newRow("a folder") << u"."_s << QByteArray() << u"is a folder"_s;
    QTest::newRow("a missing folder")
            << u"missing/team.sqlite"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("a relative path") << u"RELATIVE"_s << QByteArray() << u"full path"_s;
}

void tst_Preferences::databasePathProblem()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    QString path;
    if (name == u"RELATIVE")
        path = u"team.sqlite"_s;
    else if (!name.isEmpty())
        path = QDir::cleanPath(m_dir.filePath(name));
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QString found = Preferences::databasePathProblem(path);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void tst_Preferences::unwritableFolderIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root writes to read-only folders; run as a user to check this refusal");
    const QString folder = m_dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString found = Preferences::databasePathProblem(folder + u"/team.sqlite"_s);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY2(found.contains(u"cannot write to the folder"_s), qPrintable(found));
}

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_Preferences.moc"
