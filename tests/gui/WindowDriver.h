#pragma once

#include "Database.h"
#include "RegistrySession.h"

#include <QApplication>
#include <QTest>
#include <memory>

class QAbstractItemModel;
class QAction;
class QDialogButtonBox;

namespace AppKeys {

class Clock;
class MainWindow;
class SecretStore;

/// Drives the main window and its dialogs as a user would: triggering its actions, selecting rows, answering the
/// window-modal dialogs each action opens. Helpers that check something use QVERIFY; callers test
/// QTest::currentTestFailed() afterwards when they need to.
namespace WindowDriver {

/// A session on the SQLite file at `filePath`, with the real permission catalogue. Its window does not sweep the
/// keychain at start (RegistrySession::sweepsKeychainAtStart) unless a test turns that back on.
Result<RegistrySession> openSession(const QString& filePath, Database::AccessMode mode,
                                    std::shared_ptr<SecretStore> secrets, std::shared_ptr<const Clock> clock);

/// A main window on the session, shown at 1280×720; nullptr when it was never exposed.
std::unique_ptr<MainWindow> showWindow(const RegistrySession& session);

QAction* action(const MainWindow& window, const QString& objectName);
/// Triggers the window's action, which must be visible and enabled, as its menu item or shortcut would.
void trigger(const MainWindow& window, const QString& actionObjectName);

/// The window-modal dialog of type T that is (or becomes) active, or nullptr after the timeout.
template <typename T> T* waitForModal(int timeoutMs = 5000)
{
    T* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            return dialog != nullptr;
        },
        timeoutMs);
    return shown ? dialog : nullptr;
}
/// Waits until no dialog of type T is the active modal widget any more.
template <typename T> bool waitUntilClosed(int timeoutMs = 30000)
{
    return QTest::qWaitFor([] { return !qobject_cast<T*>(QApplication::activeModalWidget()); }, timeoutMs);
}

/// Selects the app's row in the table with a click; false when no row shows that name.
bool selectApp(const MainWindow& window, const QString& name);
/// The table's rows (after filtering and sorting) in one column, as shown.
QStringList columnTexts(const MainWindow& window, int column);
/// What the table shows in the app's row and the column; empty when the app is not shown.
QString cellText(const MainWindow& window, const QString& appName, int column);
/// The data of the app's cell in another role, e.g. Qt::ForegroundRole.
QVariant cellData(const MainWindow& window, const QString& appName, int column, int role);

/// Clicks the button of a QDialogButtonBox in `dialog` with this standard role, or the child with this object name.
void clickButton(QWidget* dialog, const QString& objectName);
void clickStandardButton(QWidget* dialog, int standardButton);
/// Answers the save dialog that is (or becomes) open with this file path; false when none opened.
bool saveAs(const QString& filePath);
/// Types into the dialog's line edit with this object name, replacing its text.
void typeInto(QWidget* dialog, const QString& lineEditName, const QString& text);
/// Chooses the item whose data is `data` in the combo box with this object name below `container`, as picking it
/// from the list would.
void choose(const QWidget& container, const QString& comboName, const QVariant& data);

} // namespace WindowDriver

} // namespace AppKeys
