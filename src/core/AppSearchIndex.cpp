#include "AppSearchIndex.h"

#include "AppFilter.h"

#include <string_view>

namespace AppKeys {

void AppSearchIndex::append(const QList<AppOverview>& overviews)
{
    for (const AppOverview& overview : overviews) {
        m_text += AppFilter::searchableText(overview.app);
        m_starts.append(m_text.size());
    }
}

void AppSearchIndex::reserveFor(qsizetype apps)
{
    const qsizetype held = m_starts.size() - 1;
    if (held == 0 || apps <= held)
        return;
    // A tenth more than the average, so that a registry whose later apps say a little more still fits.
    m_text.reserve(m_text.size() / held * apps * 11 / 10);
    m_starts.reserve(apps + 1);
}

void AppSearchIndex::replace(qsizetype position, const AppOverview& overview)
{
    m_replaced.insert(position, AppFilter::searchableText(overview.app));
}

void AppSearchIndex::prefetch(qsizetype position, qsizetype from, qsizetype aheadPosition) const
{
    __builtin_prefetch(m_text.constData() + m_starts.at(position) + from);
    __builtin_prefetch(m_starts.constData() + aheadPosition);
}

QByteArrayView AppSearchIndex::text(qsizetype position) const
{
    if (const auto replaced = m_replaced.constFind(position); replaced != m_replaced.cend())
        return *replaced;
    const qsizetype start = m_starts.at(position);
    return QByteArrayView(m_text).sliced(start, m_starts.at(position + 1) - start);
}

qsizetype AppSearchIndex::indexIn(QByteArrayView text, QByteArrayView foldedText)
{
    const std::size_t found = std::string_view(text.data(), std::size_t(text.size()))
                                  .find(std::string_view(foldedText.data(), std::size_t(foldedText.size())));
    return found == std::string_view::npos ? -1 : qsizetype(found);
}

} // namespace AppKeys
