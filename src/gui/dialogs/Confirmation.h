#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace AppKeys {

/// A window-modal question before something that cannot be taken back. Cancel is the default button, so
/// Enter alone never confirms.
namespace Confirmation {

struct Question
{
    QString title;
    QString text;            ///< names what is affected, e.g. the app or the key hint
    QString informativeText; ///< what follows from it
    QString confirmText;     ///< the confirming button's text, e.g. "Revoke key"
};

/// Opens the question and returns at once; `confirmed` runs only if the user presses the confirming button
/// (object name "confirmButton").
void ask(QWidget* parent, const Question& question, std::function<void()> confirmed);

} // namespace Confirmation

} // namespace AppKeys
