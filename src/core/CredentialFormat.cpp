#include "CredentialFormat.h"

#include "Crc32.h"
#include "PlaintextWipe.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
constexpr QLatin1StringView Base62Alphabet{"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"};
constexpr int Base62 = 62;
// The largest multiple of 62 that fits in a byte: bytes at or above it are drawn again, so that
// every character is exactly equally likely (a plain modulo would favour the first characters).
constexpr int AcceptedByteLimit = (256 / Base62) * Base62;

bool isBase62(QChar c)
{
    return Base62Alphabet.contains(c);
}

QString randomBase62(int length)
{
    QString text;
    text.reserve(length);
    auto* random = QRandomGenerator::system();
    while (text.size() < length) {
        const auto byte = static_cast<int>(random->generate() & 0xFFU);
        if (byte < AcceptedByteLimit)
            text.append(Base62Alphabet.at(byte % Base62));
    }
    return text;
}
} // namespace

QString CredentialFormat::prefix(CredentialKind kind)
{
    return kind == CredentialKind::Secret ? u"appsec_"_s : u"appkey_"_s;
}

QString CredentialFormat::generate(CredentialKind kind)
{
    const QString randomPart = randomBase62(RandomPartLength);
    return prefix(kind) + randomPart + checksum(randomPart);
}

bool CredentialFormat::isWellFormed(QStringView token, CredentialKind kind)
{
    if (token.size() != TotalLength || !token.startsWith(prefix(kind)))
        return false;
    const QStringView body = token.mid(PrefixLength);
    if (!std::all_of(body.begin(), body.end(), isBase62))
        return false;
    return checksum(body.first(RandomPartLength)) == body.last(ChecksumLength);
}

QString CredentialFormat::checksum(QStringView randomPart)
{
    std::uint32_t value = crc32(randomPart.toLatin1());
    QString digits(ChecksumLength, u'0');
    for (int position = ChecksumLength - 1; position >= 0 && value != 0; --position) {
        digits[position] = Base62Alphabet.at(static_cast<qsizetype>(value % Base62));
        value /= Base62;
    }
    return digits;
}

QString CredentialFormat::hint(QStringView token)
{
    return token.first(std::min<qsizetype>(PrefixLength, token.size())).toString() + u"…"_s +
           token.last(std::min<qsizetype>(4, token.size())).toString();
}

QString CredentialFormat::sha256Hex(QStringView token)
{
    return QString::fromLatin1(sha256(token).toHex());
}

QString CredentialFormat::fingerprint(QStringView storedSha256Hex)
{
    return sha256Hex(storedSha256Hex);
}

QByteArray CredentialFormat::sha256(QStringView token)
{
    QByteArray plaintext = token.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(plaintext, QCryptographicHash::Sha256);
    PlaintextWipe::wipe(plaintext);
    return digest;
}

QString CredentialFormat::generateApplicationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace AppKeys
