#include "SearchLead.h"

#include <algorithm>

namespace AppKeys {

SearchLead SearchLead::of(QByteArrayView textFromMatch)
{
    SearchLead lead;
    lead.size = static_cast<unsigned char>(std::min<qsizetype>(textFromMatch.size(), Capacity));
    std::copy_n(textFromMatch.data(), lead.size, lead.bytes.begin());
    return lead;
}

bool SearchLead::startsWith(QByteArrayView foldedText) const
{
    return foldedText.size() <= size && std::equal(foldedText.begin(), foldedText.end(), bytes.begin());
}

} // namespace AppKeys
