#pragma once

#include <QString>

#include <array>

namespace AppKeys {

/// A SHA-256 that the registry holds as text (64 lowercase hex digits), kept in the 32 bytes the digits stand for:
/// a list of every app (AppSummary) compares hashes but never shows them, and the text takes 150 bytes of heap each.
/// Two are equal exactly when their texts are (but for a SHA-256 collision): a text of any other form, as a damaged or
/// hostile registry may hold, is kept as the SHA-256 of the text itself, marked apart from digits.
class CompactSha256
{
public:
    CompactSha256() = default;
    static CompactSha256 of(const QString& text);

    bool operator==(const CompactSha256& other) const = default;

private:
    std::array<quint8, 32> m_bytes{};
    bool m_isDigits = false; ///< m_bytes are what the text's digits say, not the SHA-256 of the text
};

} // namespace AppKeys
