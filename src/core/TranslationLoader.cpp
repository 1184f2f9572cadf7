#include "TranslationLoader.h"

#include "LaunchOptions.h"

#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

const QString OwnTranslationsDirectory = u":/appkeys/translations"_s;
const QString SourceLanguage = u"en"_s;
const QStringList TranslatedLanguages = {u"de"_s, u"es"_s};
/// Each language by its own name, as its speakers look for it in a list.
const QHash<QString, QString> Autonyms = {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"es"_s, u"español"_s}};

/// The ISO 639 code of a language or locale name ("de", "de_AT", "de-AT"); empty when it names no language.
QString languageCodeOf(const QString& name)
{
    const QLocale locale(name);
    if (locale.language() == QLocale::C)
        return {};
    return QLocale::languageToCode(locale.language());
}

/// The first of the user's UI languages that AppKeys speaks; English when none is.
QString preferredSystemLanguage()
{
    for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
        const QString code = languageCodeOf(uiLanguage);
        if (code == SourceLanguage || TranslatedLanguages.contains(code))
            return code;
    }
    return SourceLanguage;
}

QString languageList()
{
    QStringList names;
    for (const QString& code : TranslationLoader::supportedLanguages())
        names.append(u"%1 (%2)"_s.arg(code, Autonyms.value(code)));
    return names.join(u", "_s);
}

QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (const QPointer<QTranslator>& translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

bool installTranslator(const QString& fileName, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslators().append(translator);
    return true;
}

Status installTranslators(const QString& code)
{
    removeInstalledTranslators();
    // English has a file too: the plural forms of its %n texts.
    if (!installTranslator(u"appkeys_"_s + code, OwnTranslationsDirectory))
        return Error{TranslationLoader::tr("The %1 translation is missing from this build of AppKeys.")
                         .arg(Autonyms.value(code)),
                     TranslationLoader::tr("Rebuild AppKeys; its translations are compiled into the program.")};
    if (code == SourceLanguage)
        return {};
    // Without qt6-translations-l10n, Qt's own buttons stay English while AppKeys' texts are translated: a
    // recommended package's absence, not an error. Likewise QtKeychain, which has German but no Spanish.
    installTranslator(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installTranslator(u"qtkeychain_"_s + code, QStringLiteral(APPKEYS_QTKEYCHAIN_TRANSLATIONS_DIR));
    return {};
}

/// Dates and numbers follow the chosen language too; a system locale of the same language keeps its country
/// (de_AT stays Austrian).
void useLocaleOf(const QString& code)
{
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageCodeOf(system.name()) == code ? system : QLocale(code));
}

} // namespace

QStringList TranslationLoader::supportedLanguages()
{
    return QStringList{SourceLanguage} + TranslatedLanguages;
}

Status TranslationLoader::install(const std::optional<QString>& language)
{
    const QString code = language ? languageCodeOf(*language) : preferredSystemLanguage();
    if (supportedLanguages().contains(code)) {
        if (language)
            useLocaleOf(code);
        return installTranslators(code);
    }
    if (const Status installed = installTranslators(preferredSystemLanguage()); !installed)
        return installed;
    const QString choices = tr("Choose one of: %1.").arg(languageList());
    if (language->isEmpty())
        return Error{tr("--%1 needs a language.").arg(QLatin1String(LaunchOptions::LanguageOption)), choices};
    return Error{tr("AppKeys does not speak the language “%1”.").arg(*language), choices};
}

} // namespace AppKeys
