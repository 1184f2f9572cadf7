#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace AppKeys {

enum class CredentialKind
{
    Secret, ///< appsec_...
    ApiKey  ///< appkey_...
};

/// The exact formats of PRODUCT.md section 3: prefix + 40 base62 characters + 6-character base62 CRC-32.
class CredentialFormat
{
public:
    static constexpr int RandomPartLength = 40;
    static constexpr int ChecksumLength = 6;
    static constexpr int PrefixLength = 7;
    static constexpr int TotalLength = PrefixLength + RandomPartLength + ChecksumLength; // 53

    static QString prefix(CredentialKind kind);
    /// A new token drawn from the OS CSPRNG (QRandomGenerator::system()).
    static QString generate(CredentialKind kind);
    /// Prefix, length, alphabet and checksum all match.
    static bool isWellFormed(QStringView token, CredentialKind kind);
    /// The 6-character base62 CRC-32 (zlib's) of the 40 random characters.
    static QString checksum(QStringView randomPart);
    /// What may be shown and stored: prefix + "…" + the last 4 characters.
    static QString hint(QStringView token);
    /// Lowercase hex SHA-256 of the UTF-8 token: the only form the database keeps.
    static QString sha256Hex(QStringView token);
    /// What the audit trail records of an issued secret or key: the SHA-256 (hex) of its stored sha256Hex(). It names
    /// exactly one credential, yet tells a reader of the trail nothing that the registry's hash columns hold, which a
    /// PostgreSQL support role may not read.
    static QString fingerprint(QStringView storedSha256Hex);
    /// The same SHA-256 as 32 raw bytes, the form the verification service's index keeps.
    static QByteArray sha256(QStringView token);
    /// A random UUID (version 4), canonical lowercase with hyphens.
    static QString generateApplicationId();
};

} // namespace AppKeys
