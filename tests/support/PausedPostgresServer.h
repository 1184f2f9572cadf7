#pragma once

#include <QSqlDatabase>
#include <QString>

#include <sys/types.h>

namespace AppKeys {

/// The test server's postmaster stopped (SIGSTOP) for as long as this lives, and let go on (SIGCONT) after: the
/// connections made before keep answering, each having a server process of its own, while a new one is accepted by
/// the kernel and then waits in the listening socket's queue, as with a server that stopped answering. Signalling the
/// server's processes takes root, as scripts/test runs (unavailableReason()). (scripts/with-postgres lets a
/// server go on before it stops it, should a test end without this destructor.)
class PausedPostgresServer
{
public:
    /// Empty when the server of `connection` (open) can be paused from here; otherwise why not, for a QSKIP.
    static QString unavailableReason(const QSqlDatabase& connection);
    /// Pauses the server of `connection`, which must be open.
    explicit PausedPostgresServer(const QSqlDatabase& connection);
    ~PausedPostgresServer();
    PausedPostgresServer(const PausedPostgresServer&) = delete;
    PausedPostgresServer& operator=(const PausedPostgresServer&) = delete;

    /// Empty once paused; otherwise why not.
    QString errorText() const { return m_error; }
    /// How many connections the kernel accepted for the server and wait for it (the queue of its listening socket on
    /// 127.0.0.1, in /proc/net/tcp); -1 when that socket is not found.
    int waitingConnections() const;

private:
    /// The server's postmaster, the parent of the connection's server process; 0 with `error` set when not found.
    static pid_t postmasterOf(const QSqlDatabase& connection, QString& error);

    pid_t m_postmaster = 0;
    int m_port = 0;
    QString m_error;
};

} // namespace AppKeys
