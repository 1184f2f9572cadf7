#pragma once

#include <QByteArrayView>
#include <cstdint>

namespace AppKeys {

/// CRC-32 as zlib computes it (reflected polynomial 0xEDB88320), so that any scanner can check our
/// tokens with the crc32() it already has. Qt's qChecksum is CRC-16 and does not fit.
std::uint32_t crc32(QByteArrayView data);

} // namespace AppKeys
