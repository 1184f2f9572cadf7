#include "IntrospectionEndpoint.h"

#include "KeyChecker.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

ApiResponse withoutCaching(ApiResponse response)
{
    // An introspection answer must not be stored by a cache between the gateway and the service (RFC 7662 section 4).
    response.addHeader("Cache-Control", "no-store");
    return response;
}

bool isFormEncoded(const QByteArray& contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower() == "application/x-www-form-urlencoded";
}

} // namespace

ApiResponse IntrospectionEndpoint::answer(const ApiRequest& request, const KeyChecker& checker)
{
    const QString token = isFormEncoded(request.contentType) ? formToken(request.body) : QString();
    if (token.isEmpty())
        return withoutCaching(ApiResponse::json(
            400, {{u"error"_s, u"invalid_request"_s},
                  {u"error_description"_s,
                   u"POST the token as an application/x-www-form-urlencoded body: token=appkey_..."_s}}));
    const KeyVerdict verdict = checker.check(token, {}, "introspect");
    if (!verdict.isValid())
        return withoutCaching(ApiResponse::json(200, {{u"active"_s, false}}));
    return withoutCaching(ApiResponse::json(200, {{u"active"_s, true},
                                                  {u"client_id"_s, verdict.applicationId},
                                                  {u"scope"_s, verdict.permissions.join(u' ')},
                                                  {u"exp"_s, verdict.expiresAt.toSecsSinceEpoch()}}));
}

QString IntrospectionEndpoint::formToken(const QByteArray& body)
{
    QByteArray spaced = body;
    spaced.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(spaced)).queryItemValue(u"token"_s, QUrl::FullyDecoded);
}

} // namespace AppKeys
