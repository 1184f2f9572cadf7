#pragma once

#include <QStringList>

class QWidget;

namespace AppKeys {

/// What a screen reader announces for the controls of a window or dialog: the one check of "every input has an
/// accessible name" (PRODUCT.md section 2) that the accessibility, main window and wizard tests share.
namespace AccessibilityProbe {

/// Qt's own parts of a composite widget (a spin box's line edit, a table's header, a combo box's popup list), which
/// are named by the widget they belong to.
bool isInternalPart(const QWidget* widget);
/// An input, button or item view that the keyboard reaches: a screen reader must be able to name it.
bool needsAName(const QWidget* widget);
/// The name a screen reader announces: the accessibleName, else a buddy label's text, else a button's text.
QString announcedName(QWidget* widget);
/// The class and object name, as in: QLineEdit “nameEdit”.
QString describe(const QWidget* widget);
/// Every control below `root` that needs a name and has none, described; empty when all are named.
QStringList unnamedControls(const QWidget& root);

} // namespace AccessibilityProbe

} // namespace AppKeys
