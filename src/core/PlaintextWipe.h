#pragma once

#include <QByteArray>
#include <string>

namespace AppKeys {

/// Overwrites a buffer that held a plaintext secret, key or password once it is no longer needed, so that it does
/// not linger in freed memory. Only what this program owns alone can be wiped: a QByteArray still shared with
/// another copy is left to that copy, and QString copies and Qt's own buffers cannot be reached at all (README,
/// Reliability).
class PlaintextWipe
{
public:
    /// Zeroes the bytes, in place, when this array is their only holder; returns whether it did.
    static bool wipe(QByteArray& bytes);
    /// Zeroes the characters in place.
    static void wipe(std::string& text);
};

} // namespace AppKeys
