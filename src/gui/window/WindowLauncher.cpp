#include "WindowLauncher.h"

#include "ApplicationIdentity.h"
#include "DatabasePasswordDialog.h"
#include "KeychainSecretStore.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistryConnector.h"
#include "RegistrySession.h"
#include "SystemClock.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The exit status of a command line that cannot be used, as for a command (CommandLine::BadUsage).
constexpr int BadUsage = 2;

/// A language AppKeys does not speak is no reason not to start: the window speaks the system's language instead.
void installLanguage(const std::optional<QString>& language)
{
    if (const Status installed = TranslationLoader::install(language); !installed)
        QTextStream(stderr) << u"appkeys: "_s << WindowLauncher::tr("warning: %1").arg(installed.error().text())
                            << u'\n';
}

int badUsage(const Error& error)
{
    QTextStream(stderr) << u"appkeys: "_s << error.message << u'\n' << WindowLauncher::tr("Try 'appkeys --help'.")
                        << u'\n';
    return BadUsage;
}

int cannotStart(const Error& error)
{
    QMessageBox::critical(nullptr, WindowLauncher::tr("AppKeys cannot start"), error.text());
    return 1;
}

int showWindow(const LaunchOptions& options)
{
    const auto mode = options.readOnly ? Database::AccessMode::ReadOnly : Database::AccessMode::ReadWrite;
    const auto secrets = KeychainSecretStore::configured();
    RegistryConnector connector(secrets);
    auto opened = DatabasePasswordDialog::openAsking(nullptr, connector, options.registryLocation(), mode);
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

} // namespace

int WindowLauncher::run(const QStringList& arguments)
{
    QStringList withoutLanguage = arguments;
    installLanguage(LaunchOptions::takeLanguage(withoutLanguage));
    applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(u"io.github.appkeys.AppKeys"_s);
    QApplication::setWindowIcon(QIcon(u":/appkeys/icons/appkeys.svg"_s));
    const Result<LaunchOptions> options = LaunchOptions::parse(withoutLanguage);
    if (!options)
        return badUsage(options.error());
    return showWindow(options.value());
}

} // namespace AppKeys
