// A second writer for tst_audit_log and tst_storage_postgres: opens the registry given on the command line, says
// "ready", waits for "go" on stdin, then makes COUNT changes, each in its own write transaction, as an AppKeys window
// would: secret reads of the app (reveal), or new apps whose names start with APPLICATION_ID (create). On PostgreSQL
// the admin's password comes from the test server's environment (scripts/with-postgres), never from the command line.
//   appkeys_audit_appender reveal|create LOCATION APPLICATION_ID COUNT
#include "AppRepository.h"
#include "Database.h"
#include "SampleApps.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace AppKeys;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 5 || !QStringList{u"reveal"_s, u"create"_s}.contains(arguments.at(1))) {
        std::fputs("usage: appkeys_audit_appender reveal|create LOCATION APPLICATION_ID COUNT\n", stderr);
        return 2;
    }
    const bool create = arguments.at(1) == u"create"_s;
    const QString applicationId = arguments.at(3);
    const int count = arguments.at(4).toInt();

    const Result<std::shared_ptr<Database>> opened = Database::open(
        arguments.at(2), Database::AccessMode::ReadWrite, qEnvironmentVariable("APPKEYS_TEST_POSTGRES_ADMIN_PASSWORD"));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    AppRepository repository(opened.value());
    QTextStream out(stdout);
    QTextStream in(stdin);
    out << "ready" << Qt::endl;
    if (in.readLine() != u"go"_s)
        return 2;
    for (int appended = 0; appended < count; ++appended) {
        const Status recorded =
            create ? repository.insertApp(SampleApps::record(u"%1 %2"_s.arg(applicationId).arg(appended),
                                                             QDateTime::currentDateTimeUtc()))
                   : repository.recordSecretRead(applicationId);
        if (!recorded) {
            std::fprintf(stderr, "entry %d: %s\n", appended + 1, qPrintable(recorded.error().text()));
            return 1;
        }
    }
    out << "appended " << count << Qt::endl;
    return 0;
}
