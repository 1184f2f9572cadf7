#pragma once

#include "AppOverview.h"
#include "AppSummary.h"
#include "AuthMethod.h"
#include "LoginUserType.h"
#include "SourceApp.h"

#include <optional>

namespace AppKeys {

/// The filters of `appkeys list`, the same as the main window's; an unset filter lets every app through.
struct AppFilter
{
    std::optional<SourceApp> sourceApp;
    std::optional<LoginUserType> loginUserType;
    std::optional<AuthMethod> authMethod;
    QString apiGroup;                     ///< a catalogue group id: the app has at least one permission in it
    QString status;                       ///< a KeyStatus::storageString()
    std::optional<int> expiresWithinDays; ///< the app's keys are usable and the last of them expires within this
    QString searchText; ///< in the name, id, URI, description or creator, case-insensitive (searchableText)
    /// The app has a usable key, and none of its usable keys was used (or, never used, issued) in this many days.
    std::optional<int> unusedForDays;

    bool matches(const AppOverview& overview, const QDateTime& now) const;
    /// matches() without searchText, for a table that keeps summaries and searches its own AppSearchIndex; `now` is
    /// the moment the summary was made at.
    bool matchesApartFromSearch(const AppSummary& summary, const QDateTime& now) const;
    /// Whether anything but searchText is set: if not, every app matches apart from the search.
    bool filtersApartFromSearch() const;
    /// Whether this filter lets through only apps that `wider` lets through too: the same filter, with a search text
    /// that contains wider's (the user typed one more letter).
    bool narrows(const AppFilter& wider) const;
    bool operator==(const AppFilter& other) const = default;

    /// What the search looks in: the name, id, URI, description and creator, case-folded, as UTF-8, with a NUL
    /// between them so that no search text (which holds none) matches across two fields.
    static QByteArray searchableText(const AppRecord& app);
    /// A search text as searchableText() holds it: case-folded UTF-8.
    static QByteArray foldForSearch(const QString& text);
    /// How the text a LIKE pattern is matched against was lowered: as a database lowers ASCII letters alike
    /// everywhere (LowersAscii), or with LONG S and KELVIN SIGN also turned into s and k (FoldsOntoAscii, PostgreSQL's
    /// searched text: AppSelection::search).
    enum class LikeText
    {
        LowersAscii,
        FoldsOntoAscii
    };
    /// A pattern for `lower(field) LIKE pattern ESCAPE '\'` that every field holding `searchText` as the search
    /// matches (and some that do not): lets a database pass over what cannot match, before matches() decides.
    /// Only the first LikePatternPrefix characters of `searchText` go into it.
    static QString likePatternFor(const QString& searchText, LikeText text = LikeText::LowersAscii);
    static constexpr qsizetype LikePatternPrefix = 1000;
    /// The pieces of three characters that every app the search finds holds in a field, for a trigram index that
    /// folds case as Unicode does (SQLite's FTS5): pieces of `searchText`'s printable ASCII, lowered, since only two
    /// other letters fold onto ASCII ones, as likePatternFor() says, and such an index folds them alike. A character
    /// beyond ASCII or a control character ends a piece. Each once, at most MaxTrigrams: fewer only finds more.
    static QStringList trigramsOfEveryMatch(const QString& searchText);
    static constexpr qsizetype MaxTrigrams = 64;

    /// Every KeyStatus::storageString(), for --status.
    static QStringList statusChoices();
};

} // namespace AppKeys
