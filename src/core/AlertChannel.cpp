#include "AlertChannel.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

QString toStorageString(AlertChannel channel)
{
    return channel == AlertChannel::Webhook ? u"webhook"_s : u"desktop"_s;
}

std::optional<AlertChannel> alertChannelFromStorageString(const QString& text)
{
    if (text == u"webhook"_s)
        return AlertChannel::Webhook;
    if (text == u"desktop"_s)
        return AlertChannel::Desktop;
    return std::nullopt;
}

} // namespace AppKeys
