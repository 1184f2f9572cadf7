#pragma once

#include "TextColors.h"

#include <QLabel>
#include <optional>

namespace AppKeys {

/// A label whose text is written in a tone (TextColors), readable on the background it sits on, and chosen again
/// when the palette changes, as when the desktop switches to a dark theme while AppKeys runs.
class ToneLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ToneLabel(QWidget* parent = nullptr);

    /// None gives the label back the theme's text colour.
    void setTone(std::optional<TextColors::Tone> tone);
    std::optional<TextColors::Tone> tone() const { return m_tone; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    std::optional<TextColors::Tone> m_tone;
};

} // namespace AppKeys
