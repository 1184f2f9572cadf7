#include "ServeProcess.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
// Generous: loading the index and starting on a loaded build machine must not fail a test; a hang still ends it.
constexpr int StartTimeoutMs = 60000;
constexpr int StopTimeoutMs = 30000;
} // namespace

ServeProcess::ServeProcess(QString program) : m_program(std::move(program)) {}

ServeProcess::~ServeProcess()
{
    stop();
}

bool ServeProcess::start(const QString& location, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcessEnvironment english = environment;
    english.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    english.insert(u"LANGUAGE"_s, u"en"_s);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(english);
    m_process->start(m_program,
                     QStringList{u"serve"_s, u"--database"_s, location, u"--listen"_s, u"127.0.0.1:0"_s} + arguments);
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+) "_s);
    QRegularExpressionMatch match;
    const bool started = QTest::qWaitFor(
        [&] {
            match = listening.match(log());
            return match.hasMatch() || m_process->state() == QProcess::NotRunning;
        },
        StartTimeoutMs);
    if (!started || !match.hasMatch()) {
        m_errorText = u"appkeys serve did not start listening: %1\n%2"_s.arg(m_process->errorString(), log());
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return true;
}

int ServeProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process && m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process->terminate();
    if (!QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; }, StopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished();
        return -1;
    }
    log();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QString ServeProcess::url(const QString& path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

QString ServeProcess::log()
{
    if (m_process)
        m_log += QString::fromUtf8(m_process->readAllStandardError());
    return m_log;
}

} // namespace AppKeys
