#pragma once

#include <QSet>
#include <QString>

namespace AppKeys {

/// One copy of each distinct text a read takes: the rows of a page repeat a few values many times (their creators,
/// the catalogue's permission ids), and with Qt's implicit sharing the repeats cost no memory. What the window holds
/// for each app is mostly such text.
class SharedStrings
{
public:
    /// `text`, or the equal text seen before, which then shares its characters.
    QString shared(const QString& text);

private:
    QSet<QString> m_seen;
};

} // namespace AppKeys
