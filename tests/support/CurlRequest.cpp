#include "CurlRequest.h"

#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace AppKeys::CurlRequest {

QString unavailableReason()
{
    return QStandardPaths::findExecutable(u"curl"_s).isEmpty() ? u"curl is not installed (Debian package curl)"_s
                                                               : QString();
}

HttpReply get(const QString& url, const QStringList& headers)
{
    QStringList arguments{u"--silent"_s, u"--show-error"_s, u"--include"_s, u"--max-time"_s, u"10"_s};
    for (const QString& header : headers)
        arguments << u"--header"_s << header;
    arguments << url;
    QProcess curl;
    curl.start(u"curl"_s, arguments);
    HttpReply reply;
    if (!curl.waitForFinished(20000) || curl.exitCode() != 0) {
        reply.failure = u"curl failed: %1"_s.arg(QString::fromUtf8(curl.readAllStandardError()));
        return reply;
    }
    const QByteArray output = curl.readAllStandardOutput();
    const qsizetype headEnd = output.indexOf("\r\n\r\n");
    if (headEnd < 0 || !reply.parseHead(output.left(headEnd)))
        reply.failure = u"not an HTTP response: %1"_s.arg(QString::fromUtf8(output));
    else
        reply.body = output.mid(headEnd + 4);
    return reply;
}

} // namespace AppKeys::CurlRequest
