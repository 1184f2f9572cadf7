#include "KeyVerdict.h"

#include "CredentialFormat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

KeyVerdict KeyVerdict::malformed()
{
    return {};
}

KeyVerdict KeyVerdict::notFound(QStringView token)
{
    KeyVerdict verdict;
    verdict.code = VerificationCode::NotFound;
    verdict.keyHint = CredentialFormat::hint(token);
    return verdict;
}

KeyVerdict KeyVerdict::of(QStringView token, const KeyRecord& key, const IndexedApp& app, const QStringList& required,
                          const QDateTime& now)
{
    KeyVerdict verdict;
    verdict.code = KeyVerification::judge(key, app.active, app.permissionIds, required, now);
    verdict.applicationId = app.applicationId;
    verdict.appName = app.name;
    verdict.keyHint = CredentialFormat::hint(token);
    verdict.permissions = app.permissionIds;
    verdict.expiresAt = key.expiresAt;
    return verdict;
}

QJsonObject KeyVerdict::toJson() const
{
    return {{u"valid"_s, isValid()},
            {u"code"_s, KeyVerification::codeName(code)},
            {u"application_id"_s, textOrNull(applicationId)},
            {u"app_name"_s, textOrNull(appName)},
            {u"key_hint"_s, textOrNull(keyHint)},
            {u"permissions"_s, QJsonArray::fromStringList(permissions)},
            {u"expires_at"_s,
             expiresAt.isValid() ? QJsonValue(expiresAt.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()}};
}

} // namespace AppKeys
