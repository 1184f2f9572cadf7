#include "SilentSecretService.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

SilentSecretService::~SilentSecretService()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool SilentSecretService::start()
{
    m_process.start(QStringLiteral(APPKEYS_SILENT_SECRET_SERVICE), {});
    if (!m_process.waitForStarted(5000)) {
        m_problem = m_process.errorString();
        return false;
    }
    if (!m_process.waitForReadyRead(10000) || !m_process.readAllStandardOutput().startsWith("ready")) {
        m_problem =
            u"the silent Secret Service did not start: %1"_s.arg(QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace AppKeys
