#include "AppDetailsValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
qsizetype characterCount(const QString& text)
{
    return text.toUcs4().size();
}

/// A character a name or description may not hold, and where: its code point and its 1-based position among the
/// text's characters (code points), as the user counts them.
struct ForbiddenCharacter
{
    char32_t codePoint = 0;
    qsizetype position = 0;
    /// A control character, rather than an invisible format character or separator.
    bool control = false;

    QString codePointText() const
    {
        return u"U+"_s + QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0');
    }
};

/// Control characters; format characters (bidi controls such as U+202E, zero-width characters); line and paragraph
/// separators; and lone surrogates: what shows differently from what is stored, or not at all.
bool isForbidden(char32_t character)
{
    switch (QChar::category(character)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

/// The first forbidden character of `text`; a line feed is allowed when `lineFeedAllowed`.
std::optional<ForbiddenCharacter> firstForbiddenCharacter(QStringView text, bool lineFeedAllowed)
{
    qsizetype position = 0;
    for (qsizetype index = 0; index < text.size(); ++index) {
        ++position;
        const QChar unit = text.at(index);
        char32_t character = unit.unicode();
        if (unit.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
            character = QChar::surrogateToUcs4(unit, text.at(++index));
        if (character == u'\n' && lineFeedAllowed)
            continue;
        if (isForbidden(character))
            return ForbiddenCharacter{character, position, QChar::category(character) == QChar::Other_Control};
    }
    return std::nullopt;
}

FieldCheck forbiddenInName(const ForbiddenCharacter& found)
{
    if (found.control)
        return FieldCheck::invalid(
            AppDetailsValidator::tr("The name must not contain control characters such as tabs or line breaks: %1 "
                                    "at position %2.")
                .arg(found.codePointText())
                .arg(found.position));
    return FieldCheck::invalid(
        AppDetailsValidator::tr("The name must not contain invisible characters such as direction overrides or "
                                "zero-width spaces: %1 at position %2.")
            .arg(found.codePointText())
            .arg(found.position));
}

FieldCheck forbiddenInDescription(const ForbiddenCharacter& found)
{
    if (found.control)
        return FieldCheck::invalid(
            AppDetailsValidator::tr("The description must not contain control characters such as tabs (line breaks "
                                    "are fine): %1 at position %2.")
                .arg(found.codePointText())
                .arg(found.position));
    return FieldCheck::invalid(
        AppDetailsValidator::tr("The description must not contain invisible characters such as direction overrides "
                                "or zero-width spaces: %1 at position %2.")
            .arg(found.codePointText())
            .arg(found.position));
}

bool containsWhitespace(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    // Written out rather than using QHostAddress: the core library links Qt Core only.
    static const QRegularExpression ipv4Loopback(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return host == u"::1"_s || ipv4Loopback.match(host).hasMatch();
}

// RFC 8252 section 7.1: a private-use scheme is a reverse domain name, so it contains a period.
bool isPrivateUseScheme(const QString& scheme)
{
    return scheme.contains(u'.') && !scheme.startsWith(u'.') && !scheme.endsWith(u'.');
}

/// Whether the authority ("//…" up to the path) holds an "@": user info, as in https://good.example@evil.example/,
/// which people read as the site before the "@". Looked for in the text, so that an empty "https://@host" counts.
bool hasUserInfo(const QString& text)
{
    const qsizetype authorityStart = text.indexOf(u"://"_s);
    if (authorityStart < 0)
        return false;
    static const QRegularExpression authorityEnd(u"[/?#]"_s);
    const QString afterScheme = text.mid(authorityStart + 3);
    return afterScheme.left(afterScheme.indexOf(authorityEnd)).contains(u'@');
}

FieldCheck parseAbsoluteUrl(const QString& text, QUrl& url)
{
    if (containsWhitespace(text) || firstForbiddenCharacter(text, false))
        return FieldCheck::invalid(AppDetailsValidator::tr("A URL must not contain spaces or control characters."));
    if (hasUserInfo(text))
        return FieldCheck::invalid(AppDetailsValidator::tr(
            "A URL must not contain a user name or password (a part before “@”): it makes the URL look like "
            "another site's."));
    url = QUrl(text, QUrl::StrictMode);
    if (!url.isValid())
        return FieldCheck::invalid(AppDetailsValidator::tr("This is not a valid URL: %1").arg(url.errorString()));
    if (url.scheme().isEmpty())
        return FieldCheck::invalid(AppDetailsValidator::tr(
            "Enter an absolute URL that starts with its scheme, for example https://booking.example.com."));
    return FieldCheck::ok();
}
} // namespace

FieldCheck AppDetailsValidator::checkName(const QString& name, const NameLookup& isNameTaken)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::invalid(tr("Enter a name for the app."));
    if (auto forbidden = firstForbiddenCharacter(trimmed, false)) {
        // The position in the name as typed, which may start with spaces.
        forbidden->position += name.indexOf(trimmed.front());
        return forbiddenInName(*forbidden);
    }
    const qsizetype length = characterCount(trimmed);
    if (length > MaxNameLength)
        return FieldCheck::invalid(
            tr("The name has %1 characters; at most %2 are allowed.").arg(length).arg(MaxNameLength));
    if (!isNameTaken)
        return FieldCheck::ok();
    const Result<bool> taken = isNameTaken(trimmed);
    if (!taken)
        return FieldCheck::invalid(tr("Could not check whether the name is free: %1").arg(taken.error().message));
    if (taken.value())
        return FieldCheck::invalid(
            tr("An app named “%1” already exists (names are compared without regard to case).").arg(trimmed));
    return FieldCheck::ok();
}

FieldCheck AppDetailsValidator::checkUri(const QString& uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::invalid(tr("Enter the app's URI, for example https://booking.example.com."));
    QUrl url;
    if (const FieldCheck parsed = parseAbsoluteUrl(trimmed, url); !parsed.isValid())
        return parsed;
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return FieldCheck::invalid(
            tr("The URI must start with https:// (or http://); “%1:” is not allowed.").arg(scheme));
    if (url.host().isEmpty())
        return FieldCheck::invalid(tr("The URI must name a host, as in https://booking.example.com."));
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return FieldCheck::warning(
            tr("http is not encrypted: use https unless the app only runs on this computer (localhost)."));
    return FieldCheck::ok();
}

FieldCheck AppDetailsValidator::checkDescription(const QString& description)
{
    if (const auto forbidden = firstForbiddenCharacter(description, true))
        return forbiddenInDescription(*forbidden);
    const qsizetype length = characterCount(description);
    if (length > MaxDescriptionLength)
        return FieldCheck::invalid(
            tr("The description has %1 characters; at most %2 are allowed.").arg(length).arg(MaxDescriptionLength));
    return FieldCheck::ok();
}

FieldCheck AppDetailsValidator::checkRedirectUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return FieldCheck::invalid(tr("Enter a redirect URL."));
    if (trimmed.contains(u'*'))
        return FieldCheck::invalid(tr("A redirect URL must not contain a wildcard (*)."));
    if (trimmed.contains(u'#'))
        return FieldCheck::invalid(tr("A redirect URL must not contain a fragment (the part from #)."));
    QUrl url;
    if (const FieldCheck parsed = parseAbsoluteUrl(trimmed, url); !parsed.isValid())
        return parsed;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s) {
        if (url.host().isEmpty())
            return FieldCheck::invalid(tr("An https redirect URL must name a host."));
        return FieldCheck::ok();
    }
    if (scheme == u"http"_s) {
        if (!isLoopbackHost(url.host()))
            return FieldCheck::invalid(tr("Use https: http is allowed only for localhost."));
        return FieldCheck::ok();
    }
    if (isPrivateUseScheme(scheme))
        return FieldCheck::ok();
    return FieldCheck::invalid(tr("Use an https URL, http on localhost, or a private-use scheme such as "
                                  "com.example.app:/callback; “%1:” is none of these.")
                                   .arg(scheme));
}

FieldCheck AppDetailsValidator::checkRedirectUrlList(const QStringList& urls)
{
    if (urls.size() > MaxRedirectUrls)
        return FieldCheck::invalid(
            tr("At most %1 redirect URLs are allowed; this list has %2.").arg(MaxRedirectUrls).arg(urls.size()));
    QSet<QString> seen;
    for (const QString& url : urls) {
        if (const FieldCheck check = checkRedirectUrl(url); !check.isValid())
            return FieldCheck::invalid(tr("“%1”: %2").arg(url, check.message));
        const QString normalized = QUrl(url.trimmed()).adjusted(QUrl::NormalizePathSegments).toString();
        if (seen.contains(normalized))
            return FieldCheck::invalid(tr("“%1” is in the list twice.").arg(url));
        seen.insert(normalized);
    }
    return FieldCheck::ok();
}

FieldCheck AppDetailsValidator::checkAll(const AppDetails& details, const NameLookup& isNameTaken)
{
    for (const FieldCheck& check :
         {checkName(details.name, isNameTaken), checkUri(details.uri), checkDescription(details.description),
          checkRedirectUrlList(details.postLogoutRedirectUrls), checkRedirectUrlList(details.postLoginRedirectUrls)}) {
        if (!check.isValid())
            return check;
    }
    return FieldCheck::ok();
}

} // namespace AppKeys
