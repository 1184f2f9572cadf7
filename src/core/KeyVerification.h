#pragma once

#include "KeyRecord.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace AppKeys {

/// The verdict on a presented API key: the `code` of `appkeys verify --json` and of the verification service.
enum class VerificationCode
{
    Valid,
    Malformed, ///< not an API key at all: wrong prefix, length, alphabet or checksum
    NotFound,  ///< well-formed, but no live app has it
    Expired,
    Revoked,
    Inactive, ///< the app is deactivated
    InsufficientPermissions
};

/// When a presented API key is accepted (PRODUCT.md section 10), for `appkeys verify` and `appkeys serve` alike. The
/// key's own state comes from KeyStatus, so that a key the window shows as revoked or expired is refused as such.
class KeyVerification
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::KeyVerification)

public:
    /// Whether `token` can be an API key at all (CredentialFormat: prefix, length, alphabet and checksum), checked
    /// before anything is looked up, so that garbage costs no lookup and a mistyped key is told apart from an
    /// unknown one.
    static bool isWellFormed(QStringView token);
    /// The verdict on a key the registry has, of an app that is `appActive` and granted `granted`: Revoked before
    /// Expired (as KeyStatus::ofKey), then Inactive, then InsufficientPermissions unless every one of `required`
    /// is granted.
    static VerificationCode judge(const KeyRecord& key, bool appActive, const QStringList& granted,
                                  const QStringList& required, const QDateTime& now);

    /// The code as the JSON answers give it: "VALID", "MALFORMED", "NOT_FOUND", "EXPIRED", "REVOKED", "INACTIVE",
    /// "INSUFFICIENT_PERMISSIONS".
    static QLatin1StringView codeName(VerificationCode code);
    /// Every code, in the order of the enum (for the service's metrics).
    static QList<VerificationCode> allCodes();
    /// A translated sentence saying why a key is refused, or that it is valid, for the command line's text.
    static QString reason(VerificationCode code);
};

} // namespace AppKeys
