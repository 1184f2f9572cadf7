// The process tst_crash_consistency kills: opens the registry given on the command line with the real keychain
// (KeychainSecretStore) and performs exactly one action through the services, as the window or the command line
// would. APPKEYS_TEST_HOOK (core/TestHook) makes it die with SIGKILL at a chosen step, or fail a COMMIT. It prints
// what it issued or changed (ids, never a secret) and exits 0, or prints the error and exits 1 (2: wrong usage).
// Its clock is tests/support's FixedClock, as the test's own services have. On PostgreSQL the admin's password comes
// from the test server's environment (scripts/with-postgres), never from the command line.
//   appkeys_crash_actor LOCATION create NAME | generate APP | rotate APP KEY | regenerate APP | revoke APP KEY |
//                       delete APP
#include "AppService.h"
#include "CredentialService.h"
#include "Database.h"
#include "FixedClock.h"
#include "KeyRules.h"
#include "KeychainSecretStore.h"
#include "PermissionCatalogue.h"
#include "SampleApps.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const char* const Usage = "usage: appkeys_crash_actor LOCATION create NAME | generate APP | rotate APP KEY | "
                          "regenerate APP | revoke APP KEY | delete APP\n";

/// The services the action runs on, on one registry and the real keychain.
struct Services
{
    std::unique_ptr<AppService> apps;
    std::unique_ptr<CredentialService> credentials;
};

void finish(const QString& line)
{
    QTextStream(stdout) << line << Qt::endl;
    QCoreApplication::exit(0);
}

void fail(const Error& error)
{
    QTextStream(stderr) << error.text() << Qt::endl;
    QCoreApplication::exit(1);
}

void reportStatus(Status status, const QString& line)
{
    if (!status)
        return fail(status.error());
    finish(line);
}

Result<Services> openServices(const QString& location)
{
    const Result<std::shared_ptr<Database>> opened =
        Database::open(location, Database::AccessMode::ReadWrite,
                       qEnvironmentVariable("APPKEYS_TEST_POSTGRES_ADMIN_PASSWORD"), Database::IfMissing::Refuse);
    if (!opened)
        return opened.error();
    Result<PermissionCatalogue> catalogue =
        PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    if (!catalogue)
        return catalogue.error();
    auto clock = std::make_shared<FixedClock>();
    auto keychain = std::make_shared<KeychainSecretStore>();
    Services services;
    services.apps = std::make_unique<AppService>(
        opened.value(), keychain, std::make_shared<const PermissionCatalogue>(std::move(catalogue).value()), clock);
    services.credentials = std::make_unique<CredentialService>(opened.value(), keychain, clock);
    return services;
}

/// Starts the action named by `arguments` (without the location); false when they name none.
bool start(const Services& services, const QStringList& arguments)
{
    const QString action = arguments.value(0);
    const QString target = arguments.value(1);
    const QString keyId = arguments.value(2);
    if (action == u"create"_s && arguments.size() == 2) {
        services.apps->createApp(SampleApps::details(target), SampleApps::scope(), [](Result<IssuedApp> app) {
            if (!app)
                return fail(app.error());
            finish(u"created "_s + app.value().applicationId);
        });
    } else if (action == u"generate"_s && arguments.size() == 2) {
        services.credentials->generateApiKey(target, KeyRules::DefaultLifetimeDays, [](Result<IssuedKey> key) {
            if (!key)
                return fail(key.error());
            finish(u"generated "_s + key.value().keyId);
        });
    } else if (action == u"rotate"_s && arguments.size() == 3) {
        services.credentials->rotateKey(target, keyId, KeyRules::DefaultLifetimeDays,
                                        KeyRules::DefaultRotationOverlapDays, [](Result<IssuedKey> key) {
                                            if (!key)
                                                return fail(key.error());
                                            finish(u"rotated "_s + key.value().keyId);
                                        });
    } else if (action == u"regenerate"_s && arguments.size() == 2) {
        services.credentials->regenerateSecret(target, [](Result<IssuedApp> app) {
            if (!app)
                return fail(app.error());
            finish(u"regenerated "_s + app.value().applicationId);
        });
    } else if (action == u"revoke"_s && arguments.size() == 3) {
        services.credentials->revokeKey(target, keyId,
                                        [keyId](Status revoked) { reportStatus(revoked, u"revoked "_s + keyId); });
    } else if (action == u"delete"_s && arguments.size() == 2) {
        services.apps->deleteApp(target, [target](Status deleted) { reportStatus(deleted, u"deleted "_s + target); });
    } else {
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() < 3) {
        std::fputs(Usage, stderr);
        return 2;
    }
    const Result<Services> services = openServices(arguments.at(1));
    if (!services) {
        QTextStream(stderr) << services.error().text() << Qt::endl;
        return 1;
    }
    // Started from the event loop, so that an answer given before the call returns (a refused input) ends it too.
    QTimer::singleShot(0, &application, [&services, &arguments] {
        if (!start(services.value(), arguments.mid(2))) {
            std::fputs(Usage, stderr);
            QCoreApplication::exit(2);
        }
    });
    return QCoreApplication::exec();
}
