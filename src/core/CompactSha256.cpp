#include "CompactSha256.h"

#include <QCryptographicHash>

#include <algorithm>

namespace AppKeys {

namespace {

int lowercaseHexValue(QChar digit)
{
    const char16_t code = digit.unicode();
    if (code >= u'0' && code <= u'9')
        return code - u'0';
    if (code >= u'a' && code <= u'f')
        return code - u'a' + 10;
    return -1;
}

bool isLowercaseHex(const QString& text, qsizetype length)
{
    return text.size() == length &&
           std::all_of(text.cbegin(), text.cend(), [](QChar digit) { return lowercaseHexValue(digit) >= 0; });
}

} // namespace

CompactSha256 CompactSha256::of(const QString& text)
{
    CompactSha256 compact;
    if (isLowercaseHex(text, 2 * qsizetype(compact.m_bytes.size()))) {
        compact.m_isDigits = true;
        for (size_t i = 0; i < compact.m_bytes.size(); ++i)
            compact.m_bytes[i] = quint8(lowercaseHexValue(text[2 * i]) << 4 | lowercaseHexValue(text[2 * i + 1]));
        return compact;
    }
    // The UTF-16 code units as they are: converting to UTF-8 would make every lone surrogate the same character.
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char*>(text.utf16()), text.size() * qsizetype(sizeof(char16_t))),
        QCryptographicHash::Sha256);
    std::copy(digest.cbegin(), digest.cend(), compact.m_bytes.begin());
    return compact;
}

} // namespace AppKeys
