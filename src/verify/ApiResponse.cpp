#include "ApiResponse.h"

#include <QJsonDocument>

namespace AppKeys {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    return {status, {}, QByteArrayLiteral("application/json"), QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

ApiResponse ApiResponse::empty(int status)
{
    return {status, {}, {}, {}};
}

} // namespace AppKeys
