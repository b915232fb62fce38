#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/AppPaths.h"
#include "core/Preferences.h"

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

QTEST_GUILESS_MAIN(tst_Preferences)
#include "tst_Preferences.moc"
