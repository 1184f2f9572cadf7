#include "CommandLine.h"
#include "CoreDumps.h"
#include "WindowLauncher.h"

#include <QApplication>

using namespace AppKeys;

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
    CoreDumps::disable();
    // Commands run without a display, so the choice is made before any QGuiApplication exists.
    const QStringList arguments = argumentsAfterProgramName(argc, argv);
    if (CommandLine::isCommandLineInvocation(arguments)) {
        QCoreApplication application(argc, argv);
        return CommandLine::run(arguments);
    }
    QApplication application(argc, argv);
    // Without the options QApplication has taken for itself (-style, -platform …).
    return WindowLauncher::run(QApplication::arguments().mid(1));
}
