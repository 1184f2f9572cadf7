#include "ExpiryBanner.h"

#include "LocalTime.h"
#include "TextColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
// A pale amber that keeps the theme's dark text readable, and TextColors::Problem with 4.5:1 contrast on it.
const QColor BannerColor(0xff, 0xf4, 0xd6);
constexpr int IconSize = 20;

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ExpiryBanner::ExpiryBanner(QWidget* parent)
    : QFrame(parent), m_keyRows(new QVBoxLayout), m_moreKeysLabel(plainLabel(this)), m_problemRow(new QWidget(this)),
      m_problemLabel(plainLabel(m_problemRow)), m_retryButton(new QPushButton(tr("Retry &now"), m_problemRow))
{
    setObjectName(u"expiryBanner"_s);
    setAccessibleName(tr("Expiry alerts"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette banner = palette();
    banner.setColor(QPalette::Window, BannerColor);
    banner.setColor(QPalette::WindowText, QColor(Qt::black));
    setPalette(banner);

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(IconSize, IconSize));
    icon->setAlignment(Qt::AlignTop);
    auto* lines = new QVBoxLayout;
    lines->addLayout(m_keyRows);
    lines->addWidget(m_moreKeysLabel);
    lines->addWidget(m_problemRow);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addLayout(lines, 1);

    m_moreKeysLabel->setObjectName(u"moreKeysLabel"_s);
    setUpProblemRow();
    updateVisibility();
}

void ExpiryBanner::setUpProblemRow()
{
    m_problemLabel->setObjectName(u"alertProblemLabel"_s);
    QPalette problem = m_problemLabel->palette();
    problem.setColor(QPalette::WindowText, TextColors::Problem);
    m_problemLabel->setPalette(problem);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setAccessibleName(tr("Retry the pending webhook alerts now"));
    auto* row = new QHBoxLayout(m_problemRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_problemLabel, 1);
    row->addWidget(m_retryButton, 0, Qt::AlignTop);
    connect(m_retryButton, &QPushButton::clicked, this, &ExpiryBanner::retryRequested);
    m_problemRow->hide();
}

void ExpiryBanner::showExpiringKeys(const QList<ExpiryAlert>& keys)
{
    clearKeyRows();
    for (const ExpiryAlert& key : keys.mid(0, MaxListedKeys))
        addKeyRow(key);
    m_listedKeyCount = int(keys.size());
    const int unlisted = m_listedKeyCount - MaxListedKeys;
    m_moreKeysLabel->setText(tr("…and %n more key(s); see the Status column.", nullptr, unlisted));
    m_moreKeysLabel->setVisible(unlisted > 0);
    updateVisibility();
}

void ExpiryBanner::showProblems(const QStringList& lines)
{
    m_problemLabel->setText(lines.join(u'\n'));
    m_problemRow->setVisible(!lines.isEmpty());
    updateVisibility();
}

void ExpiryBanner::setRetrying(bool retrying)
{
    m_retryButton->setEnabled(!retrying);
    m_retryButton->setText(retrying ? tr("Retrying…") : tr("Retry &now"));
}

void ExpiryBanner::setRotateAvailable(bool available)
{
    m_rotateAvailable = available;
    for (QPushButton* rotate : findChildren<QPushButton*>(u"rotateButton"_s))
        rotate->setVisible(available);
}

QString ExpiryBanner::lineFor(const ExpiryAlert& key)
{
    if (key.expired)
        return tr("Key %1 of “%2” expired on %3").arg(key.keyHint, key.applicationName, LocalTime::date(key.expiresAt));
    if (key.daysLeft == 0)
        return tr("Key %1 of “%2” expires today").arg(key.keyHint, key.applicationName);
    return tr("Key %1 of “%2” expires in %n day(s)", nullptr, key.daysLeft).arg(key.keyHint, key.applicationName);
}

void ExpiryBanner::clearKeyRows()
{
    while (QLayoutItem* item = m_keyRows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ExpiryBanner::addKeyRow(const ExpiryAlert& key)
{
    auto* row = new QWidget(this);
    auto* label = plainLabel(row);
    label->setObjectName(u"expiringKeyLabel"_s);
    label->setText(lineFor(key));
    label->setToolTip(key.text());
    auto* rotate = new QPushButton(tr("Rotate…"), row);
    rotate->setObjectName(u"rotateButton"_s);
    rotate->setVisible(m_rotateAvailable);
    rotate->setAccessibleName(tr("Rotate key %1 of “%2”").arg(key.keyHint, key.applicationName));
    connect(rotate, &QPushButton::clicked, this, [this, applicationId = key.applicationId, keyId = key.keyId] {
        emit rotateRequested(applicationId, keyId);
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(rotate);
    m_keyRows->addWidget(row);
}

void ExpiryBanner::updateVisibility()
{
    setVisible(m_listedKeyCount > 0 || !m_problemRow->isHidden());
}

} // namespace AppKeys
