#include "Confirmation.h"

#include "PlainTextMessageBox.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace AppKeys::Confirmation {

void ask(QWidget* parent, const Question& question, std::function<void()> confirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::Cancel, parent);
    box->setInformativeText(question.informativeText);
    PlainTextMessageBox::apply(*box);
    QPushButton* confirmButton = box->addButton(question.confirmText, QMessageBox::AcceptRole);
    confirmButton->setObjectName(u"confirmButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirmButton, confirmed = std::move(confirmed)](QAbstractButton* clicked) {
                         if (clicked == confirmButton)
                             confirmed();
                     });
    box->open();
}

} // namespace AppKeys::Confirmation
