#pragma once

#include "AppDetails.h"
#include "FieldCheck.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class AppDetailsForm;
}

class QLabel;
class QRadioButton;

namespace AppKeys {

class AppRepository;
class FieldMessageLabel;

/// The fields of an app (name, URI, description, login user type, source app, redirect URLs), each checked
/// as it is typed with the reason shown under it: page 1 of the wizard and the Edit details dialog.
class AppDetailsForm : public QWidget
{
    Q_OBJECT
public:
    /// Typing pauses this long before the name is looked up in the registry.
    static constexpr int NameLookupDelayMs = 250;

    /// `ownApplicationId` is the app being edited, whose own name is not "taken"; empty for a new app.
    explicit AppDetailsForm(std::shared_ptr<const AppRepository> repository, const QString& ownApplicationId = {},
                            QWidget* parent = nullptr);
    ~AppDetailsForm() override;

    AppDetails details() const;
    /// Fills every field, as for editing a stored app; the fields count as touched.
    void setDetails(const AppDetails& details);
    /// Every field is valid, the name lookup has answered and no redirect URL waits to be added.
    bool isComplete() const;

signals:
    void completeChanged();

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

    std::unique_ptr<Ui::AppDetailsForm> m_ui;
    std::shared_ptr<const AppRepository> m_repository;
    QString m_ownApplicationId;
    QTimer m_nameLookupTimer;
    FieldCheck m_nameCheck;
    FieldCheck m_uriCheck;
    FieldCheck m_descriptionCheck;
    bool m_nameLookupPending = false;
    bool m_nameTouched = false;
    bool m_uriTouched = false;
};

} // namespace AppKeys
