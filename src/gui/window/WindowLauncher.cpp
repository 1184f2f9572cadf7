#include "WindowLauncher.h"

#include "AppSettings.h"
#include "ApplicationIdentity.h"
#include "DatabasePasswordDialog.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistryConnector.h"
#include "RegistrySession.h"
#include "SystemClock.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
int cannotStart(const Error& error)
{
    QMessageBox::critical(nullptr, QApplication::translate("AppKeys::WindowLauncher", "AppKeys cannot start"),
                          error.text());
    return 1;
}
} // namespace

int WindowLauncher::run(const QStringList& arguments)
{
    applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(u"io.github.appkeys.AppKeys"_s);
    QApplication::setWindowIcon(QIcon(u":/appkeys/icons/appkeys.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("AppKeys::WindowLauncher", "Register apps, scope them and issue their credentials."));
    const QCommandLineOption database(
        u"database"_s,
        QApplication::translate("AppKeys::WindowLauncher",
                                "The registry to open: an SQLite file path, sqlite:///absolute/path or "
                                "postgresql://role@host:port/database (default: the one in the Settings, else %1).")
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
    parser.process(QStringList{QApplication::applicationFilePath()} + arguments);

    const auto mode = parser.isSet(readOnly) ? Database::AccessMode::ReadOnly : Database::AccessMode::ReadWrite;
    const QString location = parser.isSet(database) ? parser.value(database) : AppSettings().registryLocation();
    const auto secrets = std::make_shared<KeychainSecretStore>();
    RegistryConnector connector(secrets);
    auto opened = DatabasePasswordDialog::openAsking(nullptr, connector, location, mode);
    if (!opened)
        return cannotStart(opened.error());
    auto session = RegistrySession::fromDatabase(std::move(opened).value(),
                                                 QString::fromLatin1(PermissionCatalogue::DefaultResourcePath), secrets,
                                                 std::make_shared<SystemClock>());
    if (!session)
        return cannotStart(session.error());
    MainWindow window(std::move(session).value());
    window.show();
    return QApplication::exec();
}

} // namespace AppKeys
