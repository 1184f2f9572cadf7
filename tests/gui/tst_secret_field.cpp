#include "CredentialsPage.h"
#include "IssuedCredentials.h"
#include "SecretField.h"
#include "SecretValueDialog.h"
#include "SecureClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AppKeys;

namespace {

const QString Secret = u"appsec_0123456789abcdefghijABCDEFGHIJ0123456789zz0000"_s;
const QString ApiKey = u"appkey_ABCDEFGHIJ0123456789abcdefghij0123456789zz1111"_s;

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

QByteArray passwordManagerHint()
{
    const QMimeData* data = clipboard()->mimeData();
    return data ? data->data(QString::fromLatin1(SecureClipboard::PasswordManagerHintFormat)) : QByteArray();
}

} // namespace

/// The secret and the API key can be copied only with AppKeys' own Copy (tagged, cleared, counted down): on the
/// wizard's Credentials page and in the dialog that shows a new or revealed value.
class SecretFieldTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void credentialsPageSecretEscapesNoOtherWay();
    void credentialsPageMnemonicReachesCopy();
    void dialogValueEscapesNoOtherWay();
    void dialogStartsOnCopy();

private:
    /// Everything that copies a line edit's text behind the Copy button: select all and Ctrl+C, a double click and
    /// a drag (which would set the X11 primary selection), and the context menu.
    static void tryEveryOtherWayToCopy(SecretField* field);
    static void verifyNothingEscaped(SecretField* field);
};

void SecretFieldTest::init()
{
    clipboard()->clear();
    if (clipboard()->supportsSelection())
        clipboard()->clear(QClipboard::Selection);
}

void SecretFieldTest::tryEveryOtherWayToCopy(SecretField* field)
{
    QTest::mouseDClick(field, Qt::LeftButton, {}, QPoint(20, field->height() / 2));
    QTest::mousePress(field, Qt::LeftButton, {}, QPoint(2, field->height() / 2));
    QTest::mouseMove(field, QPoint(field->width() - 2, field->height() / 2));
    QTest::mouseRelease(field, Qt::LeftButton, {}, QPoint(field->width() - 2, field->height() / 2));
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(field->window(), Qt::Key_C, Qt::ControlModifier);
    QContextMenuEvent menuRequest(QContextMenuEvent::Mouse, QPoint(5, 5), field->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(field, &menuRequest);
}

void SecretFieldTest::verifyNothingEscaped(SecretField* field)
{
    QCOMPARE(clipboard()->text(), QString());
    if (clipboard()->supportsSelection())
        QCOMPARE(clipboard()->text(QClipboard::Selection), QString());
    // Without a selection there is nothing for the primary selection either, on any platform.
    QVERIFY(!field->hasSelectedText());
    QCOMPARE(field->selectedText(), QString());
    QCOMPARE(field->textInteractionFlags(), Qt::TextInteractionFlags(Qt::NoTextInteraction));
    QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
    QCOMPARE(QApplication::activePopupWidget(), nullptr);
    QCOMPARE(field->focusPolicy(), Qt::NoFocus);
}

void SecretFieldTest::credentialsPageSecretEscapesNoOtherWay()
{
    SecureClipboard secureClipboard;
    CredentialsPage page(nullptr, &secureClipboard, 365);
    page.showIssuedApp(IssuedApp{u"0b9c6a8e-5a53-4d7e-9a0f-2f8f3c1d7e11"_s, Secret, u"appsec_…0000"_s});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* field = page.findChild<SecretField*>(u"secretField"_s);
    QCOMPARE(field->text(), Secret);

    tryEveryOtherWayToCopy(field);
    verifyNothingEscaped(field);

    QTest::mouseClick(page.findChild<QPushButton*>(u"copySecretButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard()->text(), Secret);
    QCOMPARE(passwordManagerHint(), QByteArrayLiteral("secret"));
    QCOMPARE(secureClipboard.secondsLeft(), SecureClipboard::DefaultClearDelaySeconds);
}

void SecretFieldTest::credentialsPageMnemonicReachesCopy()
{
    SecureClipboard secureClipboard;
    CredentialsPage page(nullptr, &secureClipboard, 365);
    page.showIssuedApp(IssuedApp{u"0b9c6a8e-5a53-4d7e-9a0f-2f8f3c1d7e11"_s, Secret, u"appsec_…0000"_s});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));

    QTest::keyClick(&page, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), page.findChild<QPushButton*>(u"copySecretButton"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(clipboard()->text(), Secret);
    QCOMPARE(passwordManagerHint(), QByteArrayLiteral("secret"));
}

void SecretFieldTest::dialogValueEscapesNoOtherWay()
{
    SecureClipboard secureClipboard;
    SecretValueDialog dialog({u"API key"_s, u"The new API key of “Web store”:"_s, u"API key"_s, ApiKey, {}},
                             &secureClipboard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* field = dialog.findChild<SecretField*>(u"valueField"_s);
    QCOMPARE(field->text(), ApiKey);

    tryEveryOtherWayToCopy(field);
    verifyNothingEscaped(field);

    QTest::mouseClick(dialog.findChild<QPushButton*>(u"copyButton"_s), Qt::LeftButton);
    QCOMPARE(clipboard()->text(), ApiKey);
    QCOMPARE(passwordManagerHint(), QByteArrayLiteral("secret"));
    QCOMPARE(secureClipboard.secondsLeft(), SecureClipboard::DefaultClearDelaySeconds);
}

void SecretFieldTest::dialogStartsOnCopy()
{
    SecureClipboard secureClipboard;
    SecretValueDialog dialog({u"API key"_s, u"The new API key of “Web store”:"_s, u"API key"_s, ApiKey, {}},
                             &secureClipboard);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    QCOMPARE(QApplication::focusWidget(), dialog.findChild<QPushButton*>(u"copyButton"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(clipboard()->text(), ApiKey);
}

QTEST_MAIN(SecretFieldTest)
#include "tst_secret_field.moc"
