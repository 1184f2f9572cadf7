#include "AuthEndpoint.h"

#include "KeyChecker.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

/// The credentials after `scheme` (lowercase), which RFC 9110 compares without regard to case; empty for another
/// scheme.
QByteArray credentialsAfterScheme(const QByteArray& authorization, const QByteArray& scheme)
{
    const QByteArray trimmed = authorization.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0 || trimmed.left(space).toLower() != scheme)
        return {};
    return trimmed.mid(space + 1).trimmed();
}

ApiResponse refusal(int status, const KeyVerdict* verdict)
{
    ApiResponse response = ApiResponse::empty(status);
    response.addHeader("WWW-Authenticate", "apikey");
    if (verdict)
        response.addHeader("X-AppKeys-Code", KeyVerification::codeName(verdict->code).toString().toLatin1());
    return response;
}

void addAppHeaders(ApiResponse& response, const KeyVerdict& verdict)
{
    response.addHeader("X-AppKeys-Application-Id", AuthEndpoint::headerText(verdict.applicationId));
    response.addHeader("X-AppKeys-App-Name", AuthEndpoint::headerText(verdict.appName));
    response.addHeader("X-AppKeys-Permissions", AuthEndpoint::headerText(verdict.permissions.join(u',')));
}

} // namespace

ApiResponse AuthEndpoint::answer(const ApiRequest& request, const KeyChecker& checker)
{
    const QString key = presentedKey(request);
    if (key.isEmpty())
        return refusal(401, nullptr);
    const KeyVerdict verdict = checker.check(key, requiredPermissions(request), "auth");
    switch (verdict.code) {
    case VerificationCode::Valid: {
        ApiResponse response = ApiResponse::empty(204);
        addAppHeaders(response, verdict);
        return response;
    }
    case VerificationCode::InsufficientPermissions: {
        ApiResponse response = refusal(403, &verdict);
        addAppHeaders(response, verdict);
        return response;
    }
    default:
        return refusal(401, &verdict);
    }
}

QString AuthEndpoint::presentedKey(const ApiRequest& request)
{
    for (const QByteArray& scheme : {QByteArrayLiteral("apikey"), QByteArrayLiteral("bearer")}) {
        if (const QByteArray key = credentialsAfterScheme(request.authorization, scheme); !key.isEmpty())
            return QString::fromUtf8(key);
    }
    return QString::fromUtf8(request.apiKey.trimmed());
}

QStringList AuthEndpoint::requiredPermissions(const ApiRequest& request)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    const QString listed = QString::fromUtf8(request.require) + u' ' + request.queryValue(u"require"_s);
    return listed.split(separators, Qt::SkipEmptyParts);
}

QByteArray AuthEndpoint::headerText(const QString& text)
{
    QByteArray encoded;
    for (const char byte : text.toUtf8()) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x20 && value < 0x7f && byte != '%')
            encoded.append(byte);
        else
            encoded.append('%').append(QByteArray::number(value, 16).rightJustified(2, '0').toUpper());
    }
    return encoded;
}

} // namespace AppKeys
