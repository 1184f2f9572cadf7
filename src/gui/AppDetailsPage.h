#pragma once

#include "AppDetails.h"
#include "FieldCheck.h"

#include <QTimer>
#include <QWizardPage>
#include <memory>

namespace Ui {
class AppDetailsPage;
}

class QLabel;
class QRadioButton;

namespace AppKeys {

class AppRepository;
class FieldMessageLabel;

/// Page 1 of the wizard: name, URI, description, login user type, source app and redirect URLs, each
/// checked as it is typed, with the reason shown under the field.
class AppDetailsPage : public QWizardPage
{
    Q_OBJECT
public:
    /// Typing pauses this long before the name is looked up in the registry.
    static constexpr int NameLookupDelayMs = 250;

    explicit AppDetailsPage(std::shared_ptr<const AppRepository> repository, QWidget* parent = nullptr);
    ~AppDetailsPage() override;

    AppDetails details() const;
    bool isComplete() const override;

private:
    struct SourceAppChoice
    {
        SourceApp source;
        QRadioButton* button;
        QLabel* explanation;
    };

    QList<SourceAppChoice> sourceAppChoices() const;
    void presentChoices();
    void checkNameSyntax();
    void checkNameInRegistry();
    void checkUri();
    void checkDescription();
    /// A required field that was never typed in gets no message yet: its placeholder says it is required.
    void showCheck(FieldMessageLabel* label, const FieldCheck& check, bool touched);

    std::unique_ptr<Ui::AppDetailsPage> m_ui;
    std::shared_ptr<const AppRepository> m_repository;
    QTimer m_nameLookupTimer;
    FieldCheck m_nameCheck;
    FieldCheck m_uriCheck;
    FieldCheck m_descriptionCheck;
    bool m_nameLookupPending = false;
    bool m_nameTouched = false;
    bool m_uriTouched = false;
};

} // namespace AppKeys
