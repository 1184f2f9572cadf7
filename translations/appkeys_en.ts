<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppKeys::AlertDeliveryRepository</name>
    <message numerus="yes">
        <source>The expiry alert for the key %1 (%n day(s)) is no longer pending.</source>
        <translation>
            <numerusform>The expiry alert for the key %1 (%n day) is no longer pending.</numerusform>
            <numerusform>The expiry alert for the key %1 (%n days) is no longer pending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertsCommand</name>
    <message numerus="yes">
        <source>Delivered %n alert(s).</source>
        <translation>
            <numerusform>Delivered %n alert.</numerusform>
            <numerusform>Delivered %n alerts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) stay pending.</source>
        <translation>
            <numerusform>%n alert stays pending.</numerusform>
            <numerusform>%n alerts stay pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used.</source>
        <translation>
            <numerusform>Removed %n keychain entry that no live credential used.</numerusform>
            <numerusform>Removed %n keychain entries that no live credential used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s) lack their plaintext in this keychain; &apos;appkeys repair&apos; lists them.</source>
        <translation>
            <numerusform>%n live credential lacks its plaintext in this keychain; &apos;appkeys repair&apos; lists it.</numerusform>
            <numerusform>%n live credentials lack their plaintext in this keychain; &apos;appkeys repair&apos; lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AppFilterBar</name>
    <message numerus="yes">
        <source>Expiring (within %n day(s))</source>
        <translation>
            <numerusform>Expiring (within %n day)</numerusform>
            <numerusform>Expiring (within %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s)</source>
        <translation>
            <numerusform>%1 of %n app</numerusform>
            <numerusform>%1 of %n apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n app(s)</source>
        <translation>
            <numerusform>%1 of the first app</numerusform>
            <numerusform>%1 of the first %n apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTableCheck</name>
    <message numerus="yes">
        <source>The registry&apos;s tables do not match the audit trail: %n problem(s).</source>
        <translation>
            <numerusform>The registry&apos;s tables do not match the audit trail: %n problem.</numerusform>
            <numerusform>The registry&apos;s tables do not match the audit trail: %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTrailWindow</name>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: all %n entry(s) of the audit trail are intact, each linked to the one before.</source>
        <translation>
            <numerusform>Verified: the only entry of the audit trail is intact.</numerusform>
            <numerusform>Verified: all %n entries of the audit trail are intact, each linked to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditVerifyCommand</name>
    <message numerus="yes">
        <source>Audit trail verified: %n entries.</source>
        <translation>
            <numerusform>Audit trail verified: %n entry.</numerusform>
            <numerusform>Audit trail verified: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than the audit trail were not checked.</source>
        <translation>
            <numerusform>%n row older than the audit trail was not checked.</numerusform>
            <numerusform>%n rows older than the audit trail were not checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::CredentialsPage</name>
    <message numerus="yes">
        <source>A new key is valid for %n day(s).</source>
        <translation>
            <numerusform>A new key is valid for %n day.</numerusform>
            <numerusform>A new key is valid for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::DaysSuffix</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryAlert</name>
    <message numerus="yes">
        <source>The API key %1 of “%2” expires in %n day(s) (%3).</source>
        <translation>
            <numerusform>The API key %1 of “%2” expires in %n day (%3).</numerusform>
            <numerusform>The API key %1 of “%2” expires in %n days (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryBanner</name>
    <message numerus="yes">
        <source>Key %1 of “%2” expires in %n day(s)</source>
        <translation>
            <numerusform>Key %1 of “%2” expires in %n day</numerusform>
            <numerusform>Key %1 of “%2” expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more key(s); see the Status column.</source>
        <translation>
            <numerusform>…and %n more key; see the Status column.</numerusform>
            <numerusform>…and %n more keys; see the Status column.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyLifetimeChooser</name>
    <message numerus="yes">
        <source>%n day(s) (default)</source>
        <translation>
            <numerusform>%n day (default)</numerusform>
            <numerusform>%n days (default)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyStatus</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainDeadline</name>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::LastUsedText</name>
    <message numerus="yes">
        <source>%1 request(s)</source>
        <translation>
            <numerusform>%1 request</numerusform>
            <numerusform>%1 requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::MainWindow</name>
    <message numerus="yes">
        <source>%n app(s) exported to %1.</source>
        <translation>
            <numerusform>%n app exported to %1.</numerusform>
            <numerusform>%n apps exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used.</source>
        <translation>
            <numerusform>Removed %n keychain entry that no live credential used.</numerusform>
            <numerusform>Removed %n keychain entries that no live credential used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) lack their plaintext in this keychain: see the Status column.</source>
        <translation>
            <numerusform>%n credential lacks its plaintext in this keychain: see the Status column.</numerusform>
            <numerusform>%n credentials lack their plaintext in this keychain: see the Status column.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %Ln app(s) are shown; the others could not be read: %1</source>
        <translation>
            <numerusform>Only the newest app is shown; the others could not be read: %1</numerusform>
            <numerusform>Only the newest %Ln apps are shown; the others could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::RepairCommand</name>
    <message numerus="yes">
        <source>Would remove %n keychain entry(s) that no live credential uses:</source>
        <translation>
            <numerusform>Would remove %n keychain entry that no live credential uses:</numerusform>
            <numerusform>Would remove %n keychain entries that no live credential uses:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used:</source>
        <translation>
            <numerusform>Removed %n keychain entry that no live credential used:</numerusform>
            <numerusform>Removed %n keychain entries that no live credential used:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n unused entry(s) younger than the grace period, which another AppKeys may be writing:</source>
        <translation>
            <numerusform>Left %n unused entry younger than the grace period, which another AppKeys may be writing:</numerusform>
            <numerusform>Left %n unused entries younger than the grace period, which another AppKeys may be writing:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s) lack their plaintext in this keychain.</source>
        <translation>
            <numerusform>%n live credential lacks its plaintext in this keychain.</numerusform>
            <numerusform>%n live credentials lack their plaintext in this keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::SettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::SqliteSearchIndex</name>
    <message numerus="yes">
        <source>%n app(s) have no row in it</source>
        <translation>
            <numerusform>%n app has no row in it</numerusform>
            <numerusform>%n apps have no row in it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::TrayNotifier</name>
    <message numerus="yes">
        <source>%n API key(s) are expiring</source>
        <translation>
            <numerusform>%n API key is expiring</numerusform>
            <numerusform>%n API keys are expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AppKeys: %n API key(s) are expiring soon</source>
        <translation>
            <numerusform>AppKeys: %n API key is expiring soon</numerusform>
            <numerusform>AppKeys: %n API keys are expiring soon</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::UsageRecorder</name>
    <message numerus="yes">
        <source>appkeys serve: could not record when %n key(s) were last used; trying again later: %1</source>
        <translation>
            <numerusform>appkeys serve: could not record when %n key was last used; trying again later: %1</numerusform>
            <numerusform>appkeys serve: could not record when %n keys were last used; trying again later: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::VerificationService</name>
    <message numerus="yes">
        <source>appkeys serve: listening on http://%1 with %n key(s) of the registry %2.</source>
        <translation>
            <numerusform>appkeys serve: listening on http://%1 with %n key of the registry %2.</numerusform>
            <numerusform>appkeys serve: listening on http://%1 with %n keys of the registry %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
