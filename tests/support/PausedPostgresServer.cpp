#include "PausedPostgresServer.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The parent of a server process: the postmaster (the fourth field of /proc/PID/stat, after the name in brackets).
pid_t parentOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? static_cast<pid_t>(fields.at(1).toLongLong()) : 0;
}

} // namespace

QString PausedPostgresServer::unavailableReason(const QSqlDatabase& connection)
{
    QString error;
    const pid_t postmaster = postmasterOf(connection, error);
    // Signal 0 checks the right to signal it, and sends nothing.
    if (postmaster > 0 && ::kill(postmaster, 0) != 0)
        return u"Cannot pause the PostgreSQL server (%1): run the tests as root, as scripts/test does."_s.arg(
            QString::fromLocal8Bit(std::strerror(errno)));
    return error;
}

PausedPostgresServer::PausedPostgresServer(const QSqlDatabase& connection) : m_port(connection.port())
{
    const pid_t postmaster = postmasterOf(connection, m_error);
    if (postmaster <= 0)
        return;
    if (::kill(postmaster, SIGSTOP) != 0) {
        m_error = u"Could not pause the server: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_postmaster = postmaster;
}

pid_t PausedPostgresServer::postmasterOf(const QSqlDatabase& connection, QString& error)
{
    QSqlQuery query(connection);
    if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next()) {
        error = u"Could not ask the server its process: %1"_s.arg(query.lastError().text());
        return 0;
    }
    const pid_t postmaster = parentOf(query.value(0).toLongLong());
    if (postmaster <= 1)
        error = u"Could not find the server's postmaster in /proc."_s;
    return postmaster > 1 ? postmaster : 0;
}

PausedPostgresServer::~PausedPostgresServer()
{
    if (m_postmaster > 0)
        ::kill(m_postmaster, SIGCONT);
}

int PausedPostgresServer::waitingConnections() const
{
    QFile table(u"/proc/net/tcp"_s);
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    // "sl local_address rem_address st tx_queue:rx_queue ...": 127.0.0.1 is 0100007F, LISTEN is 0A, and a listening
    // socket's rx_queue is its queue of accepted connections.
    const QByteArray listening = u"0100007F:%1"_s.arg(m_port, 4, 16, QChar(u'0')).toUpper().toLatin1();
    table.readLine(); // the header
    while (!table.atEnd()) {
        const QList<QByteArray> fields = table.readLine().simplified().split(' ');
        if (fields.size() > 4 && fields.at(1) == listening && fields.at(3) == "0A")
            return fields.at(4).split(':').value(1).toInt(nullptr, 16);
    }
    return -1;
}

} // namespace AppKeys
