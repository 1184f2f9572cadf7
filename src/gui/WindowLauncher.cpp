#include "WindowLauncher.h"

#include "ApplicationIdentity.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistrySession.h"
#include "SystemClock.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AppKeys {

int WindowLauncher::run(QApplication& application)
{
    applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(u"io.github.appkeys.AppKeys"_s);
    QApplication::setWindowIcon(QIcon(u":/appkeys/icons/appkeys.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("AppKeys::WindowLauncher", "Register apps, scope them and issue their credentials."));
    const QCommandLineOption database(
        u"database"_s,
        QApplication::translate("AppKeys::WindowLauncher", "The registry to open (default: %1).")
            .arg(Database::defaultSqlitePath()),
        u"location"_s);
    const QCommandLineOption readOnly(
        u"read-only"_s, QApplication::translate("AppKeys::WindowLauncher",
                                                "Open for support staff: nothing can be changed or revealed."));
    // main() has already put the window into this language; the option is declared so that it is not an error here.
    const QCommandLineOption language(
        QString::fromLatin1(TranslationLoader::LanguageOptionName),
        QApplication::translate("AppKeys::WindowLauncher", "The language of the window: %1 (default: the system's).")
            .arg(TranslationLoader::supportedLanguages().join(u", "_s)),
        u"language"_s);
    parser.addOptions({database, readOnly, language});
    parser.addHelpOption();
    parser.process(application);

    const auto mode = parser.isSet(readOnly) ? Database::AccessMode::ReadOnly : Database::AccessMode::ReadWrite;
    auto session = RegistrySession::open(parser.value(database), mode,
                                         QString::fromLatin1(PermissionCatalogue::DefaultResourcePath),
                                         std::make_shared<KeychainSecretStore>(), std::make_shared<SystemClock>());
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("AppKeys::WindowLauncher", "AppKeys cannot start"),
                              session.error().text());
        return 1;
    }
    MainWindow window(std::move(session).value());
    window.show();
    return QApplication::exec();
}

} // namespace AppKeys
