#include "KeyDigest.h"

#include <QString>

namespace AppKeys {

std::optional<KeyDigest> KeyDigest::fromRaw(const QByteArray& raw)
{
    if (raw.size() != Size)
        return std::nullopt;
    KeyDigest digest;
    std::memcpy(digest.bytes.data(), raw.constData(), Size);
    return digest;
}

std::optional<KeyDigest> KeyDigest::fromHex(const QString& hex)
{
    if (hex.size() != 2 * Size)
        return std::nullopt;
    return fromRaw(QByteArray::fromHex(hex.toLatin1()));
}

} // namespace AppKeys
