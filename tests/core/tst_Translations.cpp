#include <QCoreApplication>
#include <QTest>

#include "core/Translations.h"
#include "domain/ItemStatus.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void shipsEnglishGermanAndFrench();
    void resolvesExplicitCodes_data();
    void resolvesExplicitCodes();
    void installsTheEmbeddedCatalogue_data();
    void installsTheEmbeddedCatalogue();
    void aSecondInstallReplacesTheFirst();
    void domainNamesFollowTheLanguage();
    void qtsOwnDialogTextsFollow();
};

void tst_Translations::cleanup()
{
    Translations::install(u"en"_s);
}

void tst_Translations::shipsEnglishGermanAndFrench()
{
    QCOMPARE(Translations::languages(), (QStringList{u"en"_s, u"de"_s, u"fr"_s}));
    QCOMPARE(Translations::nativeName(u"de"_s), u"Deutsch"_s);
    QCOMPARE(Translations::nativeName(u"fr"_s), u"Français"_s);
    QCOMPARE(Translations::nativeName(u"en"_s), u"English"_s);
}

void tst_Translations::resolvesExplicitCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("resolved");

    QTest::newRow("German") << u"de"_s << u"de"_s;
    QTest::newRow("French") << u"fr"_s << u"fr"_s;
    QTest::newRow("English") << u"en"_s << u"en"_s;
    QTest::newRow("not shipped") << u"tlh"_s << u"en"_s;
    QTest::newRow("a locale, not a code") << u"de_DE"_s << u"en"_s;
}

void tst_Translations::resolvesExplicitCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, resolved);
    QCOMPARE(Translations::resolve(code), resolved);
}

void tst_Translations::installsTheEmbeddedCatalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    // One message from each layer: models, the report wording, the dashboard, the CLI.
    QTest::newRow("de status") << u"de"_s << "greenlight::ItemStatus"_ba
                               << "Passed"_ba << -1 << u"Bestanden"_s;
    QTest::newRow("de report heading") << u"de"_s << "ReportText"_ba
                                       << "Findings"_ba << -1 << u"Befunde"_s;
    QTest::newRow("de plural") << u"de"_s << "greenlight::DashboardPage"_ba
                               << "%n day(s)"_ba << 3 << u"3 Tage"_s;
    QTest::newRow("fr verdict") << u"fr"_s << "greenlight::ReadinessVerdict"_ba
                                << "Not ready"_ba << -1 << u"Pas prêt"_s;
    QTest::newRow("fr menu") << u"fr"_s << "greenlight::MainWindow"_ba
                             << "&File"_ba << -1 << u"&Fichier"_s;
    QTest::newRow("fr plural singular") << u"fr"_s << "greenlight::DashboardPage"_ba
                                        << "%n day(s)"_ba << 1 << u"1 jour"_s;
    // English has only plural forms: the sources say "day(s)" and the catalogue fixes that.
    QTest::newRow("en singular") << u"en"_s << "greenlight::DashboardPage"_ba
                                 << "%n day(s)"_ba << 1 << u"1 day"_s;
    QTest::newRow("en plural") << u"en"_s << "greenlight::DashboardPage"_ba
                               << "%n day(s)"_ba << 14 << u"14 days"_s;
    QTest::newRow("en plain") << u"en"_s << "greenlight::ItemStatus"_ba
                              << "Passed"_ba << -1 << u"Passed"_s;
}

void tst_Translations::installsTheEmbeddedCatalogue()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    QCOMPARE(Translations::install(language), language);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, count),
             expected);
}

void tst_Translations::aSecondInstallReplacesTheFirst()
{
    Translations::install(u"de"_s);
    Translations::install(u"fr"_s);
    QCOMPARE(QCoreApplication::translate("greenlight::ItemStatus", "Passed"), u"Réussi"_s);
    Translations::install(u"en"_s);
    QCOMPARE(QCoreApplication::translate("greenlight::ItemStatus", "Passed"), u"Passed"_s);
}

void tst_Translations::domainNamesFollowTheLanguage()
{
    Translations::install(u"de"_s);
    QCOMPARE(itemStatusDisplayName(ItemStatus::Failed),
             QCoreApplication::translate("greenlight::ItemStatus", "Failed"));
    QVERIFY(itemStatusDisplayName(ItemStatus::Failed) != u"Failed"_s);
}

// Standard buttons ("Cancel") come from Qt's own catalogue (qt6-translations-l10n, which
// scripts/bootstrap installs and the package recommends).
void tst_Translations::qtsOwnDialogTextsFollow()
{
    Translations::install(u"de"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    Translations::install(u"fr"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Annuler"_s);
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
