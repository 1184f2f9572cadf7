#pragma once

#include "AppOverview.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

namespace AppKeys {

/// The searchable text (AppFilter::searchableText) of a list of apps, worked out once and kept in one buffer: a search
/// is then a plain substring search per app, instead of case-folding every field of every app on each keystroke.
class AppSearchIndex
{
public:
    AppSearchIndex() = default;

    /// Adds the apps that follow the ones already held (a page read), whose positions continue from theirs.
    void append(const QList<AppOverview>& overviews);
    /// Makes room for `apps` apps in all, with about as much text each as those held already, so that a registry read
    /// a page at a time does not copy the buffer as it grows (nor hold twice its size while it does).
    void reserveFor(qsizetype apps);

    /// Puts the text of `overview` in place of the app's at `position` (an app changed while the table reads the
    /// registry again): kept beside the buffer, whose texts follow each other without room to grow.
    void replace(qsizetype position, const AppOverview& overview);

    /// The searchable text of the app at `position`.
    QByteArrayView text(qsizetype position) const;
    /// Where `foldedText` (AppFilter::foldForSearch) first occurs in `text`; -1 when it does not.
    static qsizetype indexIn(QByteArrayView text, QByteArrayView foldedText);
    /// Asks for the text of the app at `position`, from `from` on, to be fetched into the processor's cache ahead of an
    /// indexIn() of it; `aheadPosition`'s start, for a prefetch() later. A search through the few thousand apps a
    /// typed text kept of 100,000 waited for memory, 250 ns an app: their texts lie apart in a buffer of 15 MB.
    void prefetch(qsizetype position, qsizetype from, qsizetype aheadPosition) const;

private:
    QByteArray m_text;                       ///< each app's searchable text, one after the other
    QList<qsizetype> m_starts{0};            ///< where each app's text starts in m_text, and at the end m_text's size
    QHash<qsizetype, QByteArray> m_replaced; ///< position -> the text that replaced the one in m_text
};

} // namespace AppKeys
