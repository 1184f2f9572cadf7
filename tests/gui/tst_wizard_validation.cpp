#include "AccessibilityProbe.h"
#include "AddAppWizard.h"
#include "AppService.h"
#include "CredentialFormat.h"
#include "CredentialService.h"
#include "ErrorText.h"
#include "FieldMessageLabel.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "KeyRules.h"
#include "PermissionCatalogue.h"
#include "PermissionTree.h"
#include "RedirectUrlListEditor.h"
#include "SampleApps.h"
#include "SecretField.h"
#include "SecureClipboard.h"
#include "TemporaryRegistry.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QString ValidName = u"Mobile booking"_s;
const QString ValidUri = u"https://booking.example.com"_s;
const QString TakenName = u"Front desk bot"_s;

QStringList numberedRedirectUrls(int count)
{
    QStringList urls;
    for (int number = 1; number <= count; ++number)
        urls.append(u"https://booking.example.com/signed-out/%1"_s.arg(number));
    return urls;
}

/// How a control character or a long text really gets into a field: pasted.
void pasteInto(QWidget* edit, const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

bool isPrintable(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isPrint(); });
}

} // namespace

class WizardValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshPageWaitsForTheRequiredFieldsWithoutScolding();
    void validInputEnablesNext();
    void invalidFieldKeepsNextDisabledAndSaysWhy_data();
    void invalidFieldKeepsNextDisabledAndSaysWhy();
    void uriWarningsDoNotBlock_data();
    void uriWarningsDoNotBlock();
    void descriptionCounterCountsCharacters();
    void privateUseSchemeRedirectIsAccepted();
    void invalidRedirectUrlIsNotAdded();
    void removeTakesSelectedUrlsOff();
    void inputsHaveAccessibleNames();

    void scopeWithoutPermissionKeepsNextDisabled();
    void groupBoxTogglesAllItsPermissions();
    void filterHidesWhatDoesNotMatchAndKeepsTheSelection();
    void creatingBlocksLeavingUntilTheKeychainAnswers();
    void keychainFailureIsShownAndNothingIsCreated();
    void generatedKeyShowsItsExpiryAndEnablesFinish();
    void closingBeforeTheAppExistsNeedsNoConfirmation();

private:
    QAbstractButton* button(QWizard::WizardButton which) const { return m_wizard->button(which); }
    template <typename Widget> Widget* child(const QString& name) const { return m_wizard->findChild<Widget*>(name); }
    RedirectUrlListEditor* postLogoutEditor() const
    {
        return child<RedirectUrlListEditor>(u"postLogoutRedirectUrls"_s);
    }
    PermissionTree* tree() const { return child<PermissionTree>(u"permissionTree"_s); }
    void fillValidDetails();
    void goToScopePage();
    void goToCredentialsPage();
    void addRedirectUrls(RedirectUrlListEditor* editor, const QStringList& urls);
    QMessageBox* waitForMessageBox() const;

    std::unique_ptr<TemporaryRegistry> m_registry;
    std::shared_ptr<InMemorySecretStore> m_secrets;
    std::shared_ptr<FixedClock> m_clock;
    std::shared_ptr<const PermissionCatalogue> m_catalogue;
    std::unique_ptr<SecureClipboard> m_clipboard;
    std::unique_ptr<AddAppWizard> m_wizard;
};

void WizardValidationTest::init()
{
    m_registry = std::make_unique<TemporaryRegistry>();
    QVERIFY2(m_registry->isOpen(), qPrintable(m_registry->errorText()));
    QVERIFY(m_registry->repository()->insertApp(SampleApps::record(TakenName, FixedClock::defaultNow())).ok());
    auto catalogue = PermissionCatalogue::load(QString::fromLatin1(PermissionCatalogue::DefaultResourcePath));
    QVERIFY2(catalogue.ok(), qPrintable(errorText(catalogue)));
    m_catalogue = std::make_shared<const PermissionCatalogue>(std::move(catalogue).value());
    m_secrets = std::make_shared<InMemorySecretStore>();
    m_clock = std::make_shared<FixedClock>();
    auto apps = std::make_shared<AppService>(m_registry->database(), m_secrets, m_catalogue, m_clock);
    auto credentials = std::make_shared<CredentialService>(m_registry->database(), m_secrets, m_clock);
    m_clipboard = std::make_unique<SecureClipboard>();
    m_wizard = std::make_unique<AddAppWizard>(apps, credentials, m_registry->repository(), m_catalogue,
                                              m_clipboard.get(), KeyRules::DefaultLifetimeDays);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void WizardValidationTest::cleanup()
{
    m_wizard.reset();
    m_clipboard.reset();
    m_registry.reset();
}

void WizardValidationTest::fillValidDetails()
{
    WizardDriver::typeInto(child<QLineEdit>(u"nameEdit"_s), ValidName);
    WizardDriver::typeInto(child<QLineEdit>(u"uriEdit"_s), ValidUri);
    QTRY_VERIFY(button(QWizard::NextButton)->isEnabled());
}

void WizardValidationTest::goToScopePage()
{
    fillValidDetails();
    WizardDriver::click(button(QWizard::NextButton));
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ScopePageId));
}

void WizardValidationTest::goToCredentialsPage()
{
    goToScopePage();
    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"appointments"_s}, {});
    WizardDriver::click(button(QWizard::CommitButton));
    QTRY_COMPARE(m_wizard->currentId(), int(AddAppWizard::CredentialsPageId));
}

void WizardValidationTest::addRedirectUrls(RedirectUrlListEditor* editor, const QStringList& urls)
{
    for (const QString& url : urls) {
        WizardDriver::typeInto(editor->entryEdit(), url);
        WizardDriver::click(editor->addButton());
    }
    QCOMPARE(editor->urls().size(), urls.size());
}

QMessageBox* WizardValidationTest::waitForMessageBox() const
{
    QMessageBox* box = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        return box != nullptr;
    });
    return shown ? box : nullptr;
}

void WizardValidationTest::freshPageWaitsForTheRequiredFieldsWithoutScolding()
{
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::DetailsPageId));
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<FieldMessageLabel>(u"nameMessage"_s)->isVisible());
    QVERIFY(!child<FieldMessageLabel>(u"uriMessage"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"nameEdit"_s)->placeholderText().startsWith(u"Required"_s));
    QVERIFY(child<QLineEdit>(u"uriEdit"_s)->placeholderText().startsWith(u"Required"_s));
}

void WizardValidationTest::validInputEnablesNext()
{
    fillValidDetails();

    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QCOMPARE(button(QWizard::NextButton)->text(), u"Next"_s);
    QVERIFY(!child<FieldMessageLabel>(u"nameMessage"_s)->isVisible());
    QVERIFY(!child<FieldMessageLabel>(u"uriMessage"_s)->isVisible());
}

void WizardValidationTest::invalidFieldKeepsNextDisabledAndSaysWhy_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("addedBefore");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedMessage");

    const QString name = u"name"_s;
    const QString uri = u"uri"_s;
    const QString description = u"description"_s;
    const QString redirect = u"postLogoutRedirectUrl"_s;
    QTest::newRow("empty name") << name << QStringList() << QString() << u"Enter a name for the app."_s;
    QTest::newRow("whitespace-only name") << name << QStringList() << u"   "_s << u"Enter a name for the app."_s;
    QTest::newRow("101-character name") << name << QStringList() << QString(101, u'n')
                                        << u"The name has 101 characters; at most 100 are allowed."_s;
    QTest::newRow("control character in name")
        << name << QStringList() << u"Front\tdesk"_s << u"must not contain control characters"_s;
    QTest::newRow("name taken, other case")
        << name << QStringList() << u"FRONT DESK BOT"_s << u"An app named “FRONT DESK BOT” already exists"_s;
    QTest::newRow("URI without scheme") << uri << QStringList() << u"booking.example.com"_s
                                        << u"starts with its scheme"_s;
    QTest::newRow("ftp URI") << uri << QStringList() << u"ftp://files.example.com"_s << u"“ftp:” is not allowed"_s;
    QTest::newRow("javascript URI") << uri << QStringList() << u"javascript:alert(1)"_s
                                    << u"“javascript:” is not allowed"_s;
    QTest::newRow("description over 1000 characters")
        << description << QStringList() << QString(1001, u'd') << u"at most 1000 are allowed"_s;
    QTest::newRow("redirect URL with fragment")
        << redirect << QStringList() << u"https://booking.example.com/bye#top"_s << u"fragment"_s;
    QTest::newRow("redirect URL with wildcard")
        << redirect << QStringList() << u"https://*.example.com/bye"_s << u"wildcard"_s;
    QTest::newRow("redirect URL over http on a public host")
        << redirect << QStringList() << u"http://booking.example.com/bye"_s << u"http is allowed only for localhost"_s;
    QTest::newRow("duplicate redirect URL")
        << redirect << numberedRedirectUrls(1) << numberedRedirectUrls(1).first() << u"is in the list twice"_s;
    QTest::newRow("21 redirect URLs") << redirect << numberedRedirectUrls(20) << u"https://booking.example.com/21"_s
                                      << u"At most 20 redirect URLs are allowed"_s;
}

void WizardValidationTest::invalidFieldKeepsNextDisabledAndSaysWhy()
{
    QFETCH(QString, field);
    QFETCH(QStringList, addedBefore);
    QFETCH(QString, input);
    QFETCH(QString, expectedMessage);
    fillValidDetails();
    addRedirectUrls(postLogoutEditor(), addedBefore);
    QVERIFY(button(QWizard::NextButton)->isEnabled());

    FieldMessageLabel* message = nullptr;
    if (field == u"name"_s || field == u"uri"_s) {
        auto* edit = child<QLineEdit>(field + u"Edit"_s);
        if (isPrintable(input))
            WizardDriver::typeInto(edit, input);
        else
            pasteInto(edit, input);
        QCOMPARE(edit->text(), input);
        message = child<FieldMessageLabel>(field + u"Message"_s);
    } else if (field == u"description"_s) {
        pasteInto(child<QPlainTextEdit>(u"descriptionEdit"_s), input);
        message = child<FieldMessageLabel>(u"descriptionMessage"_s);
    } else {
        WizardDriver::typeInto(postLogoutEditor()->entryEdit(), input);
        message = postLogoutEditor()->messageLabel();
    }

    // The name is looked up in the registry after a pause in typing; the verdict is final once shown.
    QTRY_VERIFY2(message->isVisible() && message->text().contains(expectedMessage), qPrintable(message->text()));
    QCOMPARE(message->severity(), FieldCheck::Severity::Invalid);
    QVERIFY(!button(QWizard::NextButton)->isEnabled());
}

void WizardValidationTest::uriWarningsDoNotBlock_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expectedWarning");
    QTest::newRow("http on a public host") << u"http://booking.example.com"_s << u"http is not encrypted"_s;
    QTest::newRow("http on localhost") << u"http://localhost:8080"_s << QString();
    QTest::newRow("https") << u"https://booking.example.com/app"_s << QString();
}

void WizardValidationTest::uriWarningsDoNotBlock()
{
    QFETCH(QString, uri);
    QFETCH(QString, expectedWarning);
    fillValidDetails();

    WizardDriver::typeInto(child<QLineEdit>(u"uriEdit"_s), uri);

    auto* message = child<FieldMessageLabel>(u"uriMessage"_s);
    QCOMPARE(message->isVisible(), !expectedWarning.isEmpty());
    if (!expectedWarning.isEmpty()) {
        QVERIFY2(message->text().contains(expectedWarning), qPrintable(message->text()));
        QCOMPARE(message->severity(), FieldCheck::Severity::Warning);
    }
    QTRY_VERIFY(button(QWizard::NextButton)->isEnabled());
}

void WizardValidationTest::descriptionCounterCountsCharacters()
{
    auto* counter = child<QLabel>(u"descriptionCounter"_s);
    QCOMPARE(counter->text(), u"0 / 1000"_s);
    auto* description = child<QPlainTextEdit>(u"descriptionEdit"_s);
    description->setFocus();
    QTest::keyClicks(description, u"Books online"_s);
    QCOMPARE(counter->text(), u"12 / 1000"_s);
}

void WizardValidationTest::privateUseSchemeRedirectIsAccepted()
{
    fillValidDetails();
    auto* editor = child<RedirectUrlListEditor>(u"postLoginRedirectUrls"_s);

    addRedirectUrls(editor, {u"com.example.booking:/callback"_s, u"http://localhost:8080/signed-in"_s});

    QCOMPARE(editor->urls(), (QStringList{u"com.example.booking:/callback"_s, u"http://localhost:8080/signed-in"_s}));
    QVERIFY(!editor->messageLabel()->isVisible());
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void WizardValidationTest::invalidRedirectUrlIsNotAdded()
{
    fillValidDetails();
    RedirectUrlListEditor* editor = postLogoutEditor();
    WizardDriver::typeInto(editor->entryEdit(), u"https://booking.example.com/bye#top"_s);

    QVERIFY(!editor->addButton()->isEnabled());
    QTest::keyClick(editor->entryEdit(), Qt::Key_Return);

    QVERIFY(editor->urls().isEmpty());
    QCOMPARE(editor->entryEdit()->text(), u"https://booking.example.com/bye#top"_s);
    QVERIFY(editor->messageLabel()->isVisible());
    // Fixing the entry and pressing Return adds it and completes the page again.
    WizardDriver::typeInto(editor->entryEdit(), u"https://booking.example.com/bye"_s);
    QTest::keyClick(editor->entryEdit(), Qt::Key_Return);
    QCOMPARE(editor->urls(), QStringList{u"https://booking.example.com/bye"_s});
    QVERIFY(editor->entryEdit()->text().isEmpty());
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::DetailsPageId));
    QVERIFY(button(QWizard::NextButton)->isEnabled());
}

void WizardValidationTest::removeTakesSelectedUrlsOff()
{
    fillValidDetails();
    RedirectUrlListEditor* editor = postLogoutEditor();
    addRedirectUrls(editor, numberedRedirectUrls(3));
    QVERIFY(!editor->removeButton()->isEnabled());

    editor->listWidget()->setCurrentRow(1);
    WizardDriver::click(editor->removeButton());

    QCOMPARE(editor->urls(), (QStringList{numberedRedirectUrls(3).at(0), numberedRedirectUrls(3).at(2)}));
}

void WizardValidationTest::inputsHaveAccessibleNames()
{
    const QStringList unnamed = AccessibilityProbe::unnamedControls(*m_wizard);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void WizardValidationTest::scopeWithoutPermissionKeepsNextDisabled()
{
    goToScopePage();

    QAbstractButton* next = button(QWizard::CommitButton);
    QVERIFY(next->isVisible());
    QCOMPARE(next->text(), u"Next"_s);
    QVERIFY(!next->isEnabled());
    auto* message = child<FieldMessageLabel>(u"permissionMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"Select at least one permission."_s);
    QCOMPARE(child<QLabel>(u"selectionCountLabel"_s)->text(),
             u"0 of %1 permissions selected"_s.arg(m_catalogue->permissionCount()));
    QVERIFY(child<QLabel>(u"commitNote"_s)->isVisible());
    QVERIFY(child<QLabel>(u"commitNote"_s)->text().contains(u"Application ID and secret"_s));
}

void WizardValidationTest::groupBoxTogglesAllItsPermissions()
{
    goToScopePage();
    QTreeWidgetItem* guests = tree()->groupItem(u"guests"_s);
    QVERIFY(guests);
    QVERIFY(guests->flags().testFlag(Qt::ItemIsAutoTristate));

    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"guests"_s}, {});

    QCOMPARE(tree()->selectedPermissionIds(), (QStringList{u"guests.delete"_s, u"guests.read"_s, u"guests.write"_s}));
    QCOMPARE(child<QLabel>(u"selectionCountLabel"_s)->text(),
             u"3 of %1 permissions selected"_s.arg(m_catalogue->permissionCount()));
    QVERIFY(!child<FieldMessageLabel>(u"permissionMessage"_s)->isVisible());
    QVERIFY(button(QWizard::CommitButton)->isEnabled());

    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {}, {u"guests.delete"_s});
    QCOMPARE(guests->checkState(0), Qt::PartiallyChecked);
    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"guests"_s}, {});
    QCOMPARE(guests->checkState(0), Qt::Checked);
    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"guests"_s}, {});
    QVERIFY(tree()->selectedPermissionIds().isEmpty());
    QVERIFY(!button(QWizard::CommitButton)->isEnabled());
}

void WizardValidationTest::filterHidesWhatDoesNotMatchAndKeepsTheSelection()
{
    goToScopePage();
    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"appointments"_s}, {});
    auto* filter = child<QLineEdit>(u"filterEdit"_s);

    WizardDriver::typeInto(filter, u"pay"_s);
    QVERIFY(!tree()->groupItem(u"payments"_s)->isHidden());
    QVERIFY(!tree()->permissionItem(u"payments.card"_s)->isHidden());
    QVERIFY(tree()->groupItem(u"appointments"_s)->isHidden());
    QVERIFY(tree()->groupItem(u"guests"_s)->isHidden());

    WizardDriver::typeInto(filter, u"delete"_s);
    QVERIFY(!tree()->permissionItem(u"guests.delete"_s)->isHidden());
    QVERIFY(tree()->permissionItem(u"guests.read"_s)->isHidden());

    QCOMPARE(tree()->selectedPermissionIds(), (QStringList{u"appointments.read"_s, u"appointments.write"_s}));
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    WizardDriver::typeInto(filter, QString());
    QVERIFY(!tree()->groupItem(u"appointments"_s)->isHidden());
    QVERIFY(!tree()->permissionItem(u"guests.read"_s)->isHidden());
}

void WizardValidationTest::creatingBlocksLeavingUntilTheKeychainAnswers()
{
    goToScopePage();
    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"appointments"_s}, {});
    m_secrets->setHoldWrites(true);

    WizardDriver::click(button(QWizard::CommitButton));

    QTRY_COMPARE(m_secrets->heldWriteCount(), 1);
    QVERIFY(child<QWidget>(u"busyPanel"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"busyLabel"_s)->text(), u"Creating app…"_s);
    QVERIFY(!button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!button(QWizard::BackButton)->isEnabled());
    QVERIFY(!button(QWizard::CancelButton)->isEnabled());
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QVERIFY(m_wizard->isVisible());

    m_secrets->releaseHeldWrites();
    QTRY_COMPARE(m_wizard->currentId(), int(AddAppWizard::CredentialsPageId));
    QVERIFY(!button(QWizard::BackButton)->isEnabled() || !button(QWizard::BackButton)->isVisible());
    const QString secret = child<SecretField>(u"secretField"_s)->text();
    QVERIFY2(CredentialFormat::isWellFormed(secret, CredentialKind::Secret), qPrintable(secret.left(7)));
    QCOMPARE(m_registry->repository()->listApps().value().size(), 2);
}

void WizardValidationTest::keychainFailureIsShownAndNothingIsCreated()
{
    goToScopePage();
    WizardDriver::chooseScope(*m_wizard, AuthMethod::ApiKeyGroups, {u"appointments"_s}, {});
    const Error locked{u"The keyring is locked."_s, u"Unlock your keyring, then press Next again."_s, 4};
    m_secrets->setWriteFailure(locked);

    WizardDriver::click(button(QWizard::CommitButton));

    QMessageBox* box = waitForMessageBox();
    QVERIFY(box);
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QVERIFY(box->informativeText().contains(locked.message));
    QVERIFY(box->informativeText().contains(locked.hint));
    WizardDriver::click(box->button(QMessageBox::Ok));
    QTRY_VERIFY(!QApplication::activeModalWidget());

    auto* inlineMessage = child<FieldMessageLabel>(u"creationMessage"_s);
    QVERIFY(inlineMessage->isVisible());
    QCOMPARE(inlineMessage->text(), locked.text());
    QCOMPARE(m_wizard->currentId(), int(AddAppWizard::ScopePageId));
    QVERIFY(button(QWizard::CommitButton)->isEnabled());
    QVERIFY(button(QWizard::BackButton)->isEnabled());
    QCOMPARE(m_registry->repository()->listApps().value().size(), 1);
    QVERIFY(m_secrets->entryKeys().isEmpty());

    // Once the keychain is unlocked, the same page goes on.
    m_secrets->setWriteFailure(std::nullopt);
    WizardDriver::click(button(QWizard::CommitButton));
    QTRY_COMPARE(m_wizard->currentId(), int(AddAppWizard::CredentialsPageId));
    QCOMPARE(m_registry->repository()->listApps().value().size(), 2);
}

void WizardValidationTest::generatedKeyShowsItsExpiryAndEnablesFinish()
{
    goToCredentialsPage();
    QVERIFY(!button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!child<SecretField>(u"apiKeyField"_s)->isVisible());

    WizardDriver::click(child<QPushButton>(u"generateApiKeyButton"_s));

    QTRY_VERIFY(button(QWizard::FinishButton)->isEnabled());
    const QString apiKey = child<SecretField>(u"apiKeyField"_s)->text();
    QVERIFY(child<SecretField>(u"apiKeyField"_s)->isVisible());
    QVERIFY(CredentialFormat::isWellFormed(apiKey, CredentialKind::ApiKey));
    const QDate expiry = FixedClock::defaultNow().addDays(365).toLocalTime().date();
    QCOMPARE(child<QLabel>(u"expiryLabel"_s)->text(),
             u"Expires on %1"_s.arg(QLocale().toString(expiry, QLocale::LongFormat)));
    QCOMPARE(button(QWizard::FinishButton)->text(), u"Finish"_s);
    QVERIFY(!child<QPushButton>(u"generateApiKeyButton"_s)->isVisible());
}

void WizardValidationTest::closingBeforeTheAppExistsNeedsNoConfirmation()
{
    goToScopePage();

    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);

    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_wizard->result(), int(QDialog::Rejected));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(m_registry->repository()->listApps().value().size(), 1);
}

QTEST_MAIN(WizardValidationTest)
#include "tst_wizard_validation.moc"
