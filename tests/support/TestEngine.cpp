#include "TestEngine.h"

#include "PostgresTestServer.h"

using namespace Qt::StringLiterals;

namespace AppKeys::TestEngine {

SqlDialect::Engine current()
{
    return qEnvironmentVariable("APPKEYS_TEST_ENGINE") == u"postgresql"_s ? SqlDialect::Engine::Postgres
                                                                          : SqlDialect::Engine::Sqlite;
}

QString name()
{
    return current() == SqlDialect::Engine::Postgres ? u"PostgreSQL"_s : u"SQLite"_s;
}

QString unavailableReason()
{
    if (current() == SqlDialect::Engine::Sqlite)
        return {};
    return PostgresTestServer::unavailableReason();
}

} // namespace AppKeys::TestEngine
