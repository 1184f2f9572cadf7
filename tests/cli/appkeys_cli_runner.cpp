// What src/main.cpp does for a command line, so the tests can run the command line as its own process before the
// real program hands command lines over. Nothing else belongs here.
#include "CommandLine.h"
#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const std::optional<QString> language = AppKeys::TranslationLoader::takeLanguageOption(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return AppKeys::CommandLine::runInLanguage(language, arguments, out, err);
}
