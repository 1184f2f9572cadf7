#pragma once

#include "AppOverview.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace AppKeys {

/// The searchable text (AppFilter::searchableText) of a list of apps, worked out once and kept in one buffer: a search
/// is then a plain substring search per app, instead of case-folding every field of every app on each keystroke.
class AppSearchIndex
{
public:
    explicit AppSearchIndex(const QList<AppOverview>& overviews);

    /// Whether `foldedText` (AppFilter::foldForSearch) occurs in the searchable text of the app at `position`.
    bool contains(qsizetype position, QByteArrayView foldedText) const;

private:
    QByteArray m_text;         ///< each app's searchable text, one after the other
    QList<qsizetype> m_starts; ///< where each app's text starts in m_text, and at the end m_text's size
};

} // namespace AppKeys
