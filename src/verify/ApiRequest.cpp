#include "ApiRequest.h"

#include <QUrlQuery>

namespace AppKeys {

QByteArray ApiRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QString ApiRequest::queryValue(const QString& name) const
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return {};
    const QUrlQuery query(QString::fromUtf8(target.mid(question + 1)));
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace AppKeys
