#include "AddAppWizard.h"
#include "AppRepository.h"
#include "ApplicationTableModel.h"
#include "CredentialFormat.h"
#include "ErrorText.h"
#include "KeyRepository.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "SecretEntryKeys.h"
#include "SecretField.h"
#include "SecureClipboard.h"
#include "SystemClock.h"
#include "TemporarySession.h"
#include "TestKeychain.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

AppDetails frontDeskBot()
{
    AppDetails details;
    details.name = u"Front desk bot"_s;
    details.uri = u"https://bot.example.com"_s;
    details.description = u"Answers booking questions in the chat."_s;
    details.loginUserType = LoginUserType::Employee;
    details.sourceApp = SourceApp::Bot;
    details.postLogoutRedirectUrls = {u"https://bot.example.com/signed-out"_s};
    details.postLoginRedirectUrls = {u"com.example.bot:/callback"_s, u"http://localhost:8080/signed-in"_s};
    return details;
}

} // namespace

class WizardFlowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addToFinishStoresTheAppAndItsKey();
    void closingWithoutAKeyAsksAndKeepsTheApp();

private:
    /// Add, page 1 and page 2 as a user fills them; ends on page 3.
    AddAppWizard* createAppThroughTheWizard(MainWindow& window);
    QLineEdit* lineEdit(const QString& name) const { return m_wizard->findChild<QLineEdit*>(name); }
    QMessageBox* waitForMessageBox() const;

    std::unique_ptr<TemporarySession> m_registry;
    QPointer<AddAppWizard> m_wizard;
};

void WizardFlowTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void WizardFlowTest::init()
{
    m_registry =
        std::make_unique<TemporarySession>(std::make_shared<KeychainSecretStore>(), std::make_shared<SystemClock>());
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
}

void WizardFlowTest::cleanup()
{
    delete m_wizard;
    m_registry.reset();
}

QMessageBox* WizardFlowTest::waitForMessageBox() const
{
    QMessageBox* box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        return box != nullptr;
    });
    return shown ? box : nullptr;
}

AddAppWizard* WizardFlowTest::createAppThroughTheWizard(MainWindow& window)
{
    m_wizard = WizardDriver::clickAdd(window);
    if (!m_wizard)
        return nullptr;
    WizardDriver::fillDetails(*m_wizard, frontDeskBot());
    if (!QTest::qWaitFor([this] { return m_wizard->button(QWizard::NextButton)->isEnabled(); }))
        return nullptr;
    WizardDriver::click(m_wizard->button(QWizard::NextButton));
    WizardDriver::chooseScope(*m_wizard, AuthMethod::JwtGroups, {u"appointments"_s}, {u"services.read"_s});
    WizardDriver::click(m_wizard->button(QWizard::CommitButton));
    const bool created =
        QTest::qWaitFor([this] { return m_wizard->currentId() == AddAppWizard::CredentialsPageId; }, 30000);
    return created ? m_wizard.data() : nullptr;
}

void WizardFlowTest::addToFinishStoresTheAppAndItsKey()
{
    MainWindow window(m_registry->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Manage Applications — AppKeys"_s);
    auto* stack = window.findChild<QStackedWidget*>(u"contentStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyStatePage"_s);

    QVERIFY(createAppThroughTheWizard(window));
    if (QTest::currentTestFailed())
        return;

    // Page 3: the credentials as shown, and no way back.
    const QString applicationId = lineEdit(u"applicationIdEdit"_s)->text();
    auto* secretField = m_wizard->findChild<SecretField*>(u"secretField"_s);
    const QString secret = secretField->text();
    static const QRegularExpression uuidV4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(uuidV4.match(applicationId).hasMatch(), qPrintable(applicationId));
    QVERIFY(CredentialFormat::isWellFormed(secret, CredentialKind::Secret));
    // Every character as wide as any other, so that look-alikes stand apart. Measured, not asked of QFontInfo:
    // fontconfig may resolve "monospace" to a family Qt does not flag as fixed-pitch (Noto Sans Mono).
    const QFontMetrics secretMetrics(secretField->font());
    QCOMPARE(secretMetrics.horizontalAdvance(u'i'), secretMetrics.horizontalAdvance(u'W'));
    QCOMPARE(secretMetrics.horizontalAdvance(u'l'), secretMetrics.horizontalAdvance(u'0'));
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled() || !m_wizard->button(QWizard::BackButton)->isVisible());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());

    // Copy: the secret is tagged for clipboard managers and counted down; the Application ID is neither.
    WizardDriver::click(m_wizard->findChild<QPushButton*>(u"copySecretButton"_s));
    const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QCOMPARE(copied->text(), secret);
    QCOMPARE(copied->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    auto* clipboardStatus = m_wizard->findChild<QLabel*>(u"clipboardStatusLabel"_s);
    QVERIFY(clipboardStatus->isVisible());
    QCOMPARE(clipboardStatus->text(), u"Clipboard clears in 30 s"_s);
    WizardDriver::click(m_wizard->findChild<QPushButton*>(u"copyApplicationIdButton"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), applicationId);
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));

    // Generate API Key, then Finish.
    WizardDriver::click(m_wizard->findChild<QPushButton*>(u"generateApiKeyButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
    const QString apiKey = m_wizard->findChild<SecretField*>(u"apiKeyField"_s)->text();
    QVERIFY(CredentialFormat::isWellFormed(apiKey, CredentialKind::ApiKey));
    WizardDriver::click(m_wizard->findChild<QPushButton*>(u"copyApiKeyButton"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), apiKey);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             QByteArrayLiteral("secret"));
    WizardDriver::click(m_wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(m_wizard.isNull());

    // The main window reloaded: the app is in the table.
    QCOMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);
    const QAbstractItemModel* table = window.findChild<QTableView*>(u"appTable"_s)->model();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->index(0, ApplicationTableModel::NameColumn).data().toString(), frontDeskBot().name);
    QCOMPARE(table->index(0, ApplicationTableModel::SourceAppColumn).data().toString(), u"Bot"_s);

    // The database holds the app as entered, and only hashes of what was shown.
    const Result<AppRecord> stored = m_registry->session().repository->findApp(applicationId);
    QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
    const AppRecord& app = stored.value();
    const AppDetails expected = frontDeskBot();
    QCOMPARE(app.details.name, expected.name);
    QCOMPARE(app.details.uri, expected.uri);
    QCOMPARE(app.details.description, expected.description);
    QCOMPARE(app.details.loginUserType, LoginUserType::Employee);
    QCOMPARE(app.details.sourceApp, SourceApp::Bot);
    QCOMPARE(app.details.postLogoutRedirectUrls, expected.postLogoutRedirectUrls);
    QCOMPARE(app.details.postLoginRedirectUrls, expected.postLoginRedirectUrls);
    QCOMPARE(app.scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(app.scope.permissionIds,
             (QStringList{u"appointments.read"_s, u"appointments.write"_s, u"services.read"_s}));
    QCOMPARE(app.secretSha256, CredentialFormat::sha256Hex(secret));
    QCOMPARE(app.secretHint, CredentialFormat::hint(secret));

    const Result<QList<KeyRecord>> keys = m_registry->session().keys->keysForApp(applicationId);
    QVERIFY(keys.ok());
    QCOMPARE(keys.value().size(), 1);
    const KeyRecord& key = keys.value().first();
    QCOMPARE(key.keySha256, CredentialFormat::sha256Hex(apiKey));
    QCOMPARE(key.expiresAt, key.createdAt.addDays(365));

    // The keychain holds exactly what page 3 showed.
    const QString registryId = m_registry->session().database->registryId();
    const Result<QString> keptSecret =
        TestKeychain::read(SecretEntryKeys::appSecret(registryId, applicationId, CredentialFormat::sha256Hex(secret)));
    QVERIFY2(keptSecret.ok(), qPrintable(errorText(keptSecret)));
    QCOMPARE(keptSecret.value(), secret);
    const Result<QString> keptKey = TestKeychain::read(SecretEntryKeys::apiKey(registryId, applicationId, key.keyId));
    QVERIFY2(keptKey.ok(), qPrintable(errorText(keptKey)));
    QCOMPARE(keptKey.value(), apiKey);
}

void WizardFlowTest::closingWithoutAKeyAsksAndKeepsTheApp()
{
    MainWindow window(m_registry->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(createAppThroughTheWizard(window));
    if (QTest::currentTestFailed())
        return;
    const QString applicationId = lineEdit(u"applicationIdEdit"_s)->text();

    // Escape asks first; No keeps the wizard open on page 3.
    QTest::keyClick(m_wizard.data(), Qt::Key_Escape);
    QMessageBox* question = waitForMessageBox();
    QVERIFY(question);
    QCOMPARE(question->text(), u"The app “Front desk bot” was created without an API key. You can generate one later "
                               u"from the main window. Close anyway?"_s);
    WizardDriver::click(question->button(QMessageBox::No));
    QTRY_VERIFY(!qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
    QVERIFY(m_wizard && m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::CredentialsPageId));

    // The window's close button asks the same; Yes closes, and the app stays, keyless.
    m_wizard->close();
    question = waitForMessageBox();
    QVERIFY(question);
    WizardDriver::click(question->button(QMessageBox::Yes));
    QTRY_VERIFY(m_wizard.isNull());

    QVERIFY(m_registry->session().repository->findApp(applicationId).ok());
    QCOMPARE(m_registry->session().keys->keysForApp(applicationId).value().size(), 0);
    const QAbstractItemModel* table = window.findChild<QTableView*>(u"appTable"_s)->model();
    QCOMPARE(table->rowCount(), 1);
}

QTEST_MAIN(WizardFlowTest)
#include "tst_wizard_flow.moc"
