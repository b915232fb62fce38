#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "TsCatalog.h"

using namespace Qt::StringLiterals;

namespace {

const QString TranslationsDir = QStringLiteral(GREENLIGHT_TRANSLATIONS_DIR);

QString catalogPath(const QString &language)
{
    return TranslationsDir + u"/greenlight_"_s + language + u".ts"_s;
}

QString key(const TsMessage &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QStringList missingFrom(const TsCatalog &catalog, const TsCatalog &other)
{
    QSet<QString> present;
    for (const TsMessage &message : other.messages)
        present.insert(key(message));
    QStringList missing;
    for (const TsMessage &message : catalog.messages) {
        if (!present.contains(key(message)))
            missing << message.label();
    }
    return missing;
}

QString firstFew(const QStringList &lines)
{
    QStringList shown = lines.mid(0, 12);
    if (lines.size() > shown.size())
        shown << u"... and %1 more"_s.arg(lines.size() - shown.size());
    return shown.join(u"\n  "_s);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?[1-9]"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(u'L');
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&File" has an accelerator; "&&" is a literal ampersand and "&nbsp;" an HTML entity in a
// rich-text label.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(u"&(?![a-zA-Z]+;|#[0-9]+;)[^\\s&]"_s);
    int count = 0;
    for (auto it = pattern.globalMatch(QString(text).remove(u"&&"_s)); it.hasNext(); it.next())
        ++count;
    return count;
}

bool run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120'000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class tst_TranslationCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void catalogsAreCurrent_data();
    void catalogsAreCurrent();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsAreNotEnglishCopies_data();
    void translationsAreNotEnglishCopies();
};

void tst_TranslationCatalogs::catalogsAreCurrent_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QStringList>("options");

    const QStringList options = QStringLiteral(GREENLIGHT_LUPDATE_OPTIONS).split(u',');
    QTest::newRow("de") << u"de"_s << u"greenlight_core"_s << options;
    QTest::newRow("fr") << u"fr"_s << u"greenlight_core"_s << options;
    QTest::newRow("en plurals") << u"en"_s << u"greenlight_plurals"_s
                                << (options + QStringList{u"-pluralonly"_s});
}

// lupdate, run as `update_translations` runs it but on a scratch copy, must find nothing to
// add or remove: otherwise a string was added or changed in the sources and never translated.
void tst_TranslationCatalogs::catalogsAreCurrent()
{
    QFETCH(QString, language);
    QFETCH(QString, project);
    QFETCH(QStringList, options);

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(u"greenlight_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(catalogPath(language), copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    // The project file lists the sources as CMake globbed them at configure time.
    const QString projectJson = scratch.filePath(u"project.json"_s);
    QString output;
    QVERIFY2(run(QStringLiteral(GREENLIGHT_CMAKE_COMMAND),
                 {u"-DIN_FILE="_s + QStringLiteral(GREENLIGHT_LUPDATE_PROJECTS_DIR) + u'/' + project
                          + u"_project.cmake"_s,
                  u"-DOUT_FILE="_s + projectJson,
                  u"-P"_s,
                  QStringLiteral(GREENLIGHT_LUPDATE_PROJECT_SCRIPT)},
                 &output),
             qPrintable(output));
    QVERIFY2(run(QStringLiteral(GREENLIGHT_LUPDATE),
                 QStringList{u"-project"_s, projectJson} + options + QStringList{u"-ts"_s, copy},
                 &output),
             qPrintable(output));

    const TsCatalog committed = TsCatalog::read(catalogPath(language));
    const TsCatalog refreshed = TsCatalog::read(copy);
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(refreshed.error.isEmpty(), qPrintable(refreshed.error));
    const QStringList added = missingFrom(refreshed, committed);
    const QStringList removed = missingFrom(committed, refreshed);
    QVERIFY2(added.isEmpty() && removed.isEmpty(),
             qPrintable(u"translations/greenlight_%1.ts is stale; run `cmake --build build "
                        "--target update_translations` and translate.\nIn the sources, not "
                        "in the catalogue:\n  %2\nIn the catalogue, no longer in the "
                        "sources:\n  %3"_s.arg(language, firstFew(added), firstFew(removed))));

    // Same messages, and also the same bytes: the committed file is lupdate's own layout,
    // so a hand edit that lupdate would rewrite shows up here rather than as noise later.
    QFile before(catalogPath(language));
    QFile after(copy);
    QVERIFY(before.open(QIODevice::ReadOnly) && after.open(QIODevice::ReadOnly));
    QVERIFY2(before.readAll() == after.readAll(),
             qPrintable(u"translations/greenlight_%1.ts is not in lupdate's layout; run "
                        "`cmake --build build --target update_translations`"_s.arg(language)));
}

void tst_TranslationCatalogs::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minimumMessages");

    // The counts guard against an empty or truncated catalogue passing trivially.
    QTest::newRow("de") << u"de"_s << 1000;
    QTest::newRow("fr") << u"fr"_s << 1000;
    QTest::newRow("en plurals") << u"en"_s << 10;
}

void tst_TranslationCatalogs::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, minimumMessages);

    const TsCatalog catalog = TsCatalog::read(catalogPath(language));
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    QVERIFY2(catalog.messages.size() >= minimumMessages,
             qPrintable(u"only %1 messages"_s.arg(catalog.messages.size())));
    QVERIFY(catalog.language.startsWith(language));

    QStringList problems;
    for (const TsMessage &message : catalog.messages) {
        if (!message.type.isEmpty()) {
            problems << message.type + u": "_s + message.label();
            continue;
        }
        if (message.numerus && message.translations.size() != 2) {
            problems << u"needs 2 plural forms: "_s + message.label();
            continue;
        }
        for (const QString &translation : message.translations) {
            if (translation.isEmpty()) {
                problems << u"empty: "_s + message.label();
                continue;
            }
            if (placeholders(translation) != placeholders(message.source)) {
                problems << u"placeholders %1 instead of %2: %3"_s.arg(
                        placeholders(translation).join(u' '),
                        placeholders(message.source).join(u' '),
                        message.label());
            }
            if ((accelerators(message.source) > 0) != (accelerators(translation) == 1)) {
                problems << u"accelerator (&) lost or doubled in '%1': %2"_s.arg(translation,
                                                                                 message.label());
            }
        }
        // The singular may say "one file"; the plural form must show the number.
        if (message.numerus && !message.translations.constLast().contains(u"%n"_s)
            && !message.translations.constLast().contains(u"%Ln"_s))
            problems << u"the plural form drops %n: "_s + message.label();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in greenlight_%2.ts:\n  %3"_s.arg(problems.size())
                                .arg(language, firstFew(problems))));
}

void tst_TranslationCatalogs::translationsAreNotEnglishCopies_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
}

// Some messages rightly read the same in every language ("%1: %2", "SBOM", "Release"); a
// catalogue where many do was filled by copying the English.
void tst_TranslationCatalogs::translationsAreNotEnglishCopies()
{
    QFETCH(QString, language);
    const TsCatalog catalog = TsCatalog::read(catalogPath(language));
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    static const QRegularExpression word(u"[A-Za-z]{4,}"_s);
    int sentences = 0;
    QStringList copies;
    for (const TsMessage &message : catalog.messages) {
        // Only real sentences: at least four words of letters.
        int words = 0;
        for (auto it = word.globalMatch(message.source); it.hasNext(); it.next())
            ++words;
        if (words < 4)
            continue;
        ++sentences;
        if (message.translations.contains(message.source))
            copies << message.label();
    }
    QVERIFY(sentences > 500);
    QVERIFY2(copies.size() * 50 <= sentences,
             qPrintable(u"%1 of %2 sentences are left in English:\n  %3"_s.arg(copies.size())
                                .arg(sentences)
                                .arg(firstFew(copies))));
}

QTEST_GUILESS_MAIN(tst_TranslationCatalogs)
#include "tst_TranslationCatalogs.moc"
