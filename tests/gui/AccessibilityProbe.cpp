#include "AccessibilityProbe.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace AppKeys::AccessibilityProbe {

bool isInternalPart(const QWidget* widget)
{
    return widget->objectName().startsWith(u"qt_"_s) || qobject_cast<const QHeaderView*>(widget) ||
           widget->window()->windowType() == Qt::Popup;
}

bool needsAName(const QWidget* widget)
{
    if (isInternalPart(widget))
        return false;
    if (qobject_cast<const QAbstractItemView*>(widget))
        return true;
    const bool input = qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget) ||
                       qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget) ||
                       qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractButton*>(widget);
    // A control the keyboard cannot reach (a line edit's clear button) is reached through its owner.
    return input && (widget->focusPolicy() & Qt::TabFocus);
}

QString announcedName(QWidget* widget)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget* widget)
{
    return u"%1 “%2”"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

QStringList unnamedControls(const QWidget& root)
{
    QStringList unnamed;
    for (QWidget* widget : root.findChildren<QWidget*>()) {
        if (needsAName(widget) && announcedName(widget).isEmpty())
            unnamed.append(describe(widget));
    }
    return unnamed;
}

} // namespace AppKeys::AccessibilityProbe
