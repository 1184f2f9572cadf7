#include "WizardDriver.h"

#include "AddAppWizard.h"
#include "MainWindow.h"
#include "PermissionTree.h"
#include "RedirectUrlListEditor.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace AppKeys::WizardDriver {

namespace {

template <typename Widget> Widget* child(const QObject* parent, const QString& name)
{
    auto* widget = parent->findChild<Widget*>(name);
    if (!widget)
        QTest::qFail(qPrintable(u"no child named %1"_s.arg(name)), __FILE__, __LINE__);
    return widget;
}

QString sourceRadioName(SourceApp source)
{
    switch (source) {
    case SourceApp::ExternalCma:
        return u"externalCmaRadio"_s;
    case SourceApp::ExternalWebstore:
        return u"externalWebstoreRadio"_s;
    case SourceApp::ClientApp:
        return u"clientAppRadio"_s;
    case SourceApp::Bot:
        return u"botRadio"_s;
    }
    return {};
}

void addUrls(RedirectUrlListEditor* editor, const QStringList& urls)
{
    for (const QString& url : urls) {
        typeInto(editor->entryEdit(), url);
        click(editor->addButton());
        QVERIFY2(editor->urls().contains(url), qPrintable(url));
    }
}

void toggleWithSpace(PermissionTree* tree, QTreeWidgetItem* item)
{
    QVERIFY(item);
    tree->setCurrentItem(item);
    QTest::keyClick(tree, Qt::Key_Space);
}

} // namespace

AddAppWizard* clickAdd(MainWindow& window)
{
    auto* toolBar = window.findChild<QToolBar*>(u"mainToolBar"_s);
    auto* addAction = window.findChild<QAction*>(u"addAction"_s);
    if (!toolBar || !addAction)
        return nullptr;
    QTest::mouseClick(toolBar->widgetForAction(addAction), Qt::LeftButton);
    AddAppWizard* wizard = nullptr;
    const bool opened = QTest::qWaitFor([&] {
        wizard = window.findChild<AddAppWizard*>();
        return wizard && wizard->isVisible();
    });
    return opened ? wizard : nullptr;
}

void click(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

void click(QRadioButton* radioButton)
{
    QVERIFY(radioButton);
    QTest::mouseClick(radioButton, Qt::LeftButton, {}, QPoint(8, radioButton->height() / 2));
    QVERIFY2(radioButton->isChecked(), qPrintable(radioButton->text()));
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void fillDetails(QWidget& wizard, const AppDetails& details)
{
    typeInto(child<QLineEdit>(&wizard, u"nameEdit"_s), details.name);
    typeInto(child<QLineEdit>(&wizard, u"uriEdit"_s), details.uri);
    auto* description = child<QPlainTextEdit>(&wizard, u"descriptionEdit"_s);
    QVERIFY(description);
    description->setFocus();
    QTest::keyClicks(description, details.description);

    click(child<QRadioButton>(&wizard,
                              details.loginUserType == LoginUserType::Employee ? u"employeeRadio"_s : u"guestRadio"_s));
    click(child<QRadioButton>(&wizard, sourceRadioName(details.sourceApp)));

    addUrls(child<RedirectUrlListEditor>(&wizard, u"postLogoutRedirectUrls"_s), details.postLogoutRedirectUrls);
    addUrls(child<RedirectUrlListEditor>(&wizard, u"postLoginRedirectUrls"_s), details.postLoginRedirectUrls);
}

void chooseScope(QWidget& wizard, AuthMethod authMethod, const QStringList& groupIds, const QStringList& permissionIds)
{
    click(child<QRadioButton>(&wizard,
                              authMethod == AuthMethod::JwtGroups ? u"jwtGroupsRadio"_s : u"apiKeyGroupsRadio"_s));
    auto* tree = child<PermissionTree>(&wizard, u"permissionTree"_s);
    QVERIFY(tree);
    for (const QString& groupId : groupIds)
        toggleWithSpace(tree, tree->groupItem(groupId));
    for (const QString& permissionId : permissionIds)
        toggleWithSpace(tree, tree->permissionItem(permissionId));
}

} // namespace AppKeys::WizardDriver
