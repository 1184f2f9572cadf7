#include "RegistryChangeWatcher.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

RegistryChangeWatcher::RegistryChangeWatcher(std::shared_ptr<Database> database, QObject* parent)
    : QObject(parent), m_database(std::move(database))
{
}

RegistryChangeWatcher::~RegistryChangeWatcher()
{
    if (QSqlDriver* driver = m_database->connection().driver();
        driver && !driver->subscribedToNotifications().isEmpty())
        driver->unsubscribeFromNotification(QString::fromLatin1(SqlDialect::ChangeChannel));
}

Status RegistryChangeWatcher::start()
{
    if (m_database->dialect().engine() == SqlDialect::Engine::Postgres) {
        if (Status listening = listen(); !listening)
            return listening;
        connect(&m_timer, &QTimer::timeout, this, &RegistryChangeWatcher::changed);
        m_timer.start(BackstopInterval);
        return {};
    }
    connect(&m_timer, &QTimer::timeout, this, &RegistryChangeWatcher::pollDataVersion);
    m_timer.start(PollInterval);
    // The version as it is now, which later commits by other connections change.
    pollDataVersion();
    return {};
}

Status RegistryChangeWatcher::listen()
{
    QSqlDriver* driver = m_database->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(SqlDialect::ChangeChannel)))
        return Error{tr("Could not listen for changes to the registry %1.").arg(m_database->location()),
                     driver->lastError().text()};
    connect(driver, &QSqlDriver::notification, this, [this](const QString& channel) {
        if (channel == QLatin1StringView(SqlDialect::ChangeChannel))
            emit changed();
    });
    return {};
}

void RegistryChangeWatcher::pollDataVersion()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next()) {
        // The reader that follows finds out what is wrong, and says so.
        emit changed();
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    if (version != m_dataVersion && m_dataVersion >= 0)
        emit changed();
    m_dataVersion = version;
}

} // namespace AppKeys
