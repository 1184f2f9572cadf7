#include "PlaintextWipe.h"

#include <cstring>

namespace AppKeys {

bool PlaintextWipe::wipe(QByteArray& bytes)
{
    // data() on a shared array would wipe a fresh copy of it and leave the shared bytes as they were.
    if (!bytes.isDetached())
        return false;
    explicit_bzero(bytes.data(), size_t(bytes.size()));
    return true;
}

void PlaintextWipe::wipe(std::string& text)
{
    explicit_bzero(text.data(), text.size());
}

} // namespace AppKeys
