#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace greenlight::Translations {

namespace {

// Owned by the application object; remembered so that a second install() replaces them.
QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

void removeInstalled()
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

void installFile(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory)) {
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
    installed() << translator;
}

} // namespace

QStringList languages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString nativeName(const QString &code)
{
    // Each language named in itself, so a user who cannot read the current one finds theirs.
    if (code == u"de")
        return u"Deutsch"_s;
    if (code == u"fr")
        return u"Français"_s;
    return u"English"_s;
}

QString resolve(const QString &code)
{
    if (languages().contains(code))
        return code;
    if (!code.isEmpty())
        return u"en"_s;
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString language = QLocale(uiLanguage).name().section(u'_', 0, 0);
        if (languages().contains(language))
            return language;
    }
    return u"en"_s;
}

QString install(const QString &code)
{
    const QString language = resolve(code);
    removeInstalled();
    installFile(u"greenlight_"_s + language, u":/i18n"_s);
    if (language != u"en")
        installFile(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

} // namespace greenlight::Translations
