#pragma once

#include "AppDetails.h"
#include "AppScope.h"

#include <QStringList>

class QAbstractButton;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace AppKeys {

class AddAppWizard;
class MainWindow;

/// Drives the real widgets with QTest as a user would: typing, clicking, pressing Space. Helpers that check
/// something use QVERIFY; callers test QTest::currentTestFailed() afterwards.
namespace WizardDriver {

/// Clicks Add in the main window's toolbar; the wizard it opened, or nullptr if none appeared.
AddAppWizard* clickAdd(MainWindow& window);

void click(QAbstractButton* button);
/// Clicks on the radio button's indicator, where a click surely lands on the button.
void click(QRadioButton* radioButton);
/// Replaces the text by selecting it and typing over it.
void typeInto(QLineEdit* edit, const QString& text);

/// Fills page 1 (or the Edit details dialog) with these details, adding the redirect URLs one by one with the Add
/// buttons.
void fillDetails(QWidget& wizard, const AppDetails& details);
/// On page 2 (or in the Edit scope dialog): chooses the auth method, toggles whole groups and single permissions with
/// Space.
void chooseScope(QWidget& wizard, AuthMethod authMethod, const QStringList& groupIds, const QStringList& permissionIds);

} // namespace WizardDriver

} // namespace AppKeys
