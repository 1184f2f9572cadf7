#pragma once

#include "IndexedApp.h"
#include "KeyRecord.h"
#include "KeyVerification.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace AppKeys {

/// The answer about one presented API key, as `appkeys verify` and the verification service give it. Holds no part
/// of the key beyond its hint.
struct KeyVerdict
{
    VerificationCode code = VerificationCode::Malformed;
    QString applicationId; ///< empty unless the registry has the key
    QString appName;
    QString keyHint; ///< empty for a malformed key
    QStringList permissions;
    QDateTime expiresAt;

    bool isValid() const { return code == VerificationCode::Valid; }

    static KeyVerdict malformed();
    static KeyVerdict notFound(QStringView token);
    /// The verdict on `token`, which the registry has as `key` of `app` (KeyVerification::judge).
    static KeyVerdict of(QStringView token, const KeyRecord& key, const IndexedApp& app, const QStringList& required,
                         const QDateTime& now);

    /// {"valid", "code", "application_id", "app_name", "key_hint", "permissions", "expires_at"}, with null (and an
    /// empty list) for what is not known.
    QJsonObject toJson() const;
};

} // namespace AppKeys
