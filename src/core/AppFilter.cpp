#include "AppFilter.h"

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {

bool hasPermissionInGroup(const AppSummary& app, const QString& group)
{
    const QString prefix = group + u'.';
    return std::any_of(app.permissionIds.begin(), app.permissionIds.end(),
                       [&prefix](const QString& id) { return id.startsWith(prefix); });
}

bool expiresWithin(const AppSummary& app, int days, const QDateTime& now)
{
    const bool usable =
        app.status.state == KeyStatus::State::Active || app.status.state == KeyStatus::State::ExpiresSoon;
    return usable && app.expiresAt <= now.addDays(days);
}

// Support staff's "which keys are dead?": a key issued yesterday and not used yet is not dead, so a key that was
// never used counts from its creation.
bool unusedFor(const AppSummary& app, int days, const QDateTime& now)
{
    const QDateTime since = now.addDays(-days);
    return !app.liveKeys.isEmpty() &&
           std::none_of(app.liveKeys.cbegin(), app.liveKeys.cend(), [&since](const auto& key) {
               return (key.lastUsedAt.isValid() ? key.lastUsedAt : key.createdAt) > since;
           });
}

} // namespace

bool AppFilter::matches(const AppOverview& overview, const QDateTime& now) const
{
    // Without a filter apart from the search, `list` makes no summary of each app it writes.
    return (!filtersApartFromSearch() || matchesApartFromSearch(AppSummary::of(overview, now), now)) &&
           (searchText.isEmpty() || searchableText(overview.app).contains(foldForSearch(searchText)));
}

bool AppFilter::filtersApartFromSearch() const
{
    AppFilter apartFromSearch = *this;
    apartFromSearch.searchText.clear();
    return !(apartFromSearch == AppFilter());
}

bool AppFilter::matchesApartFromSearch(const AppSummary& app, const QDateTime& now) const
{
    return (!sourceApp || app.sourceApp == *sourceApp) && (!loginUserType || app.loginUserType == *loginUserType) &&
           (!authMethod || app.authMethod == *authMethod) &&
           (apiGroup.isEmpty() || hasPermissionInGroup(app, apiGroup)) &&
           (status.isEmpty() || app.status.storageString() == status) &&
           (!expiresWithinDays || expiresWithin(app, *expiresWithinDays, now)) &&
           (!unusedForDays || unusedFor(app, *unusedForDays, now));
}

bool AppFilter::narrows(const AppFilter& wider) const
{
    AppFilter sameSearch = *this;
    sameSearch.searchText = wider.searchText;
    return sameSearch == wider && foldForSearch(searchText).contains(foldForSearch(wider.searchText));
}

QByteArray AppFilter::searchableText(const AppRecord& app)
{
    const QChar separator = u'\0';
    return foldForSearch(app.details.name + separator + app.applicationId + separator + app.details.uri + separator +
                         app.details.description + separator + app.createdBy);
}

QByteArray AppFilter::foldForSearch(const QString& text)
{
    return text.toCaseFolded().toUtf8();
}

QString AppFilter::likePatternFor(const QString& searchText, LikeText text)
{
    // Case folding maps one code point to one (QString::toCaseFolded), and only two letters outside ASCII onto ASCII
    // ones: U+212A KELVIN SIGN onto k, U+017F LONG S onto s. A database lowers ASCII letters alike everywhere, but not
    // always the others; so an ASCII letter stands for itself, except k and s where the text may still hold those
    // two, and anything else for any one character.
    const bool folded = text == LikeText::FoldsOntoAscii;
    // A prefix is enough, as every field that holds the text holds its prefix; it keeps a pasted text of any length
    // under the databases' limits on a pattern (SQLite's is 50,000 bytes).
    QString pattern = u"%"_s;
    // (A pair cut in two at the end becomes one "_", which still stands for the character.)
    for (const char32_t codePoint : QStringView(searchText).left(LikePatternPrefix).toUcs4()) {
        if (codePoint >= 0x80) {
            pattern += u'_';
            continue;
        }
        const QChar character = QChar(char16_t(codePoint)).toLower();
        if (!folded && (character == u'k' || character == u's'))
            pattern += u'_';
        else if (character == u'%' || character == u'_' || character == u'\\')
            pattern += u"\\"_s + character;
        else
            pattern += character;
    }
    return pattern + u'%';
}

QStringList AppFilter::trigramsOfEveryMatch(const QString& searchText)
{
    QStringList trigrams;
    QString piece;
    for (const QChar character : QStringView(searchText).left(LikePatternPrefix)) {
        if (character.unicode() < 0x20 || character.unicode() >= 0x7F) {
            piece.clear();
            continue;
        }
        piece = piece.right(2) + character.toLower();
        if (piece.size() == 3 && !trigrams.contains(piece))
            trigrams.append(piece);
        if (trigrams.size() == MaxTrigrams)
            break;
    }
    return trigrams;
}

QStringList AppFilter::statusChoices()
{
    using State = KeyStatus::State;
    QStringList choices;
    for (const State state :
         {State::Active, State::ExpiresSoon, State::Expired, State::Revoked, State::NoKey, State::Inactive})
        choices.append(KeyStatus{state, 0}.storageString());
    return choices;
}

} // namespace AppKeys
