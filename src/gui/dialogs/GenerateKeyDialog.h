#pragma once

#include <QDateTime>
#include <QDialog>

class QLabel;

namespace AppKeys {

class KeyLifetimeChooser;

/// Generate key: asks how long the new key lives (Settings' default lifetime preselected), and says when that is.
class GenerateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateKeyDialog(const QString& appName, const QDateTime& now, int defaultLifetimeDays, QWidget* parent = nullptr);

    int lifetimeDays() const;
    KeyLifetimeChooser* lifetimeChooser() const { return m_lifetime; }

private:
    void showExpiry();

    QDateTime m_now;
    KeyLifetimeChooser* m_lifetime;
    QLabel* m_expiryLabel;
};

} // namespace AppKeys
