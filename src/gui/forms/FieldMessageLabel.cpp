#include "FieldMessageLabel.h"

namespace AppKeys {

namespace {
std::optional<TextColors::Tone> toneFor(FieldCheck::Severity severity)
{
    switch (severity) {
    case FieldCheck::Severity::Invalid:
        return TextColors::Tone::Problem;
    case FieldCheck::Severity::Warning:
        return TextColors::Tone::Warning;
    case FieldCheck::Severity::Ok:
        break;
    }
    return std::nullopt;
}
} // namespace

FieldMessageLabel::FieldMessageLabel(QWidget* parent) : ToneLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldMessageLabel::showCheck(const FieldCheck& check)
{
    m_severity = check.severity;
    setTone(toneFor(check.severity));
    setText(check.message);
    setVisible(!check.message.isEmpty());
}

void FieldMessageLabel::clearMessage()
{
    showCheck(FieldCheck::ok());
}

} // namespace AppKeys
