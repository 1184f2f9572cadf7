#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace AppKeys {

/// The bytes libFuzzer hands a target, as the texts a program would meet: UTF-8 decoded as Qt decodes it (invalid
/// sequences become U+FFFD), and split at NUL bytes where a target needs several texts.
class FuzzInput
{
public:
    FuzzInput(const std::uint8_t* data, std::size_t size);

    QByteArray bytes() const { return m_bytes; }
    QString text() const;
    /// The text split at NUL bytes, empty parts kept.
    QStringList parts() const;

private:
    QByteArray m_bytes;
};

/// Stops the run as a crash that libFuzzer keeps (with the input) when an invariant does not hold.
void fuzzCheck(bool holds, const char* invariant);

} // namespace AppKeys
