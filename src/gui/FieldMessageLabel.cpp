#include "FieldMessageLabel.h"

#include <QPalette>
#include <optional>

namespace AppKeys {

namespace {
// Dark enough to keep a 4.5:1 contrast on a light window background.
const QColor InvalidColor(0xb0, 0x1c, 0x1c);
const QColor WarningColor(0x8a, 0x5a, 0x00);

std::optional<QColor> colorFor(FieldCheck::Severity severity)
{
    switch (severity) {
    case FieldCheck::Severity::Invalid:
        return InvalidColor;
    case FieldCheck::Severity::Warning:
        return WarningColor;
    case FieldCheck::Severity::Ok:
        break;
    }
    return std::nullopt;
}
} // namespace

FieldMessageLabel::FieldMessageLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldMessageLabel::showCheck(const FieldCheck& check)
{
    m_severity = check.severity;
    // Only the roles set here override the inherited palette; a neutral hint keeps the theme's text colour.
    QPalette palette;
    if (const auto color = colorFor(check.severity))
        palette.setColor(QPalette::WindowText, *color);
    setPalette(palette);
    setText(check.message);
    setVisible(!check.message.isEmpty());
}

void FieldMessageLabel::clearMessage()
{
    showCheck(FieldCheck::ok());
}

} // namespace AppKeys
