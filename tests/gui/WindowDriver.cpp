#include "WindowDriver.h"

#include "ApplicationTableModel.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace AppKeys::WindowDriver {

namespace {

QTableView* table(const MainWindow& window)
{
    return window.findChild<QTableView*>(u"appTable"_s);
}

int rowOf(const MainWindow& window, const QString& appName)
{
    const QAbstractItemModel* model = table(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ApplicationTableModel::NameColumn).data().toString() == appName)
            return row;
    }
    return -1;
}

} // namespace

Result<RegistrySession> openSession(const QString& filePath, Database::AccessMode mode,
                                    std::shared_ptr<SecretStore> secrets, std::shared_ptr<const Clock> clock)
{
    Result<std::shared_ptr<Database>> database = Database::open(filePath, mode);
    if (!database)
        return database.error();
    Result<RegistrySession> session = RegistrySession::fromDatabase(
        std::move(database).value(), QString::fromLatin1(PermissionCatalogue::DefaultResourcePath), std::move(secrets),
        std::move(clock));
    if (session)
        session.value().sweepsKeychainAtStart = false;
    return session;
}

std::unique_ptr<MainWindow> showWindow(const RegistrySession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    window->resize(1280, 720);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QAction* action(const MainWindow& window, const QString& objectName)
{
    return window.findChild<QAction*>(objectName);
}

void trigger(const MainWindow& window, const QString& actionObjectName)
{
    QAction* found = action(window, actionObjectName);
    QVERIFY2(found, qPrintable(actionObjectName));
    QVERIFY2(found->isVisible(), qPrintable(actionObjectName));
    QVERIFY2(found->isEnabled(), qPrintable(actionObjectName));
    found->trigger();
}

bool selectApp(const MainWindow& window, const QString& name)
{
    const int row = rowOf(window, name);
    if (row < 0)
        return false;
    QTableView* view = table(window);
    const QModelIndex index = view->model()->index(row, ApplicationTableModel::NameColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return view->selectionModel()->isRowSelected(row, {});
}

QStringList columnTexts(const MainWindow& window, int column)
{
    const QAbstractItemModel* model = table(window)->model();
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

QString cellText(const MainWindow& window, const QString& appName, int column)
{
    return cellData(window, appName, column, Qt::DisplayRole).toString();
}

QVariant cellData(const MainWindow& window, const QString& appName, int column, int role)
{
    const int row = rowOf(window, appName);
    if (row < 0)
        return {};
    return table(window)->model()->index(row, column).data(role);
}

void clickButton(QWidget* dialog, const QString& objectName)
{
    QVERIFY(dialog);
    auto* button = dialog->findChild<QAbstractButton*>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    WizardDriver::click(button);
}

void clickStandardButton(QWidget* dialog, int standardButton)
{
    QVERIFY(dialog);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    WizardDriver::click(buttons->button(QDialogButtonBox::StandardButton(standardButton)));
}

bool saveAs(const QString& filePath)
{
    auto* dialog = waitForModal<QFileDialog>();
    if (!dialog)
        return false;
    dialog->selectFile(filePath);
    // What the Save button does; QFileDialog::accept() itself is protected.
    static_cast<QDialog*>(dialog)->accept();
    return waitUntilClosed<QFileDialog>();
}

void typeInto(QWidget* dialog, const QString& lineEditName, const QString& text)
{
    QVERIFY(dialog);
    auto* edit = dialog->findChild<QLineEdit*>(lineEditName);
    QVERIFY2(edit, qPrintable(lineEditName));
    WizardDriver::typeInto(edit, text);
}

void choose(const QWidget& container, const QString& comboName, const QVariant& data)
{
    auto* combo = container.findChild<QComboBox*>(comboName);
    QVERIFY2(combo, qPrintable(comboName));
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(comboName + u": "_s + data.toString()));
    combo->setCurrentIndex(index);
}

} // namespace AppKeys::WindowDriver
