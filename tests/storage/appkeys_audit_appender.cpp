// A second writer for tst_audit_log: opens the registry given on the command line, says "ready", waits for "go" on
// stdin, then records COUNT secret reads of the app, each in its own write transaction, as an AppKeys window would.
// On PostgreSQL the admin's password comes from the test server's environment (scripts/with-postgres), never from
// the command line.
//   appkeys_audit_appender LOCATION APPLICATION_ID COUNT
#include "AppRepository.h"
#include "Database.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace AppKeys;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: appkeys_audit_appender LOCATION APPLICATION_ID COUNT\n", stderr);
        return 2;
    }
    const QString applicationId = arguments.at(2);
    const int count = arguments.at(3).toInt();

    const Result<std::shared_ptr<Database>> opened = Database::open(
        arguments.at(1), Database::AccessMode::ReadWrite, qEnvironmentVariable("APPKEYS_TEST_POSTGRES_ADMIN_PASSWORD"));
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
        if (const Status recorded = repository.recordSecretRead(applicationId); !recorded) {
            std::fprintf(stderr, "entry %d: %s\n", appended + 1, qPrintable(recorded.error().text()));
            return 1;
        }
    }
    out << "appended " << count << Qt::endl;
    return 0;
}
