#include "ToneLabel.h"

#include <QEvent>

namespace AppKeys {

ToneLabel::ToneLabel(QWidget* parent) : QLabel(parent) {}

void ToneLabel::setTone(std::optional<TextColors::Tone> tone)
{
    m_tone = tone;
    applyTone();
}

void ToneLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    // Also sent for the palette set below; applyTone() sets an equal one then, which Qt ignores.
    if (event->type() == QEvent::PaletteChange)
        applyTone();
}

void ToneLabel::applyTone()
{
    // Only the text colour overrides the inherited palette, so the background read here is the inherited one.
    QPalette own;
    if (m_tone)
        own.setColor(QPalette::WindowText, TextColors::forBackground(*m_tone, palette().color(backgroundRole())));
    setPalette(own);
}

} // namespace AppKeys
