#pragma once

#include "ExpiryAlert.h"
#include "SoonestAlerts.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace AppKeys {

class ToneLabel;

/// The strip above the apps table (PRODUCT.md section 5): each key that has crossed an alert threshold, with a
/// "Rotate…" shortcut, and the webhook alerts that could not be delivered, with "Retry now". Hidden while there is
/// nothing to say.
class ExpiryBanner : public QFrame
{
    Q_OBJECT
public:
    /// More keys than this are summed up in one line, so the banner never crowds out the table.
    static constexpr int MaxListedKeys = 5;

    explicit ExpiryBanner(QWidget* parent = nullptr);

    /// The soonest keys to list and how many there are (AlertDispatcher::listExpiringKeys(), or a run's summary); none
    /// hides their part.
    void showExpiringKeys(const SoonestAlerts& keys);
    /// What went wrong with the alerts (pending webhooks, errors), one line each; empty hides that part.
    void showProblems(const QStringList& lines);
    /// While a run is under way "Retry now" waits for it.
    void setRetrying(bool retrying);
    /// A read-only registry cannot rotate: the keys are listed without the button.
    void setRotateAvailable(bool available);

    /// "Key appkey_…AbCd of “Booking” expires in 5 days"
    static QString lineFor(const ExpiryAlert& key);

signals:
    void rotateRequested(const QString& applicationId, const QString& keyId);
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// An amber background that suits the window's: pale on a light theme, deep on a dark one.
    void applyTint();
    void setUpProblemRow();
    void clearKeyRows();
    void addKeyRow(const ExpiryAlert& key);
    void updateVisibility();

    QVBoxLayout* m_keyRows;
    QLabel* m_moreKeysLabel;
    QWidget* m_problemRow;
    ToneLabel* m_problemLabel;
    QPushButton* m_retryButton;
    int m_listedKeyCount = 0;
    bool m_rotateAvailable = true;
};

} // namespace AppKeys
