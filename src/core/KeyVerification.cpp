#include "KeyVerification.h"

#include "CredentialFormat.h"
#include "KeyStatus.h"

#include <algorithm>

namespace AppKeys {

bool KeyVerification::isWellFormed(QStringView token)
{
    return CredentialFormat::isWellFormed(token, CredentialKind::ApiKey);
}

VerificationCode KeyVerification::judge(const KeyRecord& key, bool appActive, const QStringList& granted,
                                        const QStringList& required, const QDateTime& now)
{
    switch (KeyStatus::ofKey(key, now).state) {
    case KeyStatus::State::Revoked:
        return VerificationCode::Revoked;
    case KeyStatus::State::Expired:
        return VerificationCode::Expired;
    default:
        break;
    }
    if (!appActive)
        return VerificationCode::Inactive;
    const bool allGranted = std::all_of(required.begin(), required.end(),
                                        [&granted](const QString& permission) { return granted.contains(permission); });
    return allGranted ? VerificationCode::Valid : VerificationCode::InsufficientPermissions;
}

QLatin1StringView KeyVerification::codeName(VerificationCode code)
{
    switch (code) {
    case VerificationCode::Valid:
        return QLatin1StringView("VALID");
    case VerificationCode::Malformed:
        return QLatin1StringView("MALFORMED");
    case VerificationCode::NotFound:
        return QLatin1StringView("NOT_FOUND");
    case VerificationCode::Expired:
        return QLatin1StringView("EXPIRED");
    case VerificationCode::Revoked:
        return QLatin1StringView("REVOKED");
    case VerificationCode::Inactive:
        return QLatin1StringView("INACTIVE");
    case VerificationCode::InsufficientPermissions:
        return QLatin1StringView("INSUFFICIENT_PERMISSIONS");
    }
    Q_UNREACHABLE();
    return {};
}

QList<VerificationCode> KeyVerification::allCodes()
{
    return {VerificationCode::Valid,
            VerificationCode::Malformed,
            VerificationCode::NotFound,
            VerificationCode::Expired,
            VerificationCode::Revoked,
            VerificationCode::Inactive,
            VerificationCode::InsufficientPermissions};
}

QString KeyVerification::reason(VerificationCode code)
{
    switch (code) {
    case VerificationCode::Valid:
        return tr("The key is valid.");
    case VerificationCode::Malformed:
        return tr("This is not an AppKeys API key: its prefix, length, characters or checksum are wrong.");
    case VerificationCode::NotFound:
        return tr("The registry has no such key (or its app was deleted).");
    case VerificationCode::Expired:
        return tr("The key has expired.");
    case VerificationCode::Revoked:
        return tr("The key is revoked.");
    case VerificationCode::Inactive:
        return tr("The key's app is deactivated.");
    case VerificationCode::InsufficientPermissions:
        return tr("The key's app lacks a required permission.");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace AppKeys
