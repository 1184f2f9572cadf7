#include "SecretField.h"

#include "CredentialFormat.h"

#include <QFontDatabase>

namespace AppKeys {

SecretField::SecretField(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setContextMenuPolicy(Qt::NoContextMenu);
    setFocusPolicy(Qt::NoFocus);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMinimumWidth(fontMetrics().horizontalAdvance(QString(CredentialFormat::TotalLength + 2, QLatin1Char('M'))));
}

} // namespace AppKeys
