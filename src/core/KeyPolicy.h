#pragma once

namespace AppKeys {

/// The limits of an API key's life (PRODUCT.md sections 4 and 9): one source for the services that enforce them, the
/// dialogs that offer them and the Settings that choose the defaults within them.
struct KeyPolicy
{
    static constexpr int MinLifetimeDays = 1;
    static constexpr int MaxLifetimeDays = 730;
    /// What a new key gets until Settings says otherwise.
    static constexpr int DefaultLifetimeDays = 365;

    /// How long a rotated key keeps working beside its successor.
    static constexpr int MinRotationOverlapDays = 0;
    static constexpr int MaxRotationOverlapDays = 30;
    static constexpr int DefaultRotationOverlapDays = 7;
};

} // namespace AppKeys
