// The command-line parser (ArgumentParser) and the launch options (LaunchOptions) on any argument vector: the
// input's NUL-separated parts.
#include "ArgumentParser.h"
#include "FuzzInput.h"
#include "LaunchOptions.h"

using namespace AppKeys;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QStringList arguments = FuzzInput(data, size).parts();

    QStringList withoutLanguage = arguments;
    const std::optional<QString> language = LaunchOptions::takeLanguage(withoutLanguage);
    fuzzCheck(withoutLanguage.size() <= arguments.size(), "taking --lang only removes arguments");
    fuzzCheck(language.has_value() || withoutLanguage == arguments, "without --lang nothing is taken");
    LaunchOptions::parse(withoutLanguage);

    // The options of a command as the command line has them: the launch options, a flag and one with a value.
    ArgumentParser parser(LaunchOptions::definitions() +
                          QList<CommandOption>{{u"json"_s, {}, u"JSON"_s}, {u"format"_s, u"FORMAT"_s, u"format"_s}});
    if (!parser.parse(withoutLanguage).ok())
        return 0;
    fuzzCheck(parser.positionalArguments().size() <= withoutLanguage.size(), "no more operands than arguments");
    parser.checkChoice(u"format"_s, {u"csv"_s, u"json"_s});
    LaunchOptions::from(parser);
    return 0;
}
