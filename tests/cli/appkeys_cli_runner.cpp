// What src/main.cpp does for a command line, so the tests can run the command line as its own process before the
// real program hands command lines over. Nothing else belongs here.
#include "CommandLine.h"
#include "CoreDumps.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    AppKeys::CoreDumps::disable();
    QCoreApplication application(argc, argv);
    return AppKeys::CommandLine::run(QCoreApplication::arguments().mid(1));
}
