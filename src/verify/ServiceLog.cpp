#include "ServiceLog.h"

namespace AppKeys {

void ServiceLog::write(const QString& line)
{
    std::lock_guard lock(m_mutex);
    m_stream << line << u'\n';
    m_stream.flush();
}

} // namespace AppKeys
