#pragma once

#include <QByteArrayView>

#include <array>

namespace AppKeys {

/// The first bytes of an app's searchable text from where a search text occurs in it. A longer search text that begins
/// with that one occurs there too when the lead begins with it, which is told without reading the text: the leads of
/// the apps a search text kept lie together, where their texts lie apart in the AppSearchIndex (at 100,000 apps, a
/// letter that kept 4,941 of them took 0.5 ms, waiting for memory).
struct SearchLead
{
    static constexpr int Capacity = 15;
    std::array<char, Capacity> bytes{};
    unsigned char size = 0;

    /// The lead of `textFromMatch`: its first Capacity bytes, or all of it when shorter.
    static SearchLead of(QByteArrayView textFromMatch);
    bool startsWith(QByteArrayView foldedText) const;
};

} // namespace AppKeys
