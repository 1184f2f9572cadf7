#include "AppenderProcesses.h"

#include <QProcess>
#include <QTest>
#include <memory>
#include <vector>

namespace AppKeys::AppenderProcesses {

void runTogether(const QList<QStringList>& argumentLists, int count)
{
    std::vector<std::unique_ptr<QProcess>> appenders;
    for (const QStringList& arguments : argumentLists) {
        auto& appender = appenders.emplace_back(std::make_unique<QProcess>());
        appender->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        appender->start(QStringLiteral(APPKEYS_AUDIT_APPENDER), arguments);
        QVERIFY2(appender->waitForStarted(), qPrintable(appender->errorString()));
    }
    for (const auto& appender : appenders)
        QTRY_VERIFY_WITH_TIMEOUT(appender->canReadLine() || appender->state() == QProcess::NotRunning, 30000);
    for (const auto& appender : appenders) {
        QCOMPARE(appender->readLine().trimmed(), QByteArray("ready"));
        appender->write("go\n");
    }
    for (const auto& appender : appenders) {
        QVERIFY(appender->waitForFinished(180000));
        QCOMPARE(appender->exitStatus(), QProcess::NormalExit);
        QCOMPARE(appender->exitCode(), 0);
        QCOMPARE(appender->readAll().trimmed(), QByteArray("appended ") + QByteArray::number(count));
    }
}

} // namespace AppKeys::AppenderProcesses
