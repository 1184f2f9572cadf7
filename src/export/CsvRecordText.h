#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace AppKeys {

/// One CSV record's fields by name, put as JsonMember puts a JSON record's members, in the text CsvWriter::fieldText
/// gives the same JSON values: `export --format csv` writes 100,000 apps without building a QJsonObject for each.
class CsvRecordText
{
public:
    /// `key` is a string literal: it is kept, not copied.
    void insert(QLatin1StringView key, const QString& text);
    /// The field named `column`; empty when there is none, as for a member the record lacks.
    QString field(QStringView column) const;

private:
    QList<std::pair<QLatin1StringView, QString>> m_fields;
};

} // namespace AppKeys
