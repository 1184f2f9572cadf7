// The name, URI, description and redirect-URL rules (AppDetailsValidator) and the name key (AppNameKey) on any text.
#include "AppDetailsValidator.h"
#include "AppNameKey.h"
#include "FuzzInput.h"
#include "TerminalText.h"

#include <QRegularExpression>
#include <QUrl>

using namespace AppKeys;
using namespace Qt::StringLiterals;

namespace {

bool showsAsStored(const QString& text, TerminalText::LineBreaks lineBreaks)
{
    return TerminalText::escaped(text, lineBreaks) == text;
}

void checkUrl(const QString& text, const FieldCheck& check)
{
    if (!check.isValid())
        return;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    fuzzCheck(url.isValid(), "an accepted URL is a valid URL");
    fuzzCheck(url.userInfo().isEmpty(), "an accepted URL has no user info");
    fuzzCheck(showsAsStored(text.trimmed(), TerminalText::LineBreaks::Escape), "an accepted URL needs no escape");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const FuzzInput input(data, size);
    const QString text = input.text();

    if (AppDetailsValidator::checkName(text).isValid())
        fuzzCheck(showsAsStored(text.trimmed(), TerminalText::LineBreaks::Escape), "an accepted name needs no escape");
    AppNameKey::of(text);
    if (AppDetailsValidator::checkDescription(text).isValid())
        fuzzCheck(showsAsStored(text, TerminalText::LineBreaks::Keep), "an accepted description needs no escape");

    const FieldCheck uri = AppDetailsValidator::checkUri(text);
    checkUrl(text, uri);
    if (uri.isValid()) {
        const QString scheme = QUrl(text.trimmed()).scheme().toLower();
        fuzzCheck(scheme == u"https"_s || scheme == u"http"_s, "an accepted URI is http or https");
    }
    const FieldCheck redirect = AppDetailsValidator::checkRedirectUrl(text);
    checkUrl(text, redirect);
    if (redirect.isValid())
        fuzzCheck(!text.contains(u'#') && !text.contains(u'*'), "an accepted redirect URL has no fragment or wildcard");
    AppDetailsValidator::checkRedirectUrlList(input.parts());
    return 0;
}
