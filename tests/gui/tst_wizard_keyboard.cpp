// The whole Add wizard with the keyboard alone, as someone who cannot use a mouse does it: Ctrl+N in the main
// window, then only Tab, Space, Return, arrow keys and typing on whatever widget has the focus, until Finish. The
// keychain is an in-memory double (it is not the subject here); the registry is a real SQLite file.
#include "AddAppWizard.h"
#include "AppRepository.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "KeyRepository.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "PermissionTree.h"
#include "RegistrySession.h"
#include "SecretField.h"
#include "WindowDriver.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// More than any page has focusable widgets: a target not reached by then is not in the tab chain.
constexpr int MaxTabPresses = 80;

const QString AppName = u"Front desk kiosk"_s;
const QString AppUri = u"https://kiosk.example.com"_s;
const QString AppDescription = u"The tablet at the reception desk."_s;
const QString PostLogoutUrl = u"https://kiosk.example.com/bye"_s;
const QString PostLoginUrl = u"com.example.kiosk:/signed-in"_s;

QWidget* focused()
{
    return QApplication::focusWidget();
}

/// Like a key press of the user's: to the focused widget, or to the active window when nothing has the focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* receiver = focused() ? focused() : QApplication::activeWindow();
    QVERIFY2(receiver, "no window is active");
    QTest::keyClick(receiver, key, modifiers);
}

void type(const QString& text)
{
    QVERIFY2(focused(), "no widget has the keyboard focus");
    QTest::keyClicks(focused(), text);
}

QString describe(const QWidget* widget)
{
    if (!widget)
        return u"nothing"_s;
    return u"%1 “%2”"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

/// Presses Tab until `target` has the focus.
void tabTo(const QWidget* target)
{
    QVERIFY(target);
    for (int presses = 0; presses < MaxTabPresses && focused() != target; ++presses)
        press(Qt::Key_Tab);
    QVERIFY2(focused() == target,
             qPrintable(u"Tab never reached %1; the focus is on %2"_s.arg(describe(target), describe(focused()))));
}

} // namespace

class WizardKeyboardTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAnAppWithTheKeyboardAlone();

private:
    template <typename Widget> Widget* child(const QString& name) const
    {
        return m_wizard ? m_wizard->findChild<Widget*>(name) : nullptr;
    }
    void openWizardWithShortcut();
    void fillDetailsPage();
    void chooseScopeAndCreate();
    void generateKeyAndFinish();
    void pressWizardButton(QWizard::WizardButton which);

    QTemporaryDir m_folder;
    std::shared_ptr<InMemorySecretStore> m_secrets;
    std::optional<RegistrySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<AddAppWizard> m_wizard;
};

void WizardKeyboardTest::init()
{
    QVERIFY(m_folder.isValid());
    m_secrets = std::make_shared<InMemorySecretStore>();
    auto session = WindowDriver::openSession(m_folder.filePath(u"appkeys.sqlite"_s), Database::AccessMode::ReadWrite,
                                             m_secrets, std::make_shared<FixedClock>());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    m_session = std::move(session).value();
    m_window = std::make_unique<MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void WizardKeyboardTest::cleanup()
{
    delete m_wizard;
    m_window.reset();
    m_session.reset();
}

void WizardKeyboardTest::openWizardWithShortcut()
{
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY((m_wizard = m_window->findChild<AddAppWizard*>()) && m_wizard->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard));
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::DetailsPageId));
}

void WizardKeyboardTest::pressWizardButton(QWizard::WizardButton which)
{
    QAbstractButton* button = m_wizard->button(which);
    QTRY_VERIFY2(button->isEnabled(), qPrintable(button->text()));
    tabTo(button);
    press(Qt::Key_Space);
}

void WizardKeyboardTest::fillDetailsPage()
{
    // The page opens with the focus in its first field.
    QTRY_COMPARE(focused(), child<QLineEdit>(u"nameEdit"_s));
    type(AppName);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QLineEdit>(u"uriEdit"_s));
    type(AppUri);
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QPlainTextEdit>(u"descriptionEdit"_s));
    type(AppDescription);

    // A group of radio buttons is one tab stop; the arrow keys choose within it.
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QRadioButton>(u"guestRadio"_s));
    press(Qt::Key_Down);
    QVERIFY(child<QRadioButton>(u"employeeRadio"_s)->isChecked());
    press(Qt::Key_Tab);
    QCOMPARE(focused(), child<QRadioButton>(u"externalCmaRadio"_s));
    for (int step = 0; step < 3; ++step)
        press(Qt::Key_Down);
    QVERIFY(child<QRadioButton>(u"botRadio"_s)->isChecked());

    // Return in a redirect URL's entry adds it to the list.
    tabTo(child<QWidget>(u"postLogoutRedirectUrls"_s)->findChild<QLineEdit*>(u"urlEntry"_s));
    type(PostLogoutUrl);
    press(Qt::Key_Return);
    tabTo(child<QWidget>(u"postLoginRedirectUrls"_s)->findChild<QLineEdit*>(u"urlEntry"_s));
    type(PostLoginUrl);
    press(Qt::Key_Return);
    // NoDefaultButton: Return added the URL and did not leave the page.
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::DetailsPageId));

    pressWizardButton(QWizard::NextButton);
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ScopePageId));
}

void WizardKeyboardTest::chooseScopeAndCreate()
{
    tabTo(child<QRadioButton>(u"apiKeyGroupsRadio"_s));
    press(Qt::Key_Right);
    QVERIFY(child<QRadioButton>(u"jwtGroupsRadio"_s)->isChecked());

    // The filter narrows the tree to one group, the first row; Up reaches it from wherever the tree's focus
    // starts, and Space checks all of its permissions.
    tabTo(child<QLineEdit>(u"filterEdit"_s));
    type(u"gift"_s);
    auto* tree = child<PermissionTree>(u"permissionTree"_s);
    tabTo(tree);
    QTreeWidgetItem* group = tree->groupItem(u"gift_cards"_s);
    for (int presses = 0; presses < 3 && tree->currentItem() != group; ++presses)
        press(Qt::Key_Up);
    QCOMPARE(tree->currentItem(), group);
    press(Qt::Key_Space);
    QCOMPARE(tree->selectedPermissionIds(), (QStringList{u"gift_cards.read"_s, u"gift_cards.write"_s}));

    // The scope page's "Next" is the commit button: it creates the app.
    pressWizardButton(QWizard::CommitButton);
    QTRY_COMPARE(m_wizard->currentId(), int(AddAppWizard::CredentialsPageId));
}

void WizardKeyboardTest::generateKeyAndFinish()
{
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    tabTo(child<QPushButton>(u"generateApiKeyButton"_s));
    press(Qt::Key_Space);
    QTRY_VERIFY(!child<SecretField>(u"apiKeyField"_s)->text().isEmpty());
    pressWizardButton(QWizard::FinishButton);
    QTRY_VERIFY(m_wizard.isNull() || !m_wizard->isVisible());
}

void WizardKeyboardTest::addsAnAppWithTheKeyboardAlone()
{
    openWizardWithShortcut();
    if (QTest::currentTestFailed())
        return;
    fillDetailsPage();
    if (QTest::currentTestFailed())
        return;
    chooseScopeAndCreate();
    if (QTest::currentTestFailed())
        return;
    generateKeyAndFinish();
    if (QTest::currentTestFailed())
        return;

    const Result<QList<AppRecord>> apps = m_session->repository->listApps();
    QVERIFY2(apps.ok(), qPrintable(errorText(apps)));
    QCOMPARE(apps.value().size(), 1);
    const AppRecord& app = apps.value().first();
    QCOMPARE(app.details.name, AppName);
    QCOMPARE(app.details.uri, AppUri);
    QCOMPARE(app.details.description, AppDescription);
    QCOMPARE(app.details.loginUserType, LoginUserType::Employee);
    QCOMPARE(app.details.sourceApp, SourceApp::Bot);
    QCOMPARE(app.details.postLogoutRedirectUrls, QStringList{PostLogoutUrl});
    QCOMPARE(app.details.postLoginRedirectUrls, QStringList{PostLoginUrl});
    QCOMPARE(app.scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(app.scope.permissionIds, (QStringList{u"gift_cards.read"_s, u"gift_cards.write"_s}));
    const Result<QList<KeyRecord>> keys = m_session->keys->keysForApp(app.applicationId);
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().size(), 1);
    // The secret and the key went to the (in-memory) keychain, not the registry.
    QCOMPARE(m_secrets->entryKeys().size(), 2);
}

QTEST_MAIN(WizardKeyboardTest)
#include "tst_wizard_keyboard.moc"
