#include "CommandLine.h"
#include "WindowLauncher.h"

#include <QApplication>
#include <QTextStream>

namespace {
QStringList argumentsAfterProgramName(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

int main(int argc, char* argv[])
{
    // Commands run without a display, so the choice is made before any QGuiApplication exists.
    if (AppKeys::CommandLine::isCommandLineInvocation(argumentsAfterProgramName(argc, argv))) {
        QCoreApplication application(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return AppKeys::CommandLine::run(QCoreApplication::arguments().mid(1), out, err);
    }
    QApplication application(argc, argv);
    return AppKeys::WindowLauncher::run(application);
}
