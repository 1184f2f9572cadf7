#include "ListenAddress.h"

#include <boost/asio/ip/address.hpp>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

bool isIpAddress(const QString& host)
{
    boost::system::error_code error;
    boost::asio::ip::make_address(host.toStdString(), error);
    return !error;
}

} // namespace

Result<ListenAddress> ListenAddress::parse(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const Error wrongForm{tr("bad address “%1” for '--listen': use HOST:PORT, for example 127.0.0.1:%2 or [::1]:%2")
                              .arg(text)
                              .arg(DefaultPort),
                          {}};
    if (colon < 0)
        return wrongForm;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    else if (host.contains(u':'))
        return wrongForm; // an IPv6 address needs its brackets, or its last group would be taken for the port
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    if (!isIpAddress(host))
        return wrongForm;
    bool isNumber = false;
    const uint port = text.mid(colon + 1).toUInt(&isNumber);
    if (!isNumber || port > 65535)
        return Error{tr("bad port “%1” for '--listen': use a number from 0 to 65535").arg(text.mid(colon + 1)), {}};
    return ListenAddress{host, quint16(port)};
}

QString ListenAddress::toString() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

} // namespace AppKeys
