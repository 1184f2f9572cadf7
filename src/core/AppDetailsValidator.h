#pragma once

#include "AppDetails.h"
#include "FieldCheck.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

namespace AppKeys {

/// The rules of PRODUCT.md section 2, page 1. Pure functions: no database, no widgets.
class AppDetailsValidator
{
    Q_DECLARE_TR_FUNCTIONS(AppKeys::AppDetailsValidator)

public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxDescriptionLength = 1000;
    static constexpr int MaxRedirectUrls = 20;

    /// Answers whether a (trimmed) name is already used in the registry, case-insensitively.
    using NameLookup = std::function<Result<bool>(const QString& trimmedName)>;

    static FieldCheck checkName(const QString& name, const NameLookup& isNameTaken = {});
    static FieldCheck checkUri(const QString& uri);
    static FieldCheck checkDescription(const QString& description);
    /// One redirect URL on its own (scheme, fragment, wildcard).
    static FieldCheck checkRedirectUrl(const QString& url);
    /// A whole list: each entry, duplicates, and the maximum count.
    static FieldCheck checkRedirectUrlList(const QStringList& urls);

    /// Every field at once; the first invalid field's message, or ok.
    static FieldCheck checkAll(const AppDetails& details, const NameLookup& isNameTaken = {});
};

} // namespace AppKeys
