// What src/main.cpp does for a command line, so the tests can run the command line as its own process before the
// real program hands command lines over. Nothing else belongs here.
#include "CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AppKeys::CommandLine::run(QCoreApplication::arguments().mid(1), out, err);
}
