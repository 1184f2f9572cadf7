// The credential format's parser (isWellFormed), checksum and hint (CredentialFormat) on any text.
#include "CredentialFormat.h"
#include "FuzzInput.h"

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

const QString Base62 = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;

/// 40 base62 characters made from the input's bytes, for a token that must be well formed.
QString randomPartFrom(const QByteArray& bytes)
{
    QString part;
    for (int index = 0; index < CredentialFormat::RandomPartLength; ++index)
        part += Base62.at(bytes.isEmpty() ? 0 : quint8(bytes.at(index % bytes.size())) % Base62.size());
    return part;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const FuzzInput input(data, size);
    const QString token = input.text();

    const bool secret = CredentialFormat::isWellFormed(token, CredentialKind::Secret);
    const bool apiKey = CredentialFormat::isWellFormed(token, CredentialKind::ApiKey);
    fuzzCheck(!(secret && apiKey), "a token is a secret or a key, not both");
    if (secret || apiKey) {
        fuzzCheck(token.size() == CredentialFormat::TotalLength, "a well-formed token has 53 characters");
        fuzzCheck(
            CredentialFormat::checksum(token.mid(CredentialFormat::PrefixLength, CredentialFormat::RandomPartLength)) ==
                token.right(CredentialFormat::ChecksumLength),
            "a well-formed token ends in its checksum");
        fuzzCheck(CredentialFormat::hint(token) == token.left(CredentialFormat::PrefixLength) + u"…"_s + token.right(4),
                  "the hint is the prefix and the last four characters");
    }
    fuzzCheck(CredentialFormat::checksum(token).size() == CredentialFormat::ChecksumLength,
              "a checksum has six characters");
    CredentialFormat::hint(token);
    fuzzCheck(CredentialFormat::sha256Hex(token).size() == 64, "a SHA-256 is 64 hex digits");

    const QString randomPart = randomPartFrom(input.bytes());
    const QString built =
        CredentialFormat::prefix(CredentialKind::ApiKey) + randomPart + CredentialFormat::checksum(randomPart);
    fuzzCheck(CredentialFormat::isWellFormed(built, CredentialKind::ApiKey), "a built key is well formed");
    if (token.size() == CredentialFormat::TotalLength && token != built)
        fuzzCheck(!CredentialFormat::isWellFormed(token.left(CredentialFormat::TotalLength - 1) + u'!',
                                                  CredentialKind::ApiKey),
                  "a token with a character outside base62 is not well formed");
    return 0;
}
