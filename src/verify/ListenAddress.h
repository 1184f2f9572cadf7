#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace AppKeys {

/// Where `appkeys serve` listens: `--listen HOST:PORT`, HOST an IPv4 address, an IPv6 address in brackets or
/// "localhost", PORT 0 to 65535 (0: any free port, which the service then names).
struct ListenAddress
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::ListenAddress)

public:
    static constexpr quint16 DefaultPort = 8477;

    QString host = QStringLiteral("127.0.0.1"); ///< an IP address, without brackets
    quint16 port = DefaultPort;

    /// An Error (bad usage) naming what is wrong with `text`.
    static Result<ListenAddress> parse(const QString& text);
    /// "127.0.0.1:8477", "[::1]:8477"
    QString toString() const;
};

} // namespace AppKeys
