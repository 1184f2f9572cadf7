#include "AppEditDialog.h"

#include "AppRepository.h"
#include "ErrorCode.h"
#include "FieldMessageLabel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

AppEditDialog::AppEditDialog(const AppRecord& app, std::shared_ptr<const AppRepository> repository, QWidget* parent)
    : QDialog(parent), m_applicationId(app.applicationId), m_rowVersion(app.rowVersion),
      m_repository(std::move(repository)), m_layout(new QVBoxLayout(this)), m_message(new FieldMessageLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_message->setObjectName(u"saveMessage"_s);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_buttons);
    // Enter in a field must not save by accident.
    saveButton()->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AppEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* AppEditDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void AppEditDialog::setForm(QWidget* form)
{
    m_layout->insertWidget(0, form, 1);
}

void AppEditDialog::setSaveEnabled(bool enabled)
{
    saveButton()->setEnabled(enabled);
}

void AppEditDialog::accept()
{
    if (!saveButton()->isEnabled())
        return;
    const Status saved = submit(m_rowVersion);
    if (saved) {
        QDialog::accept();
        return;
    }
    if (saved.error().code == ErrorCode::Conflict) {
        showConflict(saved.error());
        return;
    }
    m_message->showCheck(FieldCheck::invalid(saved.error().text()));
    if (saved.error().code == ErrorCode::NotFound)
        emit changedElsewhere();
}

void AppEditDialog::showConflict(const Error& error)
{
    takeNewerVersion();
    m_message->showCheck(FieldCheck::warning(
        error.message + u'\n' +
        tr("What you entered is still here. Save again to replace their change with yours, or Cancel to keep "
           "theirs.")));
    emit changedElsewhere();
}

void AppEditDialog::takeNewerVersion()
{
    const Result<AppRecord> stored = m_repository->findApp(m_applicationId);
    if (stored)
        m_rowVersion = stored.value().rowVersion;
}

} // namespace AppKeys
