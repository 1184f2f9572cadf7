#include "CsvRecordText.h"

namespace AppKeys {

void CsvRecordText::insert(QLatin1StringView key, const QString& text)
{
    m_fields.append({key, text});
}

QString CsvRecordText::field(QStringView column) const
{
    for (const auto& [key, text] : m_fields) {
        if (column == key)
            return text;
    }
    return {};
}

} // namespace AppKeys
