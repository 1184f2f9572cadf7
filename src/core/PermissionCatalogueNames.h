#pragma once

#include <QtGlobal>

namespace AppKeys {

/// The group and permission names of the shipped catalogue (resources/permissions.json), for lupdate: the catalogue
/// is data, so its names reach translations/ only through this list. PermissionCatalogue translates each name as it
/// loads it; a name missing here (or from a custom catalogue) is shown as written. tests/i18n checks that the list
/// covers the shipped catalogue.
inline constexpr const char* PermissionCatalogueNames[] = {
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Appointments"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Guests"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Employees"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Centers"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Services"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Products"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Memberships & Packages"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Gift Cards"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Invoices"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Payments"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Classes"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Forms"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Opportunities"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Reports"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Webhooks"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Read"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Write"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Delete"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Card"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Other"),
    QT_TRANSLATE_NOOP("AppKeys::PermissionCatalogueNames", "Manage"),
};

} // namespace AppKeys
