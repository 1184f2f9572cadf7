#pragma once

class QMessageBox;

namespace AppKeys {

/// Message boxes that name an app or quote an error show those texts as typed: app names may contain "<" and ">",
/// and QMessageBox would render a text that looks like markup as rich text, so one app could be shown as another.
namespace PlainTextMessageBox {

/// Makes the text and the informative text (set before) plain text.
void apply(QMessageBox& box);

} // namespace PlainTextMessageBox

} // namespace AppKeys
