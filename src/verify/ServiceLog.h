#pragma once

#include <QString>
#include <QTextStream>
#include <mutex>

namespace AppKeys {

/// The verification service's log on standard error, written from the HTTP threads and the registry's thread alike,
/// one whole line at a time. Never given a key: requests are logged with the key's hint only.
class ServiceLog
{
public:
    explicit ServiceLog(QTextStream& stream) : m_stream(stream) {}

    void write(const QString& line);

private:
    std::mutex m_mutex;
    QTextStream& m_stream;
};

} // namespace AppKeys
