#pragma once

#include "Status.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace AppKeys {

/// Puts the program into the user's language: AppKeys' own texts from the .qm files compiled in under
/// :/appkeys/translations (translations/; English has one too, for its plural forms), Qt's own (standard dialog
/// buttons, context menus) from the system's qtbase_*.qm (Debian package
/// qt6-translations-l10n), and QtKeychain's error messages from its qtkeychain_*.qm.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::TranslationLoader)

public:
    /// The languages AppKeys speaks, as ISO 639 codes: English and those with a translation.
    static QStringList supportedLanguages();

    /// Installs the translators for `language` ("de", "es", "en"; a locale name such as "de_AT" works too) and makes
    /// it the default locale for dates and numbers; without a language, the system's preferred UI languages
    /// decide. Replaces what an earlier call installed. An empty or unknown language is an error, worded in the
    /// system's language, which the program then speaks. Needs a QCoreApplication.
    static Status install(const std::optional<QString>& language);
};

} // namespace AppKeys
