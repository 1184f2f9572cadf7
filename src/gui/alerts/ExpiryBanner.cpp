#include "ExpiryBanner.h"

#include "LocalTime.h"
#include "TextColors.h"
#include "ToneLabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AppKeys {

namespace {
// Amber behind the banner: pale on a light window, deep on a dark one. The theme's text and the Problem tone are
// made readable on it by TextColors.
const QColor PaleAmber(0xff, 0xf4, 0xd6);
const QColor DeepAmber(0x46, 0x37, 0x14);
constexpr int IconSize = 20;

template <typename Label = QLabel> Label* plainLabel(QWidget* parent)
{
    auto* label = new Label(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ExpiryBanner::ExpiryBanner(QWidget* parent)
    : QFrame(parent), m_keyRows(new QVBoxLayout), m_moreKeysLabel(plainLabel(this)), m_problemRow(new QWidget(this)),
      m_problemLabel(plainLabel<ToneLabel>(m_problemRow)),
      m_retryButton(new QPushButton(tr("Retry &now"), m_problemRow))
{
    setObjectName(u"expiryBanner"_s);
    setAccessibleName(tr("Expiry alerts"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyTint();

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

void ExpiryBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    // Also sent for the palette applyTint() sets; it sets an equal one then, which Qt ignores.
    if (event->type() == QEvent::PaletteChange)
        applyTint();
}

void ExpiryBanner::applyTint()
{
    // From the palette the banner inherits, so that a switch between a light and a dark theme is followed.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const QColor tint = TextColors::isDark(inherited.color(QPalette::Window)) ? DeepAmber : PaleAmber;
    QPalette own;
    own.setColor(QPalette::Window, tint);
    own.setColor(QPalette::WindowText, TextColors::readableOn(inherited.color(QPalette::WindowText), tint));
    setPalette(own);
}

void ExpiryBanner::setUpProblemRow()
{
    m_problemLabel->setObjectName(u"alertProblemLabel"_s);
    m_problemLabel->setTone(TextColors::Tone::Problem);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->setAccessibleName(tr("Retry the pending webhook alerts now"));
    auto* row = new QHBoxLayout(m_problemRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_problemLabel, 1);
    row->addWidget(m_retryButton, 0, Qt::AlignTop);
    connect(m_retryButton, &QPushButton::clicked, this, &ExpiryBanner::retryRequested);
    m_problemRow->hide();
}

void ExpiryBanner::showExpiringKeys(const SoonestAlerts& keys)
{
    clearKeyRows();
    for (const ExpiryAlert& key : keys.soonest().mid(0, MaxListedKeys))
        addKeyRow(key);
    m_listedKeyCount = int(keys.count());
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
