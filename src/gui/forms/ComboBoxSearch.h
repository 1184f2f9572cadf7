#pragma once

#include <QObject>
#include <QString>

class QComboBox;

namespace AppKeys {

/// Lets the user find a choice of a long combo box by typing any part of its text: the audit trail window's app filter
/// offers up to 100,000 apps, too many to scroll or to find by their first letters. The combo becomes editable; a
/// popup lists the choices that contain what is typed, in any case; what is typed never becomes a choice. Enter, or
/// leaving the field, chooses the choice so named (in any case); an empty field chooses the first ("All …"); any other
/// text is put back to the current choice, and notFound() says what was typed.
class ComboBoxSearch : public QObject
{
    Q_OBJECT
public:
    /// Owned by `combo`. `maxLength` bounds what can be typed or pasted.
    ComboBoxSearch(QComboBox* combo, int maxLength);

signals:
    void notFound(const QString& typed);

private:
    void settle();

    QComboBox* const m_combo;
};

} // namespace AppKeys
