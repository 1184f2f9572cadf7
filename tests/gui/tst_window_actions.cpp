// Each action of the main window performed through the window, as a user would: trigger the action, answer its
// dialog, then check what the window shows and what the registry, the audit trail and the real keychain hold.
// Runs inside scripts/with-keyring.
#include "AppDetailsForm.h"
#include "AppRepository.h"
#include "AppService.h"
#include "ApplicationTableModel.h"
#include "AuditLog.h"
#include "CallbackResult.h"
#include "CredentialFormat.h"
#include "CredentialService.h"
#include "DeleteAppDialog.h"
#include "EditDetailsDialog.h"
#include "EditScopeDialog.h"
#include "ErrorCode.h"
#include "ErrorText.h"
#include "FieldMessageLabel.h"
#include "FixedClock.h"
#include "GenerateKeyDialog.h"
#include "KeyLifetimeChooser.h"
#include "KeyRepository.h"
#include "KeyTableModel.h"
#include "KeychainSecretStore.h"
#include "LocalTime.h"
#include "MainWindow.h"
#include "PermissionTree.h"
#include "RotateKeyDialog.h"
#include "SampleApps.h"
#include "SecretEntryKeys.h"
#include "SecretValueDialog.h"
#include "TemporarySession.h"
#include "TestKeychain.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"
#include "WizardDriver.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QDateTime Now = FixedClock::defaultNow();

} // namespace

class WindowActionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generateKeyAsksTheLifetimeAndShowsTheKeyOnce();
    void rotateKeyKeepsTheOldKeyForTheOverlap();
    void revokeKeyAsksNamingTheKeyThenEndsItForGood();
    void regenerateSecretAsksThenShowsTheNewSecret();
    void deactivateAsksAndReactivateRestores();
    void deleteNeedsTheNameTypedAndKeepsTheAuditTrail();
    void revealingASecretOrKeyIsAudited();
    void editDetailsUsesTheWizardsRules();
    void editDetailsConflictKeepsWhatTheUserTyped();
    void editScopeChangesMethodAndPermissions();
    void aFailedActionIsExplainedAndTheWindowCatchesUp();
    void credentialsMissingFromTheKeychainAreMarkedWithTheirCure();

private:
    struct CreatedApp
    {
        AppRecord record;
        QString secret;
    };
    /// An app created through AppService: its secret is in the real keychain.
    CreatedApp createApp(const QString& name);
    IssuedKey generateKey(const QString& applicationId);
    std::unique_ptr<MainWindow> showWindowOn(const QString& appName);
    AuditEntry lastAuditEntry() const;
    QStringList keychainEntries() const;
    QString cell(const QString& appName, int column) const
    {
        return WindowDriver::cellText(*m_window, appName, column);
    }
    void closeSecretDialog(SecretValueDialog* dialog);

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<TemporarySession> m_registry;
    std::unique_ptr<MainWindow> m_window;
};

void WindowActionsTest::initTestCase()
{
    const QString problem = TestKeychain::environmentProblem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // English plural forms ("2 credentials"), as the program has them.
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void WindowActionsTest::init()
{
    m_clock = std::make_shared<FixedClock>();
    m_registry = std::make_unique<TemporarySession>(std::make_shared<KeychainSecretStore>(), m_clock);
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
}

void WindowActionsTest::cleanup()
{
    m_window.reset();
    m_registry.reset();
}

WindowActionsTest::CreatedApp WindowActionsTest::createApp(const QString& name)
{
    CallbackResult<Result<IssuedApp>> created;
    m_registry->session().apps->createApp(SampleApps::details(name), SampleApps::scope(), created.callback());
    if (!created.wait() || !created.value().ok()) {
        QTest::qFail("the app was not created", __FILE__, __LINE__);
        return {};
    }
    return {m_registry->session().repository->findApp(created.value().value().applicationId).value(),
            created.value().value().secret};
}

IssuedKey WindowActionsTest::generateKey(const QString& applicationId)
{
    CallbackResult<Result<IssuedKey>> generated;
    m_registry->session().credentials->generateApiKey(applicationId, 365, generated.callback());
    if (!generated.wait() || !generated.value().ok()) {
        QTest::qFail("no key was generated", __FILE__, __LINE__);
        return {};
    }
    return generated.value().value();
}

std::unique_ptr<MainWindow> WindowActionsTest::showWindowOn(const QString& appName)
{
    auto window = WindowDriver::showWindow(m_registry->session());
    if (!window || !WindowDriver::selectApp(*window, appName))
        return nullptr;
    return window;
}

AuditEntry WindowActionsTest::lastAuditEntry() const
{
    const Result<QList<AuditEntry>> entries = m_registry->session().auditLog->entries();
    return entries.ok() && !entries.value().isEmpty() ? entries.value().last() : AuditEntry{};
}

QStringList WindowActionsTest::keychainEntries() const
{
    const Result<QStringList> entries =
        TestKeychain::appKeysEntries(m_registry->session().database->registryId() + u'/');
    return entries.ok() ? entries.value() : QStringList{u"(secret-tool failed)"_s};
}

void WindowActionsTest::closeSecretDialog(SecretValueDialog* dialog)
{
    QVERIFY(dialog);
    WindowDriver::clickStandardButton(dialog, QDialogButtonBox::Close);
    QVERIFY(WindowDriver::waitUntilClosed<SecretValueDialog>());
}

void WindowActionsTest::generateKeyAsksTheLifetimeAndShowsTheKeyOnce()
{
    const CreatedApp app = createApp(u"Web store"_s);
    m_window = showWindowOn(u"Web store"_s);
    QVERIFY(m_window);
    QCOMPARE(cell(u"Web store"_s, ApplicationTableModel::StatusColumn), u"No key"_s);

    WindowDriver::trigger(*m_window, u"generateKeyAction"_s);
    auto* dialog = WindowDriver::waitForModal<GenerateKeyDialog>();
    QVERIFY(dialog);
    QComboBox* lifetime = dialog->lifetimeChooser()->choices();
    QCOMPARE(lifetime->currentData().toInt(), 365);
    lifetime->setCurrentIndex(lifetime->findData(90));
    QCOMPARE(dialog->findChild<QLabel*>(u"expiryLabel"_s)->text(),
             u"The key will expire on %1."_s.arg(LocalTime::longDate(Now.addDays(90))));
    WindowDriver::clickButton(dialog, u"generateButton"_s);

    // While the keychain works: a busy cursor, and no second action can start.
    QVERIFY(QApplication::overrideCursor());
    QVERIFY(!WindowDriver::action(*m_window, u"generateKeyAction"_s)->isEnabled());
    QVERIFY(!WindowDriver::action(*m_window, u"deleteAction"_s)->isEnabled());

    auto* shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    QVERIFY(shown);
    QVERIFY(!QApplication::overrideCursor());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"A new API key for “Web store” was generated."_s);
    const QString apiKey = shown->value();
    QVERIFY(CredentialFormat::isWellFormed(apiKey, CredentialKind::ApiKey));
    QVERIFY(shown->findChild<FieldMessageLabel*>(u"noteLabel"_s)->text().startsWith(u"Note the key now"_s));
    WindowDriver::clickButton(shown, u"copyButton"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), apiKey);
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             QByteArrayLiteral("secret"));
    closeSecretDialog(shown);

    QCOMPARE(cell(u"Web store"_s, ApplicationTableModel::StatusColumn), u"Active"_s);
    QCOMPARE(cell(u"Web store"_s, ApplicationTableModel::ExpiresColumn), LocalTime::date(Now.addDays(90)));
    QCOMPARE(m_window->findChild<QTableView*>(u"keysTable"_s)->model()->rowCount(), 1);
    const QList<KeyRecord> keys = m_registry->session().keys->keysForApp(app.record.applicationId).value();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().keySha256, CredentialFormat::sha256Hex(apiKey));
    QCOMPARE(keys.first().expiresAt, Now.addDays(90));
    const Result<QString> keptKey = TestKeychain::read(SecretEntryKeys::apiKey(
        m_registry->session().database->registryId(), app.record.applicationId, keys.first().keyId));
    QVERIFY2(keptKey.ok(), qPrintable(errorText(keptKey)));
    QCOMPARE(keptKey.value(), apiKey);
    QCOMPARE(lastAuditEntry().action, u"key.generated"_s);
}

void WindowActionsTest::rotateKeyKeepsTheOldKeyForTheOverlap()
{
    const CreatedApp app = createApp(u"Booking"_s);
    const IssuedKey oldKey = generateKey(app.record.applicationId);
    m_window = showWindowOn(u"Booking"_s);
    QVERIFY(m_window);

    WindowDriver::trigger(*m_window, u"rotateKeyAction"_s);
    auto* dialog = WindowDriver::waitForModal<RotateKeyDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->overlapSpin()->value(), 7);
    QCOMPARE(dialog->overlapSpin()->minimum(), 0);
    QCOMPARE(dialog->overlapSpin()->maximum(), 30);
    auto* explanation = dialog->findChild<QLabel*>(u"overlapExplanation"_s);
    QVERIFY(explanation->text().startsWith(
        u"The old key %1 keeps working until %2"_s.arg(oldKey.keyHint, LocalTime::minutes(Now.addDays(7)))));
    dialog->overlapSpin()->setFocus();
    dialog->overlapSpin()->selectAll();
    QTest::keyClicks(dialog->overlapSpin(), u"3"_s);
    QVERIFY(explanation->text().contains(LocalTime::minutes(Now.addDays(3))));
    WindowDriver::clickButton(dialog, u"rotateButton"_s);

    auto* shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    QVERIFY(shown);
    const QString newKey = shown->value();
    QVERIFY(CredentialFormat::isWellFormed(newKey, CredentialKind::ApiKey));
    QVERIFY(newKey != oldKey.apiKey);
    closeSecretDialog(shown);

    const QList<KeyRecord> keys = m_registry->session().keys->keysForApp(app.record.applicationId).value();
    QCOMPARE(keys.size(), 2);
    const KeyRecord& stillOld = keys.at(0).keyId == oldKey.keyId ? keys.at(0) : keys.at(1);
    QCOMPARE(stillOld.expiresAt, Now.addDays(3));
    QVERIFY(!stillOld.revokedAt.isValid());
    QCOMPARE(m_window->findChild<QTableView*>(u"keysTable"_s)->model()->rowCount(), 2);
    // Two usable keys: neither another key nor another rotation until one ends.
    QVERIFY(!WindowDriver::action(*m_window, u"generateKeyAction"_s)->isEnabled());
    QVERIFY(!WindowDriver::action(*m_window, u"rotateKeyAction"_s)->isEnabled());
    const AuditEntry rotated = lastAuditEntry();
    QCOMPARE(rotated.action, u"key.rotated"_s);
    QCOMPARE(rotated.details.value(u"old_key_hint"_s).toString(), oldKey.keyHint);
}

void WindowActionsTest::revokeKeyAsksNamingTheKeyThenEndsItForGood()
{
    const CreatedApp app = createApp(u"Kiosk"_s);
    const IssuedKey key = generateKey(app.record.applicationId);
    const QString entry =
        SecretEntryKeys::apiKey(m_registry->session().database->registryId(), app.record.applicationId, key.keyId);
    QVERIFY(keychainEntries().contains(entry));
    m_window = showWindowOn(u"Kiosk"_s);
    QVERIFY(m_window);
    m_window->findChild<QTableView*>(u"keysTable"_s)->selectRow(0);

    // Cancel first: nothing happens.
    WindowDriver::trigger(*m_window, u"revokeKeyAction"_s);
    auto* question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    QCOMPARE(question->text(), u"Revoke the API key %1 of “Kiosk”?"_s.arg(key.keyHint));
    QVERIFY(question->informativeText().contains(u"cannot be undone"_s));
    WizardDriver::click(question->button(QMessageBox::Cancel));
    QVERIFY(WindowDriver::waitUntilClosed<QMessageBox>());
    QVERIFY(!m_registry->session().keys->findKey(app.record.applicationId, key.keyId).value().revokedAt.isValid());

    WindowDriver::trigger(*m_window, u"revokeKeyAction"_s);
    question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    WindowDriver::clickButton(question, u"confirmButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"Kiosk"_s, ApplicationTableModel::StatusColumn), u"Revoked"_s, 30000);

    QTRY_VERIFY(!QApplication::overrideCursor());
    QCOMPARE(m_registry->session().keys->findKey(app.record.applicationId, key.keyId).value().revokedAt, Now);
    QVERIFY(!keychainEntries().contains(entry));
    QCOMPARE(lastAuditEntry().action, u"key.revoked"_s);
    QCOMPARE(lastAuditEntry().keyHint, key.keyHint);
    const QAbstractItemModel* keys = m_window->findChild<QTableView*>(u"keysTable"_s)->model();
    QCOMPARE(keys->index(0, KeyTableModel::StatusColumn).data().toString(), u"Revoked"_s);
    // Final: a revoked key cannot be revoked or revealed again.
    QVERIFY(!WindowDriver::action(*m_window, u"revokeKeyAction"_s)->isEnabled());
    QVERIFY(!WindowDriver::action(*m_window, u"revealKeyAction"_s)->isEnabled());
}

void WindowActionsTest::regenerateSecretAsksThenShowsTheNewSecret()
{
    const CreatedApp app = createApp(u"Reception"_s);
    m_window = showWindowOn(u"Reception"_s);
    QVERIFY(m_window);

    WindowDriver::trigger(*m_window, u"regenerateSecretAction"_s);
    auto* question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    QCOMPARE(question->text(), u"Regenerate the secret of “Reception”?"_s);
    QVERIFY(question->informativeText().contains(u"stops working at once"_s));
    WindowDriver::clickButton(question, u"confirmButton"_s);

    auto* shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    QVERIFY(shown);
    const QString secret = shown->value();
    QVERIFY(CredentialFormat::isWellFormed(secret, CredentialKind::Secret));
    QVERIFY(secret != app.secret);
    QVERIFY(shown->findChild<FieldMessageLabel*>(u"noteLabel"_s)->text().startsWith(u"Note the secret now"_s));
    closeSecretDialog(shown);

    const AppRecord stored = m_registry->session().repository->findApp(app.record.applicationId).value();
    QCOMPARE(stored.secretSha256, CredentialFormat::sha256Hex(secret));
    const Result<QString> keptSecret = TestKeychain::read(SecretEntryKeys::appSecret(
        m_registry->session().database->registryId(), app.record.applicationId, stored.secretSha256));
    QVERIFY2(keptSecret.ok(), qPrintable(errorText(keptSecret)));
    QCOMPARE(keptSecret.value(), secret);
    QCOMPARE(m_window->findChild<QLabel*>(u"secretHintValue"_s)->text(), CredentialFormat::hint(secret));
    QCOMPARE(lastAuditEntry().action, u"secret.regenerated"_s);
}

void WindowActionsTest::deactivateAsksAndReactivateRestores()
{
    const CreatedApp app = createApp(u"Chat bot"_s);
    generateKey(app.record.applicationId);
    m_window = showWindowOn(u"Chat bot"_s);
    QVERIFY(m_window);
    QVERIFY(!WindowDriver::action(*m_window, u"reactivateAction"_s)->isEnabled());

    WindowDriver::trigger(*m_window, u"deactivateAction"_s);
    auto* question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    QCOMPARE(question->text(), u"Deactivate “Chat bot”?"_s);
    WindowDriver::clickButton(question, u"confirmButton"_s);
    QTRY_COMPARE(cell(u"Chat bot"_s, ApplicationTableModel::StatusColumn), u"Inactive"_s);

    QVERIFY(!m_registry->session().repository->findApp(app.record.applicationId).value().active);
    QCOMPARE(lastAuditEntry().action, u"app.deactivated"_s);
    QVERIFY(WindowDriver::cellData(*m_window, u"Chat bot"_s, ApplicationTableModel::StatusColumn, Qt::ForegroundRole)
                .isValid());
    QVERIFY(!WindowDriver::action(*m_window, u"deactivateAction"_s)->isEnabled());
    QVERIFY(!WindowDriver::action(*m_window, u"generateKeyAction"_s)->isEnabled());

    WindowDriver::trigger(*m_window, u"reactivateAction"_s);
    QCOMPARE(cell(u"Chat bot"_s, ApplicationTableModel::StatusColumn), u"Active"_s);
    QVERIFY(m_registry->session().repository->findApp(app.record.applicationId).value().active);
    QCOMPARE(lastAuditEntry().action, u"app.reactivated"_s);
    QVERIFY(WindowDriver::action(*m_window, u"deactivateAction"_s)->isEnabled());
}

void WindowActionsTest::deleteNeedsTheNameTypedAndKeepsTheAuditTrail()
{
    const CreatedApp app = createApp(u"Old widget"_s);
    generateKey(app.record.applicationId);
    createApp(u"Stays"_s);
    const QString prefix = m_registry->session().database->registryId() + u'/' + app.record.applicationId;
    QCOMPARE(keychainEntries().filter(prefix).size(), 2);
    m_window = showWindowOn(u"Old widget"_s);
    QVERIFY(m_window);

    WindowDriver::trigger(*m_window, u"deleteAction"_s);
    auto* dialog = WindowDriver::waitForModal<DeleteAppDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel*>(u"explanationLabel"_s)->text().startsWith(u"Delete “Old widget”?"_s));
    QVERIFY(!dialog->deleteButton()->isEnabled());
    WindowDriver::typeInto(dialog, u"confirmationEdit"_s, u"old widget"_s);
    QVERIFY(!dialog->deleteButton()->isEnabled());
    WindowDriver::typeInto(dialog, u"confirmationEdit"_s, u"Old widget"_s);
    QVERIFY(dialog->deleteButton()->isEnabled());
    WizardDriver::click(dialog->deleteButton());

    QTRY_VERIFY_WITH_TIMEOUT(
        !WindowDriver::columnTexts(*m_window, ApplicationTableModel::NameColumn).contains(u"Old widget"_s), 30000);
    QCOMPARE(WindowDriver::columnTexts(*m_window, ApplicationTableModel::NameColumn), QStringList{u"Stays"_s});
    QCOMPARE(m_window->findChild<QWidget*>(u"panelStack"_s)->findChild<QWidget*>(u"emptyPage"_s)->isVisible(), true);
    QCOMPARE(m_registry->session().repository->findApp(app.record.applicationId).error().code, ErrorCode::NotFound);
    QVERIFY(keychainEntries().filter(prefix).isEmpty());
    QCOMPARE(m_registry->session().repository->isNameTaken(u"Old widget"_s).value(), false);
    const AuditEntry deleted = lastAuditEntry();
    QCOMPARE(deleted.action, u"app.deleted"_s);
    QCOMPARE(deleted.details.value(u"name"_s).toString(), u"Old widget"_s);
    AuditFilter ofTheApp;
    ofTheApp.applicationId = app.record.applicationId;
    QCOMPARE(m_registry->session().auditLog->entries(ofTheApp).value().size(), 3);
}

void WindowActionsTest::revealingASecretOrKeyIsAudited()
{
    const CreatedApp app = createApp(u"Payments"_s);
    const IssuedKey key = generateKey(app.record.applicationId);
    m_window = showWindowOn(u"Payments"_s);
    QVERIFY(m_window);

    WindowDriver::trigger(*m_window, u"revealSecretAction"_s);
    auto* shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    QVERIFY(shown);
    QCOMPARE(shown->value(), app.secret);
    QCOMPARE(shown->findChild<FieldMessageLabel*>(u"noteLabel"_s)->text(),
             u"This read was recorded in the audit trail."_s);
    closeSecretDialog(shown);
    QCOMPARE(lastAuditEntry().action, u"secret.revealed"_s);
    const QAbstractItemModel* history = m_window->findChild<QTableView*>(u"historyTable"_s)->model();
    QCOMPARE(history->index(0, 3).data().toString(), u"Secret revealed"_s);

    WindowDriver::trigger(*m_window, u"revealKeyAction"_s);
    shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    QVERIFY(shown);
    QCOMPARE(shown->value(), key.apiKey);
    WindowDriver::clickButton(shown, u"copyButton"_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), key.apiKey);
    closeSecretDialog(shown);
    QCOMPARE(lastAuditEntry().action, u"key.revealed"_s);
    QCOMPARE(lastAuditEntry().keyHint, key.keyHint);
    QVERIFY(!QString::fromUtf8(QJsonDocument(lastAuditEntry().details).toJson()).contains(key.apiKey));
}

void WindowActionsTest::editDetailsUsesTheWizardsRules()
{
    const CreatedApp app = createApp(u"Storefront"_s);
    createApp(u"Taken name"_s);
    m_window = showWindowOn(u"Storefront"_s);
    QVERIFY(m_window);

    WindowDriver::trigger(*m_window, u"editDetailsAction"_s);
    auto* dialog = WindowDriver::waitForModal<EditDetailsDialog>();
    QVERIFY(dialog);
    auto* name = dialog->findChild<QLineEdit*>(u"nameEdit"_s);
    QCOMPARE(name->text(), u"Storefront"_s);
    // Its own name is not "taken".
    QTRY_VERIFY(dialog->saveButton()->isEnabled());

    WizardDriver::typeInto(name, u"TAKEN NAME"_s);
    QTRY_VERIFY(dialog->findChild<FieldMessageLabel*>(u"nameMessage"_s)
                    ->text()
                    .startsWith(u"An app named “TAKEN NAME” already exists"_s));
    QVERIFY(!dialog->saveButton()->isEnabled());
    WizardDriver::typeInto(name, u"Storefront 2"_s);
    WizardDriver::typeInto(dialog->findChild<QLineEdit*>(u"uriEdit"_s), u"https://shop.example.com"_s);
    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    WizardDriver::click(dialog->saveButton());
    QVERIFY(WindowDriver::waitUntilClosed<EditDetailsDialog>());

    QCOMPARE(m_window->findChild<QLabel*>(u"nameLabel"_s)->text(), u"Storefront 2"_s);
    QCOMPARE(m_window->findChild<QLabel*>(u"uriValue"_s)->text(), u"https://shop.example.com"_s);
    QVERIFY(WindowDriver::columnTexts(*m_window, ApplicationTableModel::NameColumn).contains(u"Storefront 2"_s));
    const AppRecord stored = m_registry->session().repository->findApp(app.record.applicationId).value();
    QCOMPARE(stored.details.name, u"Storefront 2"_s);
    QCOMPARE(stored.details.uri, u"https://shop.example.com"_s);
    QCOMPARE(stored.rowVersion, app.record.rowVersion + 1);
    const AuditEntry edited = lastAuditEntry();
    QCOMPARE(edited.action, u"app.details_edited"_s);
    QCOMPARE(edited.details.value(u"changes"_s).toObject().value(u"uri"_s).toObject().value(u"to"_s).toString(),
             u"https://shop.example.com"_s);
}

void WindowActionsTest::editDetailsConflictKeepsWhatTheUserTyped()
{
    const CreatedApp app = createApp(u"Shared app"_s);
    m_window = showWindowOn(u"Shared app"_s);
    QVERIFY(m_window);
    WindowDriver::trigger(*m_window, u"editDetailsAction"_s);
    auto* dialog = WindowDriver::waitForModal<EditDetailsDialog>();
    QVERIFY(dialog);
    auto* uri = dialog->findChild<QLineEdit*>(u"uriEdit"_s);
    WizardDriver::typeInto(uri, u"https://mine.example.com"_s);

    // Meanwhile another admin, on a connection of their own, changes the same app.
    auto otherDatabase = Database::openSqlite(m_registry->registryPath());
    QVERIFY(otherDatabase.ok());
    AppRepository other(otherDatabase.value(), m_clock);
    AppDetails theirs = app.record.details;
    theirs.description = u"Changed by a colleague."_s;
    QVERIFY(other.updateDetails(app.record.applicationId, app.record.rowVersion, theirs).ok());

    QTRY_VERIFY(dialog->saveButton()->isEnabled());
    WizardDriver::click(dialog->saveButton());

    // The dialog stays, says what happened, and has lost nothing.
    QVERIFY(dialog->isVisible());
    auto* message = dialog->findChild<FieldMessageLabel*>(u"saveMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Someone else changed this app while you were editing"_s),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(u"What you entered is still here"_s));
    QCOMPARE(uri->text(), u"https://mine.example.com"_s);
    QCOMPARE(m_registry->session().repository->findApp(app.record.applicationId).value().details.uri,
             app.record.details.uri);
    // The window behind shows their change already.
    QCOMPARE(m_window->findChild<QLabel*>(u"descriptionValue"_s)->text(), u"Changed by a colleague."_s);

    // Saving again, knowingly, stores what the user typed.
    WizardDriver::click(dialog->saveButton());
    QVERIFY(WindowDriver::waitUntilClosed<EditDetailsDialog>());
    QCOMPARE(m_registry->session().repository->findApp(app.record.applicationId).value().details.uri,
             u"https://mine.example.com"_s);
    QCOMPARE(m_window->findChild<QLabel*>(u"uriValue"_s)->text(), u"https://mine.example.com"_s);
}

void WindowActionsTest::editScopeChangesMethodAndPermissions()
{
    const CreatedApp app = createApp(u"Reports"_s);
    m_window = showWindowOn(u"Reports"_s);
    QVERIFY(m_window);

    WindowDriver::trigger(*m_window, u"editScopeAction"_s);
    auto* dialog = WindowDriver::waitForModal<EditScopeDialog>();
    QVERIFY(dialog);
    auto* tree = dialog->findChild<PermissionTree*>(u"permissionTree"_s);
    QCOMPARE(tree->selectedPermissionIds(), app.record.scope.permissionIds);
    QVERIFY(dialog->findChild<QRadioButton*>(u"apiKeyGroupsRadio"_s)->isChecked());

    // Nothing selected: Save waits.
    WizardDriver::chooseScope(*dialog, AuthMethod::JwtGroups, {u"appointments"_s}, {});
    QVERIFY(tree->selectedPermissionIds().isEmpty());
    QVERIFY(!dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->findChild<FieldMessageLabel*>(u"permissionMessage"_s)->text(),
             u"Select at least one permission."_s);
    WizardDriver::chooseScope(*dialog, AuthMethod::JwtGroups, {}, {u"reports.read"_s, u"centers.read"_s});
    QVERIFY(dialog->saveButton()->isEnabled());
    WizardDriver::click(dialog->saveButton());
    QVERIFY(WindowDriver::waitUntilClosed<EditScopeDialog>());

    QCOMPARE(cell(u"Reports"_s, ApplicationTableModel::AuthMethodColumn), u"Access tokens (JWT GROUPS)"_s);
    QCOMPARE(cell(u"Reports"_s, ApplicationTableModel::PermissionsColumn), u"2"_s);
    const AppRecord stored = m_registry->session().repository->findApp(app.record.applicationId).value();
    QCOMPARE(stored.scope.authMethod, AuthMethod::JwtGroups);
    QCOMPARE(stored.scope.permissionIds, (QStringList{u"centers.read"_s, u"reports.read"_s}));
    QCOMPARE(m_window->findChild<PermissionTree*>(u"scopeTree"_s)->selectedPermissionIds(),
             (QStringList{u"centers.read"_s, u"reports.read"_s}));
    const AuditEntry edited = lastAuditEntry();
    QCOMPARE(edited.action, u"app.scope_edited"_s);
    QVERIFY(edited.details.contains(u"auth_method"_s));
}

void WindowActionsTest::aFailedActionIsExplainedAndTheWindowCatchesUp()
{
    const CreatedApp app = createApp(u"Vanishing"_s);
    m_window = showWindowOn(u"Vanishing"_s);
    QVERIFY(m_window);
    // Another admin deletes the app after this window read it.
    auto otherDatabase = Database::openSqlite(m_registry->registryPath());
    QVERIFY(otherDatabase.ok());
    QVERIFY(AppRepository(otherDatabase.value(), m_clock).markDeleted(app.record.applicationId).ok());

    WindowDriver::trigger(*m_window, u"deactivateAction"_s);
    auto* question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    WindowDriver::clickButton(question, u"confirmButton"_s);

    QMessageBox* error = nullptr;
    QTRY_VERIFY((error = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) &&
                error->objectName() == u"errorBox"_s);
    QCOMPARE(error->text(), u"“Vanishing” was not deactivated"_s);
    QVERIFY2(error->informativeText().contains(
                 u"There is no app with the Application ID %1."_s.arg(app.record.applicationId)),
             qPrintable(error->informativeText()));
    WizardDriver::click(error->button(QMessageBox::Ok));
    QVERIFY(WindowDriver::waitUntilClosed<QMessageBox>());
    QVERIFY(WindowDriver::columnTexts(*m_window, ApplicationTableModel::NameColumn).isEmpty());
}

void WindowActionsTest::credentialsMissingFromTheKeychainAreMarkedWithTheirCure()
{
    const CreatedApp app = createApp(u"Chat bot"_s);
    const IssuedKey key = generateKey(app.record.applicationId);
    const QString registryId = m_registry->session().database->registryId();
    QVERIFY(
        TestKeychain::remove(SecretEntryKeys::appSecret(registryId, app.record.applicationId, app.record.secretSha256))
            .ok());
    KeychainSecretStore keychain;
    QVERIFY(answerOf<Status>([&](auto done) {
                keychain.write(SecretEntryKeys::apiKey(registryId, app.record.applicationId, key.keyId),
                               CredentialFormat::generate(CredentialKind::ApiKey), std::move(done));
            }).ok());
    m_registry->setSweepsKeychainAtStart(true);
    m_window = showWindowOn(u"Chat bot"_s);
    QVERIFY(m_window);

    // The sweep runs once the window is up, then marks the table, the details panel and its Keys tab.
    QTRY_COMPARE(cell(u"Chat bot"_s, ApplicationTableModel::StatusColumn),
                 u"Active — Secret not in this keychain; Keychain holds a different key"_s);
    auto* marks = m_window->findChild<QLabel*>(u"keychainLabel"_s);
    QTRY_VERIFY(marks->isVisible());
    QCOMPARE(marks->text(), u"Secret not in this keychain (%1). Regenerate the secret to issue one that works here.\n"
                            "Keychain holds a different key (%2). Rotate the key to issue one that works here."_s.arg(
                                app.record.secretHint, key.keyHint));
    const auto* keys = m_window->findChild<QTableView*>(u"keysTable"_s);
    QCOMPARE(keys->model()->index(0, KeyTableModel::StatusColumn).data().toString(),
             u"Active — Keychain holds a different key"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"2 credentials lack their plaintext in this keychain: see the Status column."_s);

    // Regenerating cures the secret: its mark goes; the key's stays until it is rotated.
    WindowDriver::trigger(*m_window, u"regenerateSecretAction"_s);
    auto* question = WindowDriver::waitForModal<QMessageBox>();
    QVERIFY(question);
    WindowDriver::clickButton(question, u"confirmButton"_s);
    auto* shown = WindowDriver::waitForModal<SecretValueDialog>(30000);
    QVERIFY(shown);
    closeSecretDialog(shown);
    QTRY_COMPARE(cell(u"Chat bot"_s, ApplicationTableModel::StatusColumn),
                 u"Active — Keychain holds a different key"_s);
    QCOMPARE(marks->text(),
             u"Keychain holds a different key (%1). Rotate the key to issue one that works here."_s.arg(key.keyHint));
}

QTEST_MAIN(WindowActionsTest)
#include "tst_window_actions.moc"
