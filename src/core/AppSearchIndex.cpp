#include "AppSearchIndex.h"

#include "AppFilter.h"

#include <string_view>

namespace AppKeys {

AppSearchIndex::AppSearchIndex(const QList<AppOverview>& overviews)
{
    m_starts.reserve(overviews.size() + 1);
    for (const AppOverview& overview : overviews) {
        m_starts.append(m_text.size());
        m_text += AppFilter::searchableText(overview.app);
    }
    m_starts.append(m_text.size());
    m_text.squeeze();
}

bool AppSearchIndex::contains(qsizetype position, QByteArrayView foldedText) const
{
    const qsizetype start = m_starts.at(position);
    const std::string_view text(m_text.constData() + start, std::size_t(m_starts.at(position + 1) - start));
    return text.find(std::string_view(foldedText.data(), std::size_t(foldedText.size()))) != std::string_view::npos;
}

} // namespace AppKeys
