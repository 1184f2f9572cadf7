#include "FieldMessageLabel.h"

#include "TextColors.h"

#include <QPalette>
#include <optional>

namespace AppKeys {

namespace {
std::optional<QColor> colorFor(FieldCheck::Severity severity)
{
    switch (severity) {
    case FieldCheck::Severity::Invalid:
        return TextColors::Problem;
    case FieldCheck::Severity::Warning:
        return TextColors::Warning;
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
