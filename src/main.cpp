#include "CommandLine.h"
#include "TranslationLoader.h"
#include "WindowLauncher.h"

#include <QApplication>
#include <QTextStream>

using namespace AppKeys;
using namespace Qt::StringLiterals;

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
    // --lang sets the language of the window and of the command line alike: it is taken out before either sees
    // the arguments.
    QStringList arguments = argumentsAfterProgramName(argc, argv);
    const std::optional<QString> language = TranslationLoader::takeLanguageOption(arguments);
    // Commands run without a display, so the choice is made before any QGuiApplication exists.
    if (CommandLine::isCommandLineInvocation(arguments)) {
        QCoreApplication application(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CommandLine::runInLanguage(language, arguments, out, err);
    }
    QApplication application(argc, argv);
    if (const Status installed = TranslationLoader::install(language); !installed) {
        QTextStream(stderr) << u"appkeys: "_s
                            << QCoreApplication::translate("main", "warning: %1").arg(installed.error().text())
                            << u'\n';
    }
    // Again without --lang, now that QApplication has taken out its own options (-style, -platform …).
    QStringList windowArguments = QApplication::arguments().mid(1);
    TranslationLoader::takeLanguageOption(windowArguments);
    return WindowLauncher::run(windowArguments);
}
