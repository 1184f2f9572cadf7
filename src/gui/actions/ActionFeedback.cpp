#include "ActionFeedback.h"

#include "PlainTextMessageBox.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace AppKeys {

ActionFeedback::ActionFeedback(QWidget* window) : QObject(window), m_window(window) {}

void ActionFeedback::begin(const QString& progressText)
{
    if (m_busy)
        return;
    m_busy = true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    emit statusMessage(progressText);
    emit busyChanged(true);
}

void ActionFeedback::end()
{
    if (!m_busy)
        return;
    m_busy = false;
    QApplication::restoreOverrideCursor();
    emit busyChanged(false);
}

void ActionFeedback::succeeded(const QString& message)
{
    end();
    emit statusMessage(message);
    emit registryChanged();
}

void ActionFeedback::failed(const QString& what, const Error& error)
{
    end();
    emit statusMessage(what);
    emit registryChanged();
    auto* box = new QMessageBox(QMessageBox::Warning, what, what, QMessageBox::Ok, m_window);
    box->setObjectName(u"errorBox"_s);
    box->setInformativeText(error.text());
    PlainTextMessageBox::apply(*box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace AppKeys
