// What a screen reader and a keyboard user meet in the Add wizard and the main window: every input, button and
// table has a name, the wizard's tab order follows each page, every action of the main window is reachable from
// the keyboard, and no two controls on one page or menu share a mnemonic, in English, German and Spanish.
#include "AccessibilityProbe.h"
#include "AddAppWizard.h"
#include "ErrorText.h"
#include "FixedClock.h"
#include "InMemorySecretStore.h"
#include "KeyRules.h"
#include "MainWindow.h"
#include "PermissionCatalogue.h"
#include "RegistrySession.h"
#include "TranslationLoader.h"
#include "WindowDriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

/// The widgets of `page` that Tab stops at, in the order Tab visits them, for QCOMPARE.
QString tabChain(QWidget* page)
{
    QStringList names;
    QWidget* widget = page;
    do {
        widget = widget->nextInFocusChain();
        const bool tabStop = (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
        if (tabStop && page->isAncestorOf(widget) && !AccessibilityProbe::isInternalPart(widget))
            names.append(widget->objectName());
    } while (widget != page);
    return names.join(u", "_s);
}

QChar mnemonicOf(const QString& text)
{
    for (qsizetype index = text.indexOf(u'&'); index >= 0 && index + 1 < text.size();
         index = text.indexOf(u'&', index + 2)) {
        if (text.at(index + 1) != u'&')
            return text.at(index + 1).toLower();
    }
    return {};
}

/// Controls that share a mnemonic (Alt+letter) within `root`: Alt+letter then reaches only one of them.
QStringList mnemonicClashes(const QWidget* root)
{
    QMultiHash<QChar, QString> owners;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            text = box->title();
        if (const QChar mnemonic = mnemonicOf(text); !mnemonic.isNull())
            owners.insert(mnemonic, text);
    }
    QStringList clashes;
    for (const QChar mnemonic : owners.uniqueKeys()) {
        if (owners.count(mnemonic) > 1)
            clashes.append(u"Alt+%1: %2"_s.arg(mnemonic).arg(owners.values(mnemonic).join(u", "_s)));
    }
    return clashes;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyControlHasAnAccessibleName();
    void wizardTabOrderFollowsEachPage();
    void everyMainWindowActionIsReachableByKeyboard_data();
    void everyMainWindowActionIsReachableByKeyboard();
    void noTwoControlsShareAMnemonic_data();
    void noTwoControlsShareAMnemonic();

private:
    void openWindows(const QString& language);

    QTemporaryDir m_folder;
    std::optional<RegistrySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AddAppWizard> m_wizard;
};

void AccessibilityTest::init()
{
    QVERIFY(m_folder.isValid());
    auto session = WindowDriver::openSession(m_folder.filePath(u"appkeys.sqlite"_s), Database::AccessMode::ReadWrite,
                                             std::make_shared<InMemorySecretStore>(), std::make_shared<FixedClock>());
    QVERIFY2(session.ok(), qPrintable(errorText(session)));
    m_session = std::move(session).value();
}

void AccessibilityTest::cleanup()
{
    m_wizard.reset();
    m_window.reset();
    m_session.reset();
    QVERIFY(TranslationLoader::install(u"en"_s).ok());
}

void AccessibilityTest::openWindows(const QString& language)
{
    QVERIFY(TranslationLoader::install(language).ok());
    m_window = std::make_unique<MainWindow>(*m_session);
    m_wizard =
        std::make_unique<AddAppWizard>(m_session->apps, m_session->credentials, m_session->repository,
                                       m_session->catalogue, m_session->clipboard.get(), KeyRules::DefaultLifetimeDays);
}

void AccessibilityTest::everyControlHasAnAccessibleName()
{
    openWindows(u"en"_s);
    const QStringList unnamed =
        AccessibilityProbe::unnamedControls(*m_wizard) + AccessibilityProbe::unnamedControls(*m_window);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(u"Without an accessible name or buddy label:\n  "_s + unnamed.join(u"\n  "_s)));
}

void AccessibilityTest::wizardTabOrderFollowsEachPage()
{
    openWindows(u"en"_s);
    const QString urlEditor = u"urlEntry, addUrlButton, removeUrlButton, urlList"_s;
    // Left column top to bottom, then the right one, then the redirect URLs below them, left to right.
    QCOMPARE(tabChain(m_wizard->page(AddAppWizard::DetailsPageId)),
             u"nameEdit, uriEdit, descriptionEdit, guestRadio, employeeRadio, externalCmaRadio, externalWebstoreRadio, "
             u"clientAppRadio, botRadio, %1, %1"_s.arg(urlEditor));
    QCOMPARE(tabChain(m_wizard->page(AddAppWizard::ScopePageId)),
             u"apiKeyGroupsRadio, jwtGroupsRadio, filterEdit, permissionTree"_s);
    QCOMPARE(tabChain(m_wizard->page(AddAppWizard::CredentialsPageId)),
             u"applicationIdEdit, copyApplicationIdButton, copySecretButton, generateApiKeyButton, copyApiKeyButton"_s);
}

void AccessibilityTest::everyMainWindowActionIsReachableByKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void AccessibilityTest::everyMainWindowActionIsReachableByKeyboard()
{
    QFETCH(QString, language);
    openWindows(language);

    // Alt+letter opens a menu, a letter then triggers its action; a shortcut does so from anywhere.
    QStringList unreachable;
    QStringList clashes;
    QMultiHash<QChar, QString> menuMnemonics;
    for (QAction* menuAction : m_window->menuBar()->actions()) {
        menuMnemonics.insert(mnemonicOf(menuAction->text()), menuAction->text());
        QMultiHash<QChar, QString> itemMnemonics;
        for (QAction* action : menuAction->menu()->actions()) {
            if (action->isSeparator())
                continue;
            const QChar mnemonic = mnemonicOf(action->text());
            if (mnemonic.isNull() && action->shortcut().isEmpty())
                unreachable.append(action->text());
            if (!mnemonic.isNull())
                itemMnemonics.insert(mnemonic, action->text());
        }
        for (const QChar mnemonic : itemMnemonics.uniqueKeys()) {
            if (itemMnemonics.count(mnemonic) > 1)
                clashes.append(itemMnemonics.values(mnemonic).join(u", "_s));
        }
    }
    for (const QChar mnemonic : menuMnemonics.uniqueKeys()) {
        if (mnemonic.isNull() || menuMnemonics.count(mnemonic) > 1)
            clashes.append(menuMnemonics.values(mnemonic).join(u", "_s));
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(u"Neither mnemonic nor shortcut: "_s + unreachable.join(u", "_s)));
    QVERIFY2(clashes.isEmpty(), qPrintable(u"Same mnemonic: "_s + clashes.join(u"; "_s)));

    // Every action in the window is in a menu, so the menus cover all of them.
    QStringList outsideMenus;
    for (QAction* action : m_window->findChildren<QAction*>()) {
        const QList<QObject*> users = action->associatedObjects();
        const bool inMenu = std::any_of(users.begin(), users.end(),
                                        [](QObject* object) { return qobject_cast<QMenu*>(object) != nullptr; });
        // A tool bar's own show/hide action lives in its context menu, like in every Qt program.
        const bool toolBarToggle = qobject_cast<QToolBar*>(action->parent()) != nullptr;
        if (!action->isSeparator() && !action->menu() && !action->text().isEmpty() && !inMenu && !toolBarToggle &&
            action->shortcut().isEmpty())
            outsideMenus.append(action->text());
    }
    QVERIFY2(outsideMenus.isEmpty(), qPrintable(u"Reachable by mouse only: "_s + outsideMenus.join(u", "_s)));
}

void AccessibilityTest::noTwoControlsShareAMnemonic_data()
{
    everyMainWindowActionIsReachableByKeyboard_data();
}

void AccessibilityTest::noTwoControlsShareAMnemonic()
{
    QFETCH(QString, language);
    openWindows(language);

    QStringList clashes;
    for (const int pageId : m_wizard->pageIds())
        clashes += mnemonicClashes(m_wizard->page(pageId));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
}

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
