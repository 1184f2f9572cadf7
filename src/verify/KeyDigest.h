#pragma once

#include <QByteArray>
#include <array>
#include <cstring>
#include <optional>

namespace AppKeys {

/// A key's SHA-256 as 32 raw bytes: the index's key, half the size of the hex the registry stores.
struct KeyDigest
{
    static constexpr qsizetype Size = 32;
    std::array<unsigned char, Size> bytes{};

    /// From raw bytes (CredentialFormat::sha256) or lowercase hex (KeyRecord::keySha256); nullopt for anything that
    /// is not a SHA-256.
    static std::optional<KeyDigest> fromRaw(const QByteArray& raw);
    static std::optional<KeyDigest> fromHex(const QString& hex);

    bool operator==(const KeyDigest& other) const { return bytes == other.bytes; }

    /// For std::unordered_map: a SHA-256 is already uniformly distributed, so its first bytes are a hash.
    struct Hash
    {
        std::size_t operator()(const KeyDigest& digest) const noexcept
        {
            std::size_t hash = 0;
            std::memcpy(&hash, digest.bytes.data(), sizeof hash);
            return hash;
        }
    };
};

} // namespace AppKeys
