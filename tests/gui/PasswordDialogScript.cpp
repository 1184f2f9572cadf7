#include "PasswordDialogScript.h"

#include "DatabasePasswordDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
// A modal dialog runs its own event loop, in which this timer keeps firing; it only looks, it never waits.
constexpr int WatchIntervalMs = 10;
} // namespace

PasswordDialogScript::PasswordDialogScript(QList<Step> steps) : m_steps(std::move(steps))
{
    QObject::connect(&m_watch, &QTimer::timeout, [this] { playNewDialog(); });
    m_watch.start(WatchIntervalMs);
}

void PasswordDialogScript::typeAndPressReturn(DatabasePasswordDialog& dialog, const QString& password)
{
    QTest::keyClicks(dialog.passwordEdit(), password);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
}

void PasswordDialogScript::playNewDialog()
{
    auto* dialog = qobject_cast<DatabasePasswordDialog*>(QApplication::activeModalWidget());
    if (!dialog || dialog == m_current || !dialog->isVisible())
        return;
    m_current = dialog;
    m_reasons.append(dialog->findChild<QLabel*>(u"reasonLabel"_s)->text());
    if (m_reasons.size() > m_steps.size()) {
        dialog->reject();
        return;
    }
    m_steps.at(m_reasons.size() - 1)(*dialog);
    // A check that failed inside the step returned before answering: close the dialog, or openAsking waits forever.
    if (QTest::currentTestFailed() && dialog->isVisible())
        dialog->reject();
}

} // namespace AppKeys
