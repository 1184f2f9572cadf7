#include "FuzzInput.h"

#include <cstdio>
#include <cstdlib>

namespace AppKeys {

FuzzInput::FuzzInput(const std::uint8_t* data, std::size_t size)
    : m_bytes(reinterpret_cast<const char*>(data), qsizetype(size))
{
}

QString FuzzInput::text() const
{
    return QString::fromUtf8(m_bytes);
}

QStringList FuzzInput::parts() const
{
    QStringList parts;
    for (const QByteArray& part : m_bytes.split('\0'))
        parts.append(QString::fromUtf8(part));
    return parts;
}

void fuzzCheck(bool holds, const char* invariant)
{
    if (holds)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", invariant);
    std::abort();
}

} // namespace AppKeys
