#include "AppFilterBar.h"

#include "DaysSuffix.h"
#include "KeyRules.h"
#include "PermissionCatalogue.h"
#include "SourceAppIcon.h"
#include "ui_AppFilterBar.h"

#include <QIcon>

namespace AppKeys {

namespace {

/// The first choice of every combo: no filter, stored as an empty string.
void addAnyChoice(QComboBox* combo)
{
    combo->addItem(AppFilterBar::tr("All"), QString());
}

QString chosen(const QComboBox* combo)
{
    return combo->currentData().toString();
}

QString statusChoiceText(const KeyStatus& status)
{
    if (status.state == KeyStatus::State::ExpiresSoon)
        return AppFilterBar::tr("Expiring (within %n day(s))", nullptr, KeyRules::WarningDays);
    return status.text();
}

} // namespace

AppFilterBar::AppFilterBar(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::AppFilterBar>())
{
    m_ui->setupUi(this);
    fillChoices();
    for (QComboBox* combo : combos())
        connect(combo, &QComboBox::currentIndexChanged, this, &AppFilterBar::announceChange);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &AppFilterBar::announceChange);
    connect(m_ui->expiresWithinCheck, &QCheckBox::toggled, m_ui->expiresWithinSpin, &QSpinBox::setEnabled);
    connect(m_ui->expiresWithinCheck, &QCheckBox::toggled, this, &AppFilterBar::announceChange);
    connect(m_ui->expiresWithinSpin, &QSpinBox::valueChanged, this, &AppFilterBar::announceChange);
    DaysSuffix::follow(m_ui->expiresWithinSpin);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &AppFilterBar::clearFilters);
}

AppFilterBar::~AppFilterBar() = default;

QList<QComboBox*> AppFilterBar::combos() const
{
    return {m_ui->sourceAppCombo, m_ui->loginUserTypeCombo, m_ui->authMethodCombo, m_ui->apiGroupCombo,
            m_ui->statusCombo};
}

void AppFilterBar::fillChoices()
{
    for (QComboBox* combo : combos())
        addAnyChoice(combo);
    for (const SourceApp source : allSourceApps())
        m_ui->sourceAppCombo->addItem(sourceAppIcon(source), displayName(source), toStorageString(source));
    for (const LoginUserType type : allLoginUserTypes())
        m_ui->loginUserTypeCombo->addItem(displayName(type), toStorageString(type));
    for (const AuthMethod method : allAuthMethods())
        m_ui->authMethodCombo->addItem(displayName(method), toStorageString(method));
    using State = KeyStatus::State;
    for (const State state :
         {State::Active, State::ExpiresSoon, State::Expired, State::Revoked, State::NoKey, State::Inactive}) {
        const KeyStatus status{state, 0};
        m_ui->statusCombo->addItem(statusChoiceText(status), status.storageString());
    }
}

void AppFilterBar::setCatalogue(const PermissionCatalogue& catalogue)
{
    const QSignalBlocker blocker(m_ui->apiGroupCombo);
    m_ui->apiGroupCombo->clear();
    addAnyChoice(m_ui->apiGroupCombo);
    for (const PermissionGroup& group : catalogue.groups())
        m_ui->apiGroupCombo->addItem(group.name, group.id);
}

AppFilter AppFilterBar::filter() const
{
    AppFilter filter;
    filter.sourceApp = sourceAppFromStorageString(chosen(m_ui->sourceAppCombo));
    filter.loginUserType = loginUserTypeFromStorageString(chosen(m_ui->loginUserTypeCombo));
    filter.authMethod = authMethodFromStorageString(chosen(m_ui->authMethodCombo));
    filter.apiGroup = chosen(m_ui->apiGroupCombo);
    filter.status = chosen(m_ui->statusCombo);
    if (m_ui->expiresWithinCheck->isChecked())
        filter.expiresWithinDays = m_ui->expiresWithinSpin->value();
    filter.searchText = m_ui->searchEdit->text().trimmed();
    return filter;
}

void AppFilterBar::setCounts(int shown, int total, bool complete)
{
    m_ui->countLabel->setText(complete ? tr("%1 of %n app(s)", nullptr, total).arg(shown)
                                       : tr("%1 of the first %n app(s)", nullptr, total).arg(shown));
}

void AppFilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void AppFilterBar::clearFilters()
{
    {
        const QSignalBlocker blockSearch(m_ui->searchEdit);
        const QSignalBlocker blockCheck(m_ui->expiresWithinCheck);
        m_ui->searchEdit->clear();
        m_ui->expiresWithinCheck->setChecked(false);
        m_ui->expiresWithinSpin->setEnabled(false);
        for (QComboBox* combo : combos()) {
            const QSignalBlocker blockCombo(combo);
            combo->setCurrentIndex(0);
        }
    }
    announceChange();
}

void AppFilterBar::announceChange()
{
    const AppFilter current = filter();
    const bool anyFilter = current.sourceApp || current.loginUserType || current.authMethod ||
                           !current.apiGroup.isEmpty() || !current.status.isEmpty() || current.expiresWithinDays ||
                           !current.searchText.isEmpty();
    m_ui->clearFiltersButton->setEnabled(anyFilter);
    emit filterChanged();
}

} // namespace AppKeys
