#include "WindowLauncher.h"

#include "ApplicationIdentity.h"
#include "AuditCheckpointRecorder.h"
#include "DatabasePasswordDialog.h"
#include "KeychainSecretStore.h"
#include "LaunchOptions.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistryConnector.h"
#include "RegistrySession.h"
#include "SystemClock.h"
#include "TerminalOutput.h"
#include "TranslationLoader.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The exit status of a command line that cannot be used, as for a command (CommandLine::BadUsage).
constexpr int BadUsage = 2;

/// Through TerminalOutput, as the command line writes: an option's text is the user's, but shown as it is.
void writeToStandardError(const QString& text)
{
    TerminalOutput standardError(STDERR_FILENO);
    QTextStream(&standardError) << u"appkeys: "_s << text << u'\n';
}

/// A language AppKeys does not speak is no reason not to start: the window speaks the system's language instead.
void installLanguage(const std::optional<QString>& language)
{
    if (const Status installed = TranslationLoader::install(language); !installed)
        writeToStandardError(WindowLauncher::tr("warning: %1").arg(installed.error().text()));
}

int badUsage(const Error& error)
{
    writeToStandardError(error.message + u'\n' + WindowLauncher::tr("Try 'appkeys --help'."));
    return BadUsage;
}

int cannotStart(const Error& error)
{
    QMessageBox::critical(nullptr, WindowLauncher::tr("AppKeys cannot start"), error.text());
    return 1;
}

/// What the user should know although the registry opened (Database::warnings), over the window, not blocking it.
void showWarnings(const QStringList& warnings, QWidget* window)
{
    auto* box = new QMessageBox(QMessageBox::Warning, WindowLauncher::tr("The registry is not private"),
                                warnings.join(u"\n\n"_s), QMessageBox::Ok, window);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int showWindow(const LaunchOptions& options)
{
    const auto mode = options.readOnly ? Database::AccessMode::ReadOnly : Database::AccessMode::ReadWrite;
    const auto secrets = KeychainSecretStore::configured();
    RegistryConnector connector(secrets);
    auto opened = DatabasePasswordDialog::openAsking(nullptr, connector, options.registryLocation(), mode);
    if (!opened)
        return cannotStart(opened.error());
    const QStringList warnings = opened.value()->warnings();
    auto session = RegistrySession::fromDatabase(std::move(opened).value(),
                                                 QString::fromLatin1(PermissionCatalogue::DefaultResourcePath), secrets,
                                                 std::make_shared<SystemClock>());
    if (!session)
        return cannotStart(session.error());
    // Each change the window commits leaves a checkpoint of the audit trail's head; without the keychain, the window
    // still opens (its own use of the keychain reports the problem), and the next checkpoint catches up.
    AuditCheckpointRecorder::attach(session.value().database, secrets, [](const Status&) {});
    MainWindow window(std::move(session).value());
    window.show();
    if (!warnings.isEmpty())
        showWarnings(warnings, &window);
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
