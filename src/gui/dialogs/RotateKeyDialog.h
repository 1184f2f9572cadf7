#pragma once

#include "KeyRecord.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace AppKeys {

class KeyLifetimeChooser;

/// Rotate key: a new key now, and the old one kept working for an overlap (KeyRules's range; Settings' rotation
/// overlap preselected) so that clients can switch without downtime. Says until when the old key works.
class RotateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    /// The defaults are AppSettings::defaultKeyLifetimeDays and rotationOverlapDays.
    RotateKeyDialog(const QString& appName, const KeyRecord& oldKey, const QDateTime& now, int defaultLifetimeDays,
                    int defaultOverlapDays, QWidget* parent = nullptr);

    int overlapDays() const;
    int lifetimeDays() const;
    QSpinBox* overlapSpin() const { return m_overlap; }
    /// When the old key stops working with the chosen overlap: never later than it would have anyway.
    QDateTime oldKeyEnd() const;

private:
    void explain();

    KeyRecord m_oldKey;
    QDateTime m_now;
    QSpinBox* m_overlap;
    KeyLifetimeChooser* m_lifetime;
    QLabel* m_explanation;
};

} // namespace AppKeys
