<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppDetailsForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required, e.g. Mobile booking app</source>
        <translation>Pflichtfeld, z. B. Mobile Buchungs-App</translation>
    </message>
    <message>
        <source>&amp;URI</source>
        <translation>&amp;URI</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Required, e.g. https://booking.example.com</source>
        <translation>Pflichtfeld, z. B. https://booking.example.com</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Besc&amp;hreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional: what the app is for and who runs it</source>
        <translation>Optional: wofür die App da ist und wer sie betreibt</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Anmeldebenutzertyp</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>&amp;Gast</translation>
    </message>
    <message>
        <source>A guest-facing app: your guests sign in to it.</source>
        <translation>Eine App für Gäste: Ihre Gäste melden sich dort an.</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Mitarbeiter</translation>
    </message>
    <message>
        <source>An internal app: your employees sign in to it.</source>
        <translation>Eine interne App: Ihre Mitarbeiter melden sich dort an.</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>Quell-App</translation>
    </message>
    <message>
        <source>External &amp;CMA</source>
        <translation>Externe &amp;CMA</translation>
    </message>
    <message>
        <source>External &amp;Webstore</source>
        <translation>Externer &amp;Webshop</translation>
    </message>
    <message>
        <source>Client &amp;App</source>
        <translation>Client-&amp;App</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;Bot</translation>
    </message>
    <message>
        <source>Post &amp;Logout Redirect URL</source>
        <translation>Weiterleitungs-URL nach Abme&amp;ldung</translation>
    </message>
    <message>
        <source>Post Log&amp;in Redirect URL</source>
        <translation>Weiterleitungs-URL nach Anmel&amp;dung</translation>
    </message>
</context>
<context>
    <name>AppDetailsPanel</name>
    <message>
        <source>Select an app in the table to see its details, scope, keys and history.</source>
        <translation>Wählen Sie eine App in der Tabelle, um ihre Details, ihren Umfang, ihre Schlüssel und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Application &amp;ID</source>
        <translation>Anwendungs-&amp;ID</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Application ID</source>
        <translation>Anwendungs-ID kopieren</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Anmeldebenutzertyp</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>Quell-App</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Post Logout Redirect URL</source>
        <translation>Weiterleitungs-URL nach Abmeldung</translation>
    </message>
    <message>
        <source>Post Login Redirect URL</source>
        <translation>Weiterleitungs-URL nach Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>An app has at most two usable keys. Rotate issues a new key and keeps the old one working for a few days, so clients switch without downtime. Select a key to act on it; otherwise the key the Status column reports on is used.</source>
        <translation>Eine App hat höchstens zwei nutzbare Schlüssel. Rotieren stellt einen neuen Schlüssel aus und lässt den alten noch einige Tage gelten, damit Clients ohne Ausfall wechseln können. Wählen Sie einen Schlüssel, um mit ihm zu arbeiten; sonst gilt der Schlüssel, über den die Spalte Status berichtet.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>Open in Audit &amp;trail…</source>
        <translation>Im Prüf&amp;protokoll öffnen…</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>AppFilterBar</name>
    <message>
        <source>Search apps</source>
        <translation>Apps suchen</translation>
    </message>
    <message>
        <source>Search name, Application ID, URI, description or creator (Ctrl+F)</source>
        <translation>Name, Anwendungs-ID, URI, Beschreibung oder Ersteller suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Apps shown</source>
        <translation>Angezeigte Apps</translation>
    </message>
    <message>
        <source>&amp;Source App</source>
        <translation>&amp;Quell-App</translation>
    </message>
    <message>
        <source>Filter by source app</source>
        <translation>Nach Quell-App filtern</translation>
    </message>
    <message>
        <source>&amp;Login User Type</source>
        <translation>&amp;Anmeldebenutzertyp</translation>
    </message>
    <message>
        <source>Filter by login user type</source>
        <translation>Nach Anmeldebenutzertyp filtern</translation>
    </message>
    <message>
        <source>Au&amp;th Method</source>
        <translation>Au&amp;thentifizierung</translation>
    </message>
    <message>
        <source>Filter by auth method</source>
        <translation>Nach Authentifizierungsmethode filtern</translation>
    </message>
    <message>
        <source>API &amp;group</source>
        <translation>API-&amp;Gruppe</translation>
    </message>
    <message>
        <source>Filter by API group</source>
        <translation>Nach API-Gruppe filtern</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>E&amp;xpires within</source>
        <translation>Läuft a&amp;b in</translation>
    </message>
    <message>
        <source>Only apps whose keys expire within some days</source>
        <translation>Nur Apps, deren Schlüssel innerhalb einiger Tage ablaufen</translation>
    </message>
    <message>
        <source>Expires within days</source>
        <translation>Läuft ab in Tagen</translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AppKeys::AddAppWizard</name>
    <message>
        <source>Add App</source>
        <translation>App hinzufügen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without an API key?</source>
        <translation>Ohne API-Schlüssel schließen?</translation>
    </message>
    <message>
        <source>The app “%1” was created without an API key. You can generate one later from the main window. Close anyway?</source>
        <translation>Die App „%1“ wurde ohne API-Schlüssel erstellt. Sie können später im Hauptfenster einen erzeugen. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertDeliveryRepository</name>
    <message>
        <source>Could not record the outcome of an expiry alert.</source>
        <translation>Das Ergebnis einer Ablaufwarnung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Another AppKeys run may have handled it meanwhile.</source>
        <translation>Möglicherweise hat ein anderer AppKeys-Lauf sie inzwischen erledigt.</translation>
    </message>
    <message>
        <source>Could not read which expiry alerts were sent.</source>
        <translation>Es konnte nicht gelesen werden, welche Ablaufwarnungen gesendet wurden.</translation>
    </message>
    <message>
        <source>Could not withdraw an expiry alert that is no longer due.</source>
        <translation>Eine nicht mehr fällige Ablaufwarnung konnte nicht zurückgezogen werden.</translation>
    </message>
    <message>
        <source>Could not record the expiry alerts that are due.</source>
        <translation>Die fälligen Ablaufwarnungen konnten nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>The expiry alert for the key %1 (%n day(s)) is no longer pending.</source>
        <translation>
            <numerusform>Die Ablaufwarnung für den Schlüssel %1 (%n Tag) steht nicht mehr aus.</numerusform>
            <numerusform>Die Ablaufwarnung für den Schlüssel %1 (%n Tage) steht nicht mehr aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not claim an expiry alert for sending.</source>
        <translation>Ein Ablaufalarm konnte nicht zum Senden beansprucht werden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertDispatcher</name>
    <message>
        <source>Expiry alerts cannot be sent while the registry is open read-only.</source>
        <translation>Ablaufwarnungen können nicht gesendet werden, solange das Register schreibgeschützt geöffnet ist.</translation>
    </message>
    <message>
        <source>Open the registry without --read-only to send alerts.</source>
        <translation>Öffnen Sie das Register ohne --read-only, um Warnungen zu senden.</translation>
    </message>
    <message>
        <source>The webhook URL “%1” in Settings cannot be used.</source>
        <translation>Die Webhook-URL „%1“ in den Einstellungen ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>Not sent in this run, because the webhook failed for an earlier alert: %1</source>
        <translation>In diesem Lauf nicht gesendet, weil der Webhook bei einer früheren Warnung fehlschlug: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertTable</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Threshold (days)</source>
        <translation>Schwelle (Tage)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
</context>
<context>
    <name>AppKeys::AlertsCommand</name>
    <message>
        <source>Set the webhook URL in the window&apos;s Settings (Expiry alerts); they are kept in %1.</source>
        <translation>Legen Sie die Webhook-URL in den Einstellungen des Fensters fest (Ablaufwarnungen); sie werden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>No webhook URL is set in Settings, so expiry alerts have nowhere to go.</source>
        <translation>In den Einstellungen ist keine Webhook-URL festgelegt, daher können Ablaufwarnungen nirgendwohin gesendet werden.</translation>
    </message>
    <message>
        <source>The webhook URL in Settings cannot be used: %1</source>
        <translation>Die Webhook-URL in den Einstellungen ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>List the expiry alerts due for the webhook in Settings; with --send, deliver them (for cron or a systemd timer) and exit with 1 while some stay pending.</source>
        <translation>Listet die fälligen Ablaufwarnungen für den Webhook aus den Einstellungen auf; mit --send werden sie zugestellt (für cron oder einen systemd-Timer), und der Exit-Status ist 1, solange welche ausstehen.</translation>
    </message>
    <message>
        <source>deliver the due alerts to the webhook and record them, so that no run sends one twice; the signing secret comes from the keychain</source>
        <translation>die fälligen Warnungen an den Webhook zustellen und vermerken, damit kein Lauf eine doppelt sendet; das Signatur-Secret kommt aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>--send records deliveries and cannot run read-only</source>
        <translation>--send vermerkt Zustellungen und kann nicht schreibgeschützt laufen</translation>
    </message>
    <message>
        <source>Expiry alerts are turned off in Settings: &apos;appkeys alerts --send&apos; sends nothing.</source>
        <translation>Ablaufwarnungen sind in den Einstellungen ausgeschaltet: &apos;appkeys alerts --send&apos; sendet nichts.</translation>
    </message>
    <message>
        <source>No expiry alert is due.</source>
        <translation>Keine Ablaufwarnung ist fällig.</translation>
    </message>
    <message>
        <source>Expiry alerts are turned off in Settings: nothing was sent.</source>
        <translation>Ablaufwarnungen sind in den Einstellungen ausgeschaltet: nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered %n alert(s).</source>
        <translation>
            <numerusform>%n Warnung zugestellt.</numerusform>
            <numerusform>%n Warnungen zugestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <source>The next &apos;appkeys alerts --send&apos; tries again; &apos;appkeys alerts&apos; shows what is due.</source>
        <translation>Der nächste Aufruf von &apos;appkeys alerts --send&apos; versucht es erneut; &apos;appkeys alerts&apos; zeigt, was fällig ist.</translation>
    </message>
    <message>
        <source>The expiry alerts could not be sent.</source>
        <translation>Die Ablaufwarnungen konnten nicht gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) stay pending.</source>
        <translation>
            <numerusform>%n Warnung steht weiter aus.</numerusform>
            <numerusform>%n Warnungen stehen weiter aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the keychain: %1</source>
        <translation>Der Schlüsselbund konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used.</source>
        <translation>
            <numerusform>%n Schlüsselbund-Eintrag entfernt, den keine gültigen Zugangsdaten nutzten.</numerusform>
            <numerusform>%n Schlüsselbund-Einträge entfernt, die keine gültigen Zugangsdaten nutzten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s) lack their plaintext in this keychain; &apos;appkeys repair&apos; lists them.</source>
        <translation>
            <numerusform>Für %n gültige Zugangsdaten fehlt der Klartext in diesem Schlüsselbund; &apos;appkeys repair&apos; listet sie auf.</numerusform>
            <numerusform>Für %n gültige Zugangsdaten fehlt der Klartext in diesem Schlüsselbund; &apos;appkeys repair&apos; listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>This registry may not be written to, so &apos;appkeys alerts --send&apos; cannot record what it delivers; nothing more was sent.</source>
        <translation>In dieses Register darf nicht geschrieben werden, daher kann &apos;appkeys alerts --send&apos; nicht festhalten, was es zustellt; es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>Run it as a user or database role that may write to the registry.</source>
        <translation>Führen Sie es als Benutzer oder Datenbankrolle aus, die in das Register schreiben darf.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppActions</name>
    <message>
        <source>The details of “%1” were saved.</source>
        <translation>Die Details von „%1“ wurden gespeichert.</translation>
    </message>
    <message>
        <source>The scope of “%1” was saved.</source>
        <translation>Der Umfang von „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Regenerate secret</source>
        <translation>Secret neu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate the secret of “%1”?</source>
        <translation>Das Secret von „%1“ neu erzeugen?</translation>
    </message>
    <message>
        <source>The current secret stops working at once. Every client that uses it needs the new one, which is shown once.</source>
        <translation>Das aktuelle Secret funktioniert sofort nicht mehr. Jeder Client, der es verwendet, braucht das neue, das einmal angezeigt wird.</translation>
    </message>
    <message>
        <source>Regenerating the secret of “%1”…</source>
        <translation>Das Secret von „%1“ wird neu erzeugt…</translation>
    </message>
    <message>
        <source>The secret of “%1” was not regenerated</source>
        <translation>Das Secret von „%1“ wurde nicht neu erzeugt</translation>
    </message>
    <message>
        <source>The secret of “%1” was regenerated.</source>
        <translation>Das Secret von „%1“ wurde neu erzeugt.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <source>The new secret of “%1”:</source>
        <translation>Das neue Secret von „%1“:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Note the secret now: it will not be shown again here. It is kept in your system keychain.</source>
        <translation>Notieren Sie das Secret jetzt: Es wird hier nicht noch einmal angezeigt. Es wird in Ihrem Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain…</source>
        <translation>Das Secret von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be read</source>
        <translation>Das Secret von „%1“ konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The secret of “%1” was revealed; the audit trail records it.</source>
        <translation>Das Secret von „%1“ wurde angezeigt; das Prüfprotokoll vermerkt es.</translation>
    </message>
    <message>
        <source>Secret of “%1”</source>
        <translation>Secret von „%1“</translation>
    </message>
    <message>
        <source>The secret of “%1”, read from your system keychain:</source>
        <translation>Das Secret von „%1“, aus Ihrem Systemschlüsselbund gelesen:</translation>
    </message>
    <message>
        <source>This read was recorded in the audit trail.</source>
        <translation>Dieses Lesen wurde im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Deactivate app</source>
        <translation>App deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate “%1”?</source>
        <translation>„%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Its API keys stop working until you reactivate it. Nothing is deleted.</source>
        <translation>Ihre API-Schlüssel funktionieren nicht mehr, bis Sie sie wieder aktivieren. Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>“%1” was deactivated.</source>
        <translation>„%1“ wurde deaktiviert.</translation>
    </message>
    <message>
        <source>“%1” was not deactivated</source>
        <translation>„%1“ wurde nicht deaktiviert</translation>
    </message>
    <message>
        <source>“%1” was reactivated.</source>
        <translation>„%1“ wurde wieder aktiviert.</translation>
    </message>
    <message>
        <source>“%1” was not reactivated</source>
        <translation>„%1“ wurde nicht wieder aktiviert</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>“%1” was deleted. Its audit trail stays.</source>
        <translation>„%1“ wurde gelöscht. Das Prüfprotokoll bleibt erhalten.</translation>
    </message>
    <message>
        <source>“%1” was not deleted</source>
        <translation>„%1“ wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppChanges</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>name %1</source>
        <translation>Name %1</translation>
    </message>
    <message>
        <source>URI %1</source>
        <translation>URI %1</translation>
    </message>
    <message>
        <source>description %1</source>
        <translation>Beschreibung %1</translation>
    </message>
    <message>
        <source>login user type %1</source>
        <translation>Anmeldebenutzertyp %1</translation>
    </message>
    <message>
        <source>source app %1</source>
        <translation>Quell-App %1</translation>
    </message>
    <message>
        <source>post-logout redirect URLs %1</source>
        <translation>Weiterleitungs-URLs nach Abmeldung %1</translation>
    </message>
    <message>
        <source>post-login redirect URLs %1</source>
        <translation>Weiterleitungs-URLs nach Anmeldung %1</translation>
    </message>
    <message>
        <source>authentication method %1</source>
        <translation>Authentifizierungsmethode %1</translation>
    </message>
    <message>
        <source>permissions %1</source>
        <translation>Berechtigungen %1</translation>
    </message>
    <message>
        <source>Someone else changed this app while you were editing (now version %1).</source>
        <translation>Jemand anderes hat diese App geändert, während Sie sie bearbeitet haben (jetzt Version %1).</translation>
    </message>
    <message>
        <source>Your changes were not saved; reload to see theirs.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert; laden Sie neu, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>Your changes were not saved; reload to see theirs: %1.</source>
        <translation>Ihre Änderungen wurden nicht gespeichert; laden Sie neu, um die anderen zu sehen: %1.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsForm</name>
    <message>
        <source>Post Logout Redirect URL</source>
        <translation>Weiterleitungs-URL nach Abmeldung</translation>
    </message>
    <message>
        <source>Post Login Redirect URL</source>
        <translation>Weiterleitungs-URL nach Anmeldung</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsPage</name>
    <message>
        <source>App details</source>
        <translation>App-Details</translation>
    </message>
    <message>
        <source>Describe the app: one app per use case. All fields except Description and the redirect URLs are required.</source>
        <translation>Beschreiben Sie die App: eine App pro Anwendungsfall. Alle Felder außer Beschreibung und den Weiterleitungs-URLs sind Pflichtfelder.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsPanel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated: its keys cannot be used until it is reactivated.</source>
        <translation>Deaktiviert: Ihre Schlüssel sind nicht nutzbar, bis sie wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Authentication method: %1</source>
        <translation>Authentifizierungsmethode: %1</translation>
    </message>
    <message>
        <source>%1 of %2 permissions granted</source>
        <translation>%1 von %2 Berechtigungen erteilt</translation>
    </message>
    <message>
        <source>&amp;Keys (%1)</source>
        <translation>&amp;Schlüssel (%1)</translation>
    </message>
    <message>
        <source>&amp;History (%1)</source>
        <translation>&amp;Verlauf (%1)</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppDetailsValidator</name>
    <message>
        <source>A URL must not contain spaces or control characters.</source>
        <translation>Eine URL darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Enter an absolute URL that starts with its scheme, for example https://booking.example.com.</source>
        <translation>Geben Sie eine absolute URL ein, die mit ihrem Schema beginnt, zum Beispiel https://booking.example.com.</translation>
    </message>
    <message>
        <source>Enter a name for the app.</source>
        <translation>Geben Sie einen Namen für die App ein.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>Der Name hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Could not check whether the name is free: %1</source>
        <translation>Es konnte nicht geprüft werden, ob der Name frei ist: %1</translation>
    </message>
    <message>
        <source>An app named “%1” already exists (names are compared without regard to case).</source>
        <translation>Eine App namens „%1“ gibt es bereits (Groß- und Kleinschreibung zählt beim Vergleich nicht).</translation>
    </message>
    <message>
        <source>Enter the app&apos;s URI, for example https://booking.example.com.</source>
        <translation>Geben Sie den URI der App ein, zum Beispiel https://booking.example.com.</translation>
    </message>
    <message>
        <source>The URI must start with https:// (or http://); “%1:” is not allowed.</source>
        <translation>Der URI muss mit https:// (oder http://) beginnen; „%1:“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The URI must name a host, as in https://booking.example.com.</source>
        <translation>Der URI muss einen Host nennen, wie in https://booking.example.com.</translation>
    </message>
    <message>
        <source>http is not encrypted: use https unless the app only runs on this computer (localhost).</source>
        <translation>http ist unverschlüsselt: Verwenden Sie https, außer die App läuft nur auf diesem Computer (localhost).</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>Die Beschreibung hat %1 Zeichen; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Enter a redirect URL.</source>
        <translation>Geben Sie eine Weiterleitungs-URL ein.</translation>
    </message>
    <message>
        <source>A redirect URL must not contain a wildcard (*).</source>
        <translation>Eine Weiterleitungs-URL darf keinen Platzhalter (*) enthalten.</translation>
    </message>
    <message>
        <source>A redirect URL must not contain a fragment (the part from #).</source>
        <translation>Eine Weiterleitungs-URL darf kein Fragment (den Teil ab #) enthalten.</translation>
    </message>
    <message>
        <source>An https redirect URL must name a host.</source>
        <translation>Eine https-Weiterleitungs-URL muss einen Host nennen.</translation>
    </message>
    <message>
        <source>Use https: http is allowed only for localhost.</source>
        <translation>Verwenden Sie https: http ist nur für localhost erlaubt.</translation>
    </message>
    <message>
        <source>Use an https URL, http on localhost, or a private-use scheme such as com.example.app:/callback; “%1:” is none of these.</source>
        <translation>Verwenden Sie eine https-URL, http auf localhost oder ein privates Schema wie com.example.app:/callback; „%1:“ ist nichts davon.</translation>
    </message>
    <message>
        <source>At most %1 redirect URLs are allowed; this list has %2.</source>
        <translation>Höchstens %1 Weiterleitungs-URLs sind erlaubt; diese Liste hat %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation>„%1“ steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>The name must not contain control characters such as tabs or line breaks: %1 at position %2.</source>
        <translation>Der Name darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The name must not contain invisible characters such as direction overrides or zero-width spaces: %1 at position %2.</source>
        <translation>Der Name darf keine unsichtbaren Zeichen wie Richtungsumkehrungen oder Leerzeichen ohne Breite enthalten: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The description must not contain control characters such as tabs (line breaks are fine): %1 at position %2.</source>
        <translation>Die Beschreibung darf keine Steuerzeichen wie Tabulatoren enthalten (Zeilenumbrüche sind erlaubt): %1 an Position %2.</translation>
    </message>
    <message>
        <source>The description must not contain invisible characters such as direction overrides or zero-width spaces: %1 at position %2.</source>
        <translation>Die Beschreibung darf keine unsichtbaren Zeichen wie Richtungsumkehrungen oder Leerzeichen ohne Breite enthalten: %1 an Position %2.</translation>
    </message>
    <message>
        <source>A URL must not contain a user name or password (a part before “@”): it makes the URL look like another site&apos;s.</source>
        <translation>Eine URL darf keinen Benutzernamen und kein Passwort enthalten (einen Teil vor „@“): Damit sieht die URL wie die einer anderen Website aus.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppEditDialog</name>
    <message>
        <source>What you entered is still here. Save again to replace their change with yours, or Cancel to keep theirs.</source>
        <translation>Ihre Eingaben sind noch da. Speichern Sie erneut, um die andere Änderung durch Ihre zu ersetzen, oder brechen Sie ab, um die andere zu behalten.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppFilterBar</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>Expiring (within %n day(s))</source>
        <translation>
            <numerusform>Läuft bald ab (innerhalb von %n Tag)</numerusform>
            <numerusform>Läuft bald ab (innerhalb von %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n app(s)</source>
        <translation>
            <numerusform>%1 von %n App</numerusform>
            <numerusform>%1 von %n Apps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %n app(s)</source>
        <translation>
            <numerusform>%1 von der ersten App</numerusform>
            <numerusform>%1 von den ersten %n Apps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AppRepository</name>
    <message>
        <source>There is no app with the Application ID %1.</source>
        <translation>Es gibt keine App mit der Anwendungs-ID %1.</translation>
    </message>
    <message>
        <source>It may have been deleted; refresh the list.</source>
        <translation>Sie wurde möglicherweise gelöscht; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>An app named “%1” already exists.</source>
        <translation>Eine App namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not save the app “%1”.</source>
        <translation>Die App „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the redirect URL “%1”.</source>
        <translation>Die Weiterleitungs-URL „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the permission “%1”.</source>
        <translation>Die Berechtigung „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the changes to the registry.</source>
        <translation>Die Änderungen konnten nicht im Register gespeichert werden.</translation>
    </message>
    <message>
        <source>The registry holds an unknown %1 “%2”.</source>
        <translation>Das Register enthält einen unbekannten Wert für %1: „%2“.</translation>
    </message>
    <message>
        <source>It may have been written by a newer version of AppKeys.</source>
        <translation>Es wurde möglicherweise von einer neueren Version von AppKeys geschrieben.</translation>
    </message>
    <message>
        <source>The app “%1” is already active.</source>
        <translation>Die App „%1“ ist bereits aktiv.</translation>
    </message>
    <message>
        <source>The app “%1” is already deactivated.</source>
        <translation>Die App „%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>There is no app named or with the Application ID “%1”.</source>
        <translation>Es gibt keine App mit dem Namen oder der Anwendungs-ID „%1“.</translation>
    </message>
    <message>
        <source>List the apps to see their names and ids.</source>
        <translation>Listen Sie die Apps auf, um ihre Namen und IDs zu sehen.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppService</name>
    <message>
        <source>The app “%1” is deleted, but its keychain entries could not be removed.</source>
        <translation>Die App „%1“ ist gelöscht, aber ihre Schlüsselbund-Einträge konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 They hold no credential that still works; AppKeys removes them at its next start.</source>
        <translation>%1 Sie enthalten keine Zugangsdaten, die noch funktionieren; AppKeys entfernt sie beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AppSettings</name>
    <message>
        <source>Could not save the settings to “%1”.</source>
        <translation>Die Einstellungen konnten nicht in „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that the file is writable.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und die Datei beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ApplicationTableModel</name>
    <message>
        <source>Application ID: %1</source>
        <translation>Anwendungs-ID: %1</translation>
    </message>
    <message>
        <source>The app is deactivated: its keys cannot be used until it is reactivated.</source>
        <translation>Die App ist deaktiviert: Ihre Schlüssel sind nicht nutzbar, bis sie wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>Quell-App</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Anmeldebenutzertyp</translation>
    </message>
    <message>
        <source>Auth Method</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Its keys were accepted by the verification service for %1 in all.</source>
        <translation>Seine Schlüssel wurden vom Prüfdienst insgesamt für %1 angenommen.</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>AppKeys::ArgumentParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; takes no value</source>
        <translation>Option &apos;%1&apos; nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value: %1 %2</source>
        <translation>Option &apos;%1&apos; braucht einen Wert: %1 %2</translation>
    </message>
    <message>
        <source>unknown value “%1” for &apos;--%2&apos;: use one of %3</source>
        <translation>unbekannter Wert „%1“ für &apos;--%2&apos;: verwenden Sie einen von %3</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditAction</name>
    <message>
        <source>App created</source>
        <translation>App erstellt</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Details bearbeitet</translation>
    </message>
    <message>
        <source>Scope edited</source>
        <translation>Umfang bearbeitet</translation>
    </message>
    <message>
        <source>App deactivated</source>
        <translation>App deaktiviert</translation>
    </message>
    <message>
        <source>App reactivated</source>
        <translation>App wieder aktiviert</translation>
    </message>
    <message>
        <source>App deleted</source>
        <translation>App gelöscht</translation>
    </message>
    <message>
        <source>Secret regenerated</source>
        <translation>Secret neu erzeugt</translation>
    </message>
    <message>
        <source>Secret revealed</source>
        <translation>Secret angezeigt</translation>
    </message>
    <message>
        <source>Key generated</source>
        <translation>Schlüssel erzeugt</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Schlüssel rotiert</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Key revealed</source>
        <translation>Schlüssel angezeigt</translation>
    </message>
    <message>
        <source>creating an app</source>
        <translation>beim Erstellen einer App</translation>
    </message>
    <message>
        <source>editing an app&apos;s details</source>
        <translation>beim Bearbeiten der Details einer App</translation>
    </message>
    <message>
        <source>editing an app&apos;s scope</source>
        <translation>beim Bearbeiten des Umfangs einer App</translation>
    </message>
    <message>
        <source>deactivating an app</source>
        <translation>beim Deaktivieren einer App</translation>
    </message>
    <message>
        <source>reactivating an app</source>
        <translation>beim Wiederaktivieren einer App</translation>
    </message>
    <message>
        <source>deleting an app</source>
        <translation>beim Löschen einer App</translation>
    </message>
    <message>
        <source>regenerating a secret</source>
        <translation>beim Neuerzeugen eines Secrets</translation>
    </message>
    <message>
        <source>revealing a secret</source>
        <translation>beim Anzeigen eines Secrets</translation>
    </message>
    <message>
        <source>generating an API key</source>
        <translation>beim Erzeugen eines API-Schlüssels</translation>
    </message>
    <message>
        <source>rotating an API key</source>
        <translation>beim Rotieren eines API-Schlüssels</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>beim Widerrufen eines API-Schlüssels</translation>
    </message>
    <message>
        <source>revealing an API key</source>
        <translation>beim Anzeigen eines API-Schlüssels</translation>
    </message>
    <message>
        <source>Unused keychain entry removed</source>
        <translation>Unbenutzter Schlüsselbund-Eintrag entfernt</translation>
    </message>
    <message>
        <source>removing an unused keychain entry</source>
        <translation>das Entfernen eines unbenutzten Schlüsselbund-Eintrags</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditAppNames</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditChainVerifier</name>
    <message>
        <source>entry %1 follows entry %2: an entry is missing or was inserted</source>
        <translation>Eintrag %1 folgt auf Eintrag %2: ein Eintrag fehlt oder wurde eingefügt</translation>
    </message>
    <message>
        <source>entry %1 does not point to the hash of the entry before it</source>
        <translation>Eintrag %1 verweist nicht auf den Hash des Eintrags davor</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its content no longer matches its hash</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert: sein Inhalt passt nicht mehr zu seinem Hash</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpoint</name>
    <message>
        <source>This is not an audit checkpoint line of AppKeys.</source>
        <translation>Dies ist keine Prüfpunkt-Zeile des Prüfprotokolls von AppKeys.</translation>
    </message>
    <message>
        <source>Give the whole line that `appkeys audit checkpoint` printed, for example appkeys-audit-head/1 registry=… entry=42 hash=… seen=2025-03-01T10:00:00.000Z.</source>
        <translation>Geben Sie die ganze Zeile an, die `appkeys audit checkpoint` ausgegeben hat, zum Beispiel appkeys-audit-head/1 registry=… entry=42 hash=… seen=2025-03-01T10:00:00.000Z.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpointCommand</name>
    <message>
        <source>Verify the audit trail, then print its head as one line to keep elsewhere (a ticket, a commit) and check later with &apos;appkeys audit verify --against LINE&apos;.</source>
        <translation>Prüft das Prüfprotokoll und gibt dann seinen neuesten Stand als eine Zeile aus, die anderswo aufbewahrt (ein Ticket, ein Commit) und später mit &apos;appkeys audit verify --against LINE&apos; geprüft werden kann.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpointComparison</name>
    <message>
        <source>The audit trail was truncated or rewritten after entry %1, which this machine saw on %2.</source>
        <translation>Das Prüfprotokoll wurde nach Eintrag %1, den dieser Rechner am %2 gesehen hat, gekürzt oder umgeschrieben.</translation>
    </message>
    <message>
        <source>The audit trail was truncated or rewritten at or before entry %1, which this machine saw on %2.</source>
        <translation>Das Prüfprotokoll wurde bei oder vor Eintrag %1, den dieser Rechner am %2 gesehen hat, gekürzt oder umgeschrieben.</translation>
    </message>
    <message>
        <source>The audit trail was truncated or rewritten at or before entry %1, which the given checkpoint saw on %2.</source>
        <translation>Das Prüfprotokoll wurde bei oder vor Eintrag %1, den der angegebene Prüfpunkt am %2 gesehen hat, gekürzt oder umgeschrieben.</translation>
    </message>
    <message>
        <source>Entries from there on cannot be trusted: compare them with an export, a backup or another checkpoint, and find out who can write to the registry&apos;s database.</source>
        <translation>Einträgen ab dort kann nicht vertraut werden: Vergleichen Sie sie mit einem Export, einer Sicherung oder einem anderen Prüfpunkt, und finden Sie heraus, wer in die Datenbank des Registers schreiben kann.</translation>
    </message>
    <message>
        <source>This machine saw entry %1 on %2 with the hash %3…</source>
        <translation>Dieser Rechner hat Eintrag %1 am %2 mit dem Hash %3… gesehen.</translation>
    </message>
    <message>
        <source>The checkpoint saw entry %1 on %2 with the hash %3…</source>
        <translation>Der Prüfpunkt hat Eintrag %1 am %2 mit dem Hash %3… gesehen.</translation>
    </message>
    <message>
        <source>The trail now has no entries.</source>
        <translation>Das Protokoll hat jetzt keine Einträge.</translation>
    </message>
    <message>
        <source>The trail now ends at entry %1.</source>
        <translation>Das Protokoll endet jetzt bei Eintrag %1.</translation>
    </message>
    <message>
        <source>The trail&apos;s entry %1 now has another hash.</source>
        <translation>Eintrag %1 des Protokolls hat jetzt einen anderen Hash.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCheckpointStore</name>
    <message>
        <source>Could not create the folder %1 for the audit checkpoints.</source>
        <translation>Der Ordner %1 für die Prüfpunkte konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read the key of this machine&apos;s audit checkpoints from the keychain: %1</source>
        <translation>Der Schlüssel der Prüfpunkte dieses Rechners konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not keep the key of this machine&apos;s audit checkpoints in the keychain: %1</source>
        <translation>Der Schlüssel der Prüfpunkte dieses Rechners konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s audit checkpoints: %1 is locked.</source>
        <translation>Die Prüfpunkte dieses Rechners konnten nicht gelesen werden: %1 ist gesperrt.</translation>
    </message>
    <message>
        <source>Could not keep the audit checkpoint: %1 is locked.</source>
        <translation>Der Prüfpunkt konnte nicht abgelegt werden: %1 ist gesperrt.</translation>
    </message>
    <message>
        <source>Could not read this machine&apos;s audit checkpoints %1: %2</source>
        <translation>Die Prüfpunkte dieses Rechners %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not keep the audit checkpoint in %1: %2</source>
        <translation>Der Prüfpunkt konnte nicht in %1 abgelegt werden: %2</translation>
    </message>
    <message>
        <source>This machine&apos;s audit checkpoints %1 were signed with a key that is no longer in the keychain, so they cannot be trusted.</source>
        <translation>Die Prüfpunkte dieses Rechners %1 wurden mit einem Schlüssel signiert, der nicht mehr im Schlüsselbund ist; ihnen kann daher nicht vertraut werden.</translation>
    </message>
    <message>
        <source>If this keychain was reset, remove that file to start keeping checkpoints again. Otherwise someone replaced the file.</source>
        <translation>Wurde dieser Schlüsselbund zurückgesetzt, löschen Sie die Datei, damit wieder Prüfpunkte abgelegt werden. Andernfalls hat jemand die Datei ersetzt.</translation>
    </message>
    <message>
        <source>This machine&apos;s audit checkpoints %1 were altered (line %2): they cannot be trusted.</source>
        <translation>Die Prüfpunkte dieses Rechners %1 wurden verändert (Zeile %2): Ihnen kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Someone who can write your files changed them. Compare the audit trail with an export, a backup or a checkpoint kept elsewhere (appkeys audit verify --against LINE).</source>
        <translation>Jemand, der Ihre Dateien schreiben kann, hat sie geändert. Vergleichen Sie das Prüfprotokoll mit einem Export, einer Sicherung oder einem anderswo aufbewahrten Prüfpunkt (appkeys audit verify --against LINE).</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditChoices</name>
    <message>
        <source>Reading the filters&apos; choices was stopped.</source>
        <translation>Das Lesen der Auswahl der Filter wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditCommand</name>
    <message>
        <source>List the audit trail&apos;s entries, oldest first; the options narrow the list.</source>
        <translation>Listet die Einträge des Prüfprotokolls auf, älteste zuerst; die Optionen schränken die Liste ein.</translation>
    </message>
    <message>
        <source>only entries about this app, by id or name (the id of a deleted app works too)</source>
        <translation>nur Einträge zu dieser App, nach ID oder Name (die ID einer gelöschten App geht auch)</translation>
    </message>
    <message>
        <source>only entries of this action: %1</source>
        <translation>nur Einträge dieser Aktion: %1</translation>
    </message>
    <message>
        <source>only entries by this actor (user@host)</source>
        <translation>nur Einträge dieses Akteurs (benutzer@host)</translation>
    </message>
    <message>
        <source>only entries at or after DATE (YYYY-MM-DD or an ISO-8601 date-time, UTC)</source>
        <translation>nur Einträge ab DATE (JJJJ-MM-TT oder ein ISO-8601-Zeitpunkt, UTC)</translation>
    </message>
    <message>
        <source>only entries before DATE&apos;s end (YYYY-MM-DD) or before the date-time</source>
        <translation>nur Einträge vor dem Ende von DATE (JJJJ-MM-TT) oder vor dem Zeitpunkt</translation>
    </message>
    <message>
        <source>&apos;--since %1&apos; is not before &apos;--until %2&apos;</source>
        <translation>&apos;--since %1&apos; liegt nicht vor &apos;--until %2&apos;</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditLog</name>
    <message>
        <source>Could not read the audit trail.</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not add to the audit trail.</source>
        <translation>Das Prüfprotokoll konnte nicht ergänzt werden.</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written: its details are not JSON</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert: seine Details sind kein JSON</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTable</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTableCheck</name>
    <message>
        <source>The app “%1” is marked deleted in the registry, but no entry of the audit trail deleted it.</source>
        <translation>Die App „%1“ ist im Register als gelöscht markiert, aber kein Eintrag des Prüfprotokolls hat sie gelöscht.</translation>
    </message>
    <message>
        <source>Entry %1 deleted the app “%2”, but it is not deleted in the registry.</source>
        <translation>Eintrag %1 hat die App „%2“ gelöscht, aber im Register ist sie nicht gelöscht.</translation>
    </message>
    <message>
        <source>The app “%1” is active in the registry, but entry %2 deactivated it.</source>
        <translation>Die App „%1“ ist im Register aktiv, aber Eintrag %2 hat sie deaktiviert.</translation>
    </message>
    <message>
        <source>The app “%1” is deactivated in the registry, but entry %2 left it active.</source>
        <translation>Die App „%1“ ist im Register deaktiviert, aber nach Eintrag %2 war sie aktiv.</translation>
    </message>
    <message>
        <source>The secret of the app “%1” in the registry is not the one entry %2 issued.</source>
        <translation>Das Secret der App „%1“ im Register ist nicht das, das Eintrag %2 ausgestellt hat.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” in the registry is not the one entry %3 issued.</source>
        <translation>Der API-Schlüssel %1 der App „%2“ im Register ist nicht der, den Eintrag %3 ausgestellt hat.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” expires at %3 in the registry, but entry %4 recorded %5.</source>
        <translation>Der API-Schlüssel %1 der App „%2“ läuft im Register am %3 ab, aber Eintrag %4 hat %5 vermerkt.</translation>
    </message>
    <message>
        <source>Entry %1 created the app “%2” (%3), but the registry has no such app.</source>
        <translation>Eintrag %1 hat die App „%2“ (%3) angelegt, aber das Register hat keine solche App.</translation>
    </message>
    <message>
        <source>Entry %1 issued the API key %2 of the app “%3”, but the registry has no such key.</source>
        <translation>Eintrag %1 hat den API-Schlüssel %2 der App „%3“ ausgestellt, aber das Register hat keinen solchen Schlüssel.</translation>
    </message>
    <message>
        <source>The app “%1” (%2) is in the registry, but no entry of the audit trail created it.</source>
        <translation>Die App „%1“ (%2) ist im Register, aber kein Eintrag des Prüfprotokolls hat sie angelegt.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” is in the registry, but no entry of the audit trail issued it.</source>
        <translation>Der API-Schlüssel %1 der App „%2“ ist im Register, aber kein Eintrag des Prüfprotokolls hat ihn ausgestellt.</translation>
    </message>
    <message>
        <source>The field “%1” of the app “%2” in the registry is not what entry %3 recorded.</source>
        <translation>Das Feld „%1“ der App „%2“ im Register ist nicht das, was Eintrag %3 vermerkt hat.</translation>
    </message>
    <message>
        <source>The API key %1 of the app “%2” is revoked in the registry, but no entry of the audit trail revoked it.</source>
        <translation>Der API-Schlüssel %1 der App „%2“ ist im Register widerrufen, aber kein Eintrag des Prüfprotokolls hat ihn widerrufen.</translation>
    </message>
    <message>
        <source>Entry %1 revoked the API key %2 of the app “%3”, but it is not revoked in the registry.</source>
        <translation>Eintrag %1 hat den API-Schlüssel %2 der App „%3“ widerrufen, aber im Register ist er nicht widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>The registry&apos;s tables do not match the audit trail: %n problem(s).</source>
        <translation>
            <numerusform>Die Tabellen des Registers stimmen nicht mit dem Prüfprotokoll überein: %n Problem.</numerusform>
            <numerusform>Die Tabellen des Registers stimmen nicht mit dem Prüfprotokoll überein: %n Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTableModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Application ID: %1</source>
        <translation>Anwendungs-ID: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditTrailWindow</name>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The audit trail was not exported.</source>
        <translation>Das Prüfprotokoll wurde nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: all %n entry(s) of the audit trail are intact, each linked to the one before.</source>
        <translation>
            <numerusform>Geprüft: Der einzige Eintrag des Prüfprotokolls ist unversehrt.</numerusform>
            <numerusform>Geprüft: Alle %n Einträge des Prüfprotokolls sind unversehrt und jeweils mit dem vorigen verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>It still holds entry %1 as this machine saw it on %2.</source>
        <translation>Es enthält Eintrag %1 noch so, wie dieser Rechner ihn am %2 gesehen hat.</translation>
    </message>
    <message>
        <source>This machine had no checkpoint of this trail yet, and keeps one from now on.</source>
        <translation>Dieser Rechner hatte noch keinen Prüfpunkt dieses Protokolls und legt ab jetzt einen ab.</translation>
    </message>
    <message>
        <source>Every app, secret and key in the registry was issued by an entry.</source>
        <translation>Jede App, jedes Secret und jeder Schlüssel im Register wurde von einem Eintrag ausgestellt.</translation>
    </message>
    <message>
        <source>Every app, secret and key in the registry was issued by an entry (compared by their hints: your database role may not read the credential hashes).</source>
        <translation>Jede App, jedes Secret und jeder Schlüssel im Register wurde von einem Eintrag ausgestellt (anhand der Kürzel verglichen: Ihre Datenbankrolle darf die Hashes der Zugangsdaten nicht lesen).</translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries…</source>
        <translation>Prüfe das Prüfprotokoll: %1 von %2 Einträgen …</translation>
    </message>
    <message>
        <source>Comparing the tables with the audit trail: %1 of %2 apps…</source>
        <translation>Vergleiche die Tabellen mit dem Prüfprotokoll: %1 von %2 Apps …</translation>
    </message>
    <message>
        <source>No app in the audit trail is named “%1”: type a part of its name, then choose it from the list.</source>
        <translation>Keine App im Prüfprotokoll heißt „%1“: Geben Sie einen Teil ihres Namens ein und wählen Sie sie dann aus der Liste.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditVerification</name>
    <message>
        <source>Audit trail broken at entry %1: %2</source>
        <translation>Prüfprotokoll unterbrochen bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Entries from there on cannot be trusted; compare them with an earlier export or backup.</source>
        <translation>Einträgen ab dort kann nicht vertraut werden; vergleichen Sie sie mit einem früheren Export oder einer Sicherung.</translation>
    </message>
    <message>
        <source>The checkpoint is of another registry (%1), not of this one (%2).</source>
        <translation>Der Prüfpunkt gehört zu einem anderen Register (%1), nicht zu diesem (%2).</translation>
    </message>
    <message>
        <source>Check the --database option, or give the checkpoint line of this registry.</source>
        <translation>Prüfen Sie die Option --database, oder geben Sie die Prüfpunkt-Zeile dieses Registers an.</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuditVerifyCommand</name>
    <message numerus="yes">
        <source>Audit trail verified: %n entries.</source>
        <translation>
            <numerusform>Prüfprotokoll geprüft: %n Eintrag.</numerusform>
            <numerusform>Prüfprotokoll geprüft: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the audit trail: its hash chain, this machine&apos;s checkpoints of it, and the tables against it; a problem is named and exits with 1.</source>
        <translation>Prüft das Prüfprotokoll: seine Hash-Kette, die Prüfpunkte dieses Rechners und die Tabellen dagegen; ein Problem wird genannt und endet mit 1.</translation>
    </message>
    <message>
        <source>also check the trail against a checkpoint line that &apos;appkeys audit checkpoint&apos; printed</source>
        <translation>das Protokoll zusätzlich gegen eine Prüfpunkt-Zeile prüfen, die &apos;appkeys audit checkpoint&apos; ausgegeben hat</translation>
    </message>
    <message>
        <source>It still holds entry %1 as this machine saw it on %2.</source>
        <translation>Es enthält Eintrag %1 noch so, wie dieser Rechner ihn am %2 gesehen hat.</translation>
    </message>
    <message>
        <source>This machine had no checkpoint of this registry&apos;s trail yet; it keeps one from now on.</source>
        <translation>Dieser Rechner hatte noch keinen Prüfpunkt des Protokolls dieses Registers; er legt ab jetzt einen ab.</translation>
    </message>
    <message>
        <source>It holds entry %1 as the given checkpoint saw it on %2.</source>
        <translation>Es enthält Eintrag %1 so, wie der angegebene Prüfpunkt ihn am %2 gesehen hat.</translation>
    </message>
    <message>
        <source>The tables match the trail: every app, secret and key was issued by an entry.</source>
        <translation>Die Tabellen stimmen mit dem Protokoll überein: Jede App, jedes Secret und jeder Schlüssel wurde von einem Eintrag ausgestellt.</translation>
    </message>
    <message>
        <source>The tables match the trail: every app, secret and key was issued by an entry (compared by their hints: your database role may not read the credential hashes).</source>
        <translation>Die Tabellen stimmen mit dem Protokoll überein: Jede App, jedes Secret und jeder Schlüssel wurde von einem Eintrag ausgestellt (anhand der Kürzel verglichen: Ihre Datenbankrolle darf die Hashes der Zugangsdaten nicht lesen).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) older than the audit trail were not checked.</source>
        <translation>
            <numerusform>%n Zeile, älter als das Prüfprotokoll, wurde nicht geprüft.</numerusform>
            <numerusform>%n Zeilen, älter als das Prüfprotokoll, wurden nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries</source>
        <translation>Prüfe das Prüfprotokoll: %1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Comparing the tables with the audit trail: %1 of %2 apps</source>
        <translation>Vergleiche die Tabellen mit dem Prüfprotokoll: %1 von %2 Apps</translation>
    </message>
</context>
<context>
    <name>AppKeys::AuthMethod</name>
    <message>
        <source>API keys (APIKEY GROUPS)</source>
        <translation>API-Schlüssel (APIKEY GROUPS)</translation>
    </message>
    <message>
        <source>Access tokens (JWT GROUPS)</source>
        <translation>Zugriffstoken (JWT GROUPS)</translation>
    </message>
</context>
<context>
    <name>AppKeys::CommandLine</name>
    <message>
        <source>show this help; &apos;appkeys COMMAND --help&apos; shows one command&apos;s</source>
        <translation>diese Hilfe anzeigen; &apos;appkeys BEFEHL --help&apos; zeigt die eines Befehls</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Try &apos;appkeys --help&apos;.</source>
        <translation>Versuchen Sie &apos;appkeys --help&apos;.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;appkeys %1&apos; needs %2</source>
        <translation>&apos;appkeys %1&apos; braucht %2</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter the password once with: appkeys login --database %1</source>
        <translation>Geben Sie das Passwort einmal ein mit: appkeys login --database %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>This command records what it does, so it needs a registry it may write to.</source>
        <translation>Dieser Befehl hält fest, was er tut, und braucht daher ein Register, in das er schreiben darf.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>JSON instead of text (list, show, audit, audit verify, audit checkpoint, alerts, verify)</source>
        <translation>JSON statt Text (list, show, audit, audit verify, audit checkpoint, alerts, verify)</translation>
    </message>
</context>
<context>
    <name>AppKeys::CredentialService</name>
    <message>
        <source>The API key is revoked, but its keychain entry could not be removed.</source>
        <translation>Der API-Schlüssel ist widerrufen, aber sein Eintrag im Schlüsselbund konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 The key can no longer be used; only its keychain entry is left over.</source>
        <translation>%1 Der Schlüssel ist nicht mehr nutzbar; nur sein Eintrag im Schlüsselbund ist übrig.</translation>
    </message>
    <message>
        <source>The keychain holds a different secret for “%1” than the registry expects.</source>
        <translation>Der Schlüsselbund enthält für „%1“ ein anderes Secret, als das Register erwartet.</translation>
    </message>
    <message>
        <source>It may be an old secret. Regenerate the secret to issue one that works.</source>
        <translation>Es ist vielleicht ein altes Secret. Erzeugen Sie das Secret neu, um eines auszustellen, das funktioniert.</translation>
    </message>
    <message>
        <source>The keychain holds a different API key than the registry expects for %1.</source>
        <translation>Der Schlüsselbund enthält für %1 einen anderen API-Schlüssel, als das Register erwartet.</translation>
    </message>
    <message>
        <source>Rotate the key to issue one that works.</source>
        <translation>Rotieren Sie den Schlüssel, um einen auszustellen, der funktioniert.</translation>
    </message>
</context>
<context>
    <name>AppKeys::CredentialsPage</name>
    <message>
        <source>Note the secret now: it will not be shown again here. It is kept in your system keychain.</source>
        <translation>Notieren Sie das Secret jetzt: Es wird hier nicht noch einmal angezeigt. Es wird in Ihrem Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <source>Generating API key…</source>
        <translation>API-Schlüssel wird erzeugt…</translation>
    </message>
    <message numerus="yes">
        <source>A new key is valid for %n day(s).</source>
        <translation>
            <numerusform>Ein neuer Schlüssel gilt %n Tag.</numerusform>
            <numerusform>Ein neuer Schlüssel gilt %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No API key was generated</source>
        <translation>Es wurde kein API-Schlüssel erzeugt</translation>
    </message>
    <message>
        <source>No API key was generated. The app exists; you can try again.</source>
        <translation>Es wurde kein API-Schlüssel erzeugt. Die App existiert; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Zwischenablage wird in %1 s geleert</translation>
    </message>
    <message>
        <source>Application ID copied.</source>
        <translation>Anwendungs-ID kopiert.</translation>
    </message>
</context>
<context>
    <name>AppKeys::Database</name>
    <message>
        <source>There is no registry file “%1”.</source>
        <translation>Es gibt keine Registerdatei „%1“.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the Qt 6 PostgreSQL plugin (on Debian: libqt6sql6-psql).</source>
        <translation>Installieren Sie das PostgreSQL-Plugin für Qt 6 (unter Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed.</source>
        <translation>Der SQLite-Treiber für Qt ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the Qt 6 SQLite plugin (on Debian: libqt6sql6-sqlite).</source>
        <translation>Installieren Sie das SQLite-Plugin für Qt 6 (unter Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not read the registry&apos;s identity.</source>
        <translation>Die Kennung des Registers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It has no registry identity.</source>
        <translation>Es hat keine Registerkennung.</translation>
    </message>
    <message>
        <source>Could not open the registry “%1”.</source>
        <translation>Das Register „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>AppKeys cannot open the registry “%1”.</source>
        <translation>AppKeys kann das Register „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Give the path of an SQLite file (for example /srv/appkeys/registry.sqlite), a URL of the form sqlite:///absolute/path/registry.sqlite, or a PostgreSQL URL of the form postgresql://role@host:port/database.</source>
        <translation>Geben Sie den Pfad einer SQLite-Datei an (zum Beispiel /srv/appkeys/registry.sqlite), eine URL der Form sqlite:///absoluter/pfad/registry.sqlite oder eine PostgreSQL-URL der Form postgresql://rolle@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The registry is open read-only: %1 is not allowed.</source>
        <translation>Das Register ist schreibgeschützt geöffnet: %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Changes and secrets are available only when the registry is opened without --read-only.</source>
        <translation>Änderungen und Secrets gibt es nur, wenn das Register ohne --read-only geöffnet wird.</translation>
    </message>
    <message>
        <source>Could not switch the registry “%1” to write-ahead logging.</source>
        <translation>Das Register „%1“ konnte nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>The journal mode stayed “%1”.</source>
        <translation>Der Journal-Modus blieb „%1“.</translation>
    </message>
    <message>
        <source>Could not turn on foreign key checks for the registry “%1”.</source>
        <translation>Die Fremdschlüsselprüfung für das Register „%1“ konnte nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>This SQLite library may have been built without foreign key support.</source>
        <translation>Diese SQLite-Bibliothek wurde möglicherweise ohne Fremdschlüssel-Unterstützung gebaut.</translation>
    </message>
    <message>
        <source>Could not set up the connection to “%1”.</source>
        <translation>Die Verbindung zu „%1“ konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Read-only access: the database refused to change the registry.</source>
        <translation>Nur Lesezugriff: Die Datenbank hat die Änderung am Register abgelehnt.</translation>
    </message>
    <message>
        <source>Your database role may only read this registry. Ask an admin to make the change, or to give your role write access.</source>
        <translation>Ihre Datenbankrolle darf dieses Register nur lesen. Bitten Sie einen Administrator, die Änderung vorzunehmen oder Ihrer Rolle Schreibzugriff zu geben.</translation>
    </message>
    <message>
        <source>Check the location. A new registry is created only by the AppKeys window, opened once without --read-only: appkeys --database “%1”.</source>
        <translation>Prüfen Sie den Ort. Ein neues Register legt nur das AppKeys-Fenster an, wenn es einmal ohne --read-only geöffnet wird: appkeys --database „%1“.</translation>
    </message>
    <message>
        <source>“%1” holds no AppKeys registry yet.</source>
        <translation>„%1“ enthält noch kein AppKeys-Register.</translation>
    </message>
    <message>
        <source>The disk that holds the registry is full: nothing was changed.</source>
        <translation>Der Datenträger des Registers ist voll: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Free some space on it, then try again.</source>
        <translation>Geben Sie dort Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The registry is damaged; restore it from a backup.</source>
        <translation>Das Register ist beschädigt; stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>SQLite says: %1</source>
        <translation>SQLite meldet: %1</translation>
    </message>
    <message>
        <source>Could not open the registry “%1” again to read it.</source>
        <translation>Das Register „%1“ konnte nicht erneut zum Lesen geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not ask the server how the database stores text.</source>
        <translation>Der Server konnte nicht gefragt werden, wie die Datenbank Text speichert.</translation>
    </message>
    <message>
        <source>The database “%1” stores text as %2, and AppKeys needs UTF8: names, URLs and descriptions may be in any script.</source>
        <translation>Die Datenbank „%1“ speichert Text als %2, AppKeys braucht aber UTF8: Namen, URLs und Beschreibungen können in jeder Schrift stehen.</translation>
    </message>
    <message>
        <source>Create the registry in a UTF8 database (createdb --encoding=UTF8 --template=template0 NAME). A registry already in this one moves over with pg_dump and pg_restore, which convert its text; see docs/postgresql.md.</source>
        <translation>Legen Sie das Register in einer UTF8-Datenbank an (createdb --encoding=UTF8 --template=template0 NAME). Ein Register, das schon in dieser liegt, zieht mit pg_dump und pg_restore um, die seinen Text umwandeln; siehe docs/postgresql.md.</translation>
    </message>
</context>
<context>
    <name>AppKeys::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Enter the password of the database role “%1” for the registry %2. AppKeys keeps it in the keychain, so you enter it only once.</source>
        <translation>Geben Sie das Passwort der Datenbankrolle „%1“ für das Register %2 ein. AppKeys bewahrt es im Schlüsselbund auf, Sie geben es also nur einmal ein.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>AppKeys::DateArgument</name>
    <message>
        <source>Bad date “%1”: use YYYY-MM-DD or an ISO-8601 date-time such as 2025-03-01T09:30:00Z.</source>
        <translation>Ungültiges Datum „%1“: Verwenden Sie JJJJ-MM-TT oder einen ISO-8601-Zeitpunkt wie 2025-03-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>Bad date “%1”: AppKeys takes dates up to 9999-12-31.</source>
        <translation>Ungültiges Datum „%1“: AppKeys nimmt Daten bis 9999-12-31 an.</translation>
    </message>
</context>
<context>
    <name>AppKeys::DaysSuffix</name>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::DeleteAppDialog</name>
    <message>
        <source>Delete app</source>
        <translation>App löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? Its secret and API keys are removed from the keychain and stop working for every client at once. This cannot be undone. Its audit trail stays, and its name becomes free.</source>
        <translation>„%1“ löschen? Sein Secret und seine API-Schlüssel werden aus dem Schlüsselbund entfernt und funktionieren sofort für keinen Client mehr. Das kann nicht rückgängig gemacht werden. Das Prüfprotokoll bleibt erhalten, und der Name wird frei.</translation>
    </message>
    <message>
        <source>Type the app&apos;s name, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen der App ein, %1:</translation>
    </message>
    <message>
        <source>App name to confirm deletion</source>
        <translation>App-Name zur Bestätigung des Löschens</translation>
    </message>
    <message>
        <source>&amp;Delete app</source>
        <translation>App &amp;löschen</translation>
    </message>
</context>
<context>
    <name>AppKeys::EditDetailsDialog</name>
    <message>
        <source>Edit details of “%1”</source>
        <translation>Details von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>AppKeys::EditScopeDialog</name>
    <message>
        <source>Edit scope of “%1”</source>
        <translation>Umfang von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryAlert</name>
    <message>
        <source>The API key %1 of “%2” expired on %3.</source>
        <translation>Der API-Schlüssel %1 von „%2“ ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>The API key %1 of “%2” expires today (%3).</source>
        <translation>Der API-Schlüssel %1 von „%2“ läuft heute ab (%3).</translation>
    </message>
    <message numerus="yes">
        <source>The API key %1 of “%2” expires in %n day(s) (%3).</source>
        <translation>
            <numerusform>Der API-Schlüssel %1 von „%2“ läuft in %n Tag ab (%3).</numerusform>
            <numerusform>Der API-Schlüssel %1 von „%2“ läuft in %n Tagen ab (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryAlertsPresenter</name>
    <message>
        <source>The expiring keys could not be read: %1</source>
        <translation>Die ablaufenden Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Webhook alerts pending: %1 — %2</source>
        <translation>Ausstehende Webhook-Warnungen: %1 — %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::ExpiryBanner</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Expiry alerts</source>
        <translation>Ablaufwarnungen</translation>
    </message>
    <message>
        <source>Retry the pending webhook alerts now</source>
        <translation>Die ausstehenden Webhook-Warnungen jetzt erneut senden</translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Erneuter Versuch…</translation>
    </message>
    <message>
        <source>Key %1 of “%2” expired on %3</source>
        <translation>Schlüssel %1 von „%2“ ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>Key %1 of “%2” expires today</source>
        <translation>Schlüssel %1 von „%2“ läuft heute ab</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <source>Rotate key %1 of “%2”</source>
        <translation>Schlüssel %1 von „%2“ rotieren</translation>
    </message>
    <message numerus="yes">
        <source>Key %1 of “%2” expires in %n day(s)</source>
        <translation>
            <numerusform>Schlüssel %1 von „%2“ läuft in %n Tag ab</numerusform>
            <numerusform>Schlüssel %1 von „%2“ läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more key(s); see the Status column.</source>
        <translation>
            <numerusform>…und %n weiterer Schlüssel; siehe Spalte Status.</numerusform>
            <numerusform>…und %n weitere Schlüssel; siehe Spalte Status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::ExportCommand</name>
    <message>
        <source>Export the apps or the audit trail as CSV (RFC 4180) or JSON.</source>
        <translation>Exportiert die Apps oder das Prüfprotokoll als CSV (RFC 4180) oder JSON.</translation>
    </message>
    <message>
        <source>csv or json (required)</source>
        <translation>csv oder json (Pflicht)</translation>
    </message>
    <message>
        <source>apps (the default) or audit</source>
        <translation>apps (Standard) oder audit</translation>
    </message>
    <message>
        <source>write to FILE instead of standard output</source>
        <translation>in FILE statt auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>export needs &apos;--format csv&apos; or &apos;--format json&apos;</source>
        <translation>export braucht &apos;--format csv&apos; oder &apos;--format json&apos;</translation>
    </message>
    <message>
        <source>&apos;--output&apos; needs a file name</source>
        <translation>&apos;--output&apos; braucht einen Dateinamen</translation>
    </message>
</context>
<context>
    <name>AppKeys::ExportFileChooser</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>AppKeys::GenerateKeyDialog</name>
    <message>
        <source>Generate API key</source>
        <translation>API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>A new API key for “%1”. It is shown once, then kept only in your system keychain. An app can have two usable keys at a time.</source>
        <translation>Ein neuer API-Schlüssel für „%1“. Er wird einmal angezeigt und dann nur in Ihrem Systemschlüsselbund aufbewahrt. Eine App kann zwei nutzbare Schlüssel gleichzeitig haben.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Lifetime</source>
        <translation>&amp;Laufzeit</translation>
    </message>
    <message>
        <source>The key will expire on %1.</source>
        <translation>Der Schlüssel läuft am %1 ab.</translation>
    </message>
</context>
<context>
    <name>AppKeys::HttpServer</name>
    <message>
        <source>Could not listen on %1 port %2.</source>
        <translation>Konnte nicht auf %1 Port %2 lauschen.</translation>
    </message>
</context>
<context>
    <name>AppKeys::IndexRefresher</name>
    <message>
        <source>appkeys serve: the registry answers again; the index follows it.</source>
        <translation>appkeys serve: das Register antwortet wieder; der Index folgt ihm.</translation>
    </message>
    <message>
        <source>appkeys serve: could not read the registry, so the index may fall behind it: %1 %2</source>
        <translation>appkeys serve: das Register ist nicht lesbar, daher kann der Index zurückfallen: %1 %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::InputChecks</name>
    <message>
        <source>Correct the app&apos;s details.</source>
        <translation>Korrigieren Sie die Details der App.</translation>
    </message>
    <message>
        <source>The app has no permissions.</source>
        <translation>Die App hat keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Choose at least one permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>Unknown permission “%1”.</source>
        <translation>Unbekannte Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>The permission catalogue may have changed; choose the permissions again.</source>
        <translation>Der Berechtigungskatalog hat sich möglicherweise geändert; wählen Sie die Berechtigungen erneut.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyActions</name>
    <message>
        <source>Generating an API key for “%1”…</source>
        <translation>API-Schlüssel für „%1“ wird erzeugt…</translation>
    </message>
    <message>
        <source>No API key was generated for “%1”</source>
        <translation>Für „%1“ wurde kein API-Schlüssel erzeugt</translation>
    </message>
    <message>
        <source>A new API key for “%1” was generated.</source>
        <translation>Ein neuer API-Schlüssel für „%1“ wurde erzeugt.</translation>
    </message>
    <message>
        <source>The new API key of “%1”:</source>
        <translation>Der neue API-Schlüssel von „%1“:</translation>
    </message>
    <message>
        <source>Rotating the API key %1…</source>
        <translation>API-Schlüssel %1 wird rotiert…</translation>
    </message>
    <message>
        <source>The new API key of “%1”. The old key %2 no longer works.</source>
        <translation>Der neue API-Schlüssel von „%1“. Der alte Schlüssel %2 funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The new API key of “%1”. The old key %2 keeps working until %3.</source>
        <translation>Der neue API-Schlüssel von „%1“. Der alte Schlüssel %2 funktioniert noch bis %3.</translation>
    </message>
    <message>
        <source>The API key %1 was not rotated</source>
        <translation>Der API-Schlüssel %1 wurde nicht rotiert</translation>
    </message>
    <message>
        <source>The API key %1 of “%2” was rotated.</source>
        <translation>Der API-Schlüssel %1 von „%2“ wurde rotiert.</translation>
    </message>
    <message>
        <source>New API key for “%1”</source>
        <translation>Neuer API-Schlüssel für „%1“</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Er läuft am %1 ab.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Note the key now: it will not be shown again here. It is kept in your system keychain.</source>
        <translation>Notieren Sie den Schlüssel jetzt: Er wird hier nicht noch einmal angezeigt. Er wird in Ihrem Systemschlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the API key %1 of “%2”?</source>
        <translation>Den API-Schlüssel %1 von „%2“ widerrufen?</translation>
    </message>
    <message>
        <source>It stops working now, for every client that uses it. This cannot be undone.</source>
        <translation>Er funktioniert ab sofort für keinen Client mehr, der ihn verwendet. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoking the API key %1…</source>
        <translation>API-Schlüssel %1 wird widerrufen…</translation>
    </message>
    <message>
        <source>The API key %1 of “%2” was revoked.</source>
        <translation>Der API-Schlüssel %1 von „%2“ wurde widerrufen.</translation>
    </message>
    <message>
        <source>The API key %1 was not revoked</source>
        <translation>Der API-Schlüssel %1 wurde nicht widerrufen</translation>
    </message>
    <message>
        <source>Reading the API key %1 from the keychain…</source>
        <translation>API-Schlüssel %1 wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The API key %1 could not be read</source>
        <translation>Der API-Schlüssel %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The API key %1 was revealed; the audit trail records it.</source>
        <translation>Der API-Schlüssel %1 wurde angezeigt; das Prüfprotokoll vermerkt es.</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>The API key %1 of “%2”, read from your system keychain:</source>
        <translation>Der API-Schlüssel %1 von „%2“, aus Ihrem Systemschlüsselbund gelesen:</translation>
    </message>
    <message>
        <source>This read was recorded in the audit trail.</source>
        <translation>Dieses Lesen wurde im Prüfprotokoll vermerkt.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyLifetimeChooser</name>
    <message>
        <source>Key lifetime</source>
        <translation>Schlüssellaufzeit</translation>
    </message>
    <message>
        <source>Until a date…</source>
        <translation>Bis zu einem Datum…</translation>
    </message>
    <message>
        <source>Key valid until</source>
        <translation>Schlüssel gültig bis</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (default)</source>
        <translation>
            <numerusform>%n Tag (Standard)</numerusform>
            <numerusform>%n Tage (Standard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyRepository</name>
    <message>
        <source>This app has no API key with the id %1.</source>
        <translation>Diese App hat keinen API-Schlüssel mit der ID %1.</translation>
    </message>
    <message>
        <source>It may have been changed meanwhile; refresh the list.</source>
        <translation>Er wurde möglicherweise inzwischen geändert; aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Could not save the API key %1.</source>
        <translation>Der API-Schlüssel %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the changes to the registry.</source>
        <translation>Die Änderungen konnten nicht im Register gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyRules</name>
    <message>
        <source>An API key&apos;s lifetime must be between %1 and %2 days, not %3.</source>
        <translation>Die Laufzeit eines API-Schlüssels muss zwischen %1 und %2 Tagen liegen, nicht %3.</translation>
    </message>
    <message>
        <source>The old key&apos;s overlap must be between %1 and %2 days, not %3.</source>
        <translation>Die Überlappung des alten Schlüssels muss zwischen %1 und %2 Tagen liegen, nicht %3.</translation>
    </message>
    <message>
        <source>Clients need the overlap to switch to the new key; %1 days is usual.</source>
        <translation>Clients brauchen die Überlappung, um auf den neuen Schlüssel umzustellen; %1 Tage sind üblich.</translation>
    </message>
    <message>
        <source>The app “%1” is deactivated.</source>
        <translation>Die App „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>Reactivate the app first.</source>
        <translation>Aktivieren Sie die App zuerst wieder.</translation>
    </message>
    <message>
        <source>The app “%1” already has %2 live API keys.</source>
        <translation>Die App „%1“ hat bereits %2 gültige API-Schlüssel.</translation>
    </message>
    <message>
        <source>Revoke one of them, or wait until one has expired.</source>
        <translation>Widerrufen Sie einen davon oder warten Sie, bis einer abgelaufen ist.</translation>
    </message>
    <message>
        <source>The API key %1 is revoked, so it cannot be rotated.</source>
        <translation>Der API-Schlüssel %1 ist widerrufen und kann daher nicht rotiert werden.</translation>
    </message>
    <message>
        <source>Generate a new key instead.</source>
        <translation>Erzeugen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The API key %1 has expired, so it cannot be rotated.</source>
        <translation>Der API-Schlüssel %1 ist abgelaufen und kann daher nicht rotiert werden.</translation>
    </message>
    <message>
        <source>The API key %1 is already revoked.</source>
        <translation>Der API-Schlüssel %1 ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>A revoked key stays revoked; generate a new key if the app needs one.</source>
        <translation>Ein widerrufener Schlüssel bleibt widerrufen; erzeugen Sie einen neuen, wenn die App einen braucht.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyStatus</name>
    <message>
        <source>No key</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyTableModel</name>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Accepted by the verification service for %1 in all.</source>
        <translation>Vom Prüfdienst insgesamt für %1 angenommen.</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyUsageRepository</name>
    <message>
        <source>Could not record when the keys were used.</source>
        <translation>Konnte nicht speichern, wann die Schlüssel verwendet wurden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeyVerification</name>
    <message>
        <source>The key is valid.</source>
        <translation>Der Schlüssel ist gültig.</translation>
    </message>
    <message>
        <source>This is not an AppKeys API key: its prefix, length, characters or checksum are wrong.</source>
        <translation>Dies ist kein API-Schlüssel von AppKeys: Präfix, Länge, Zeichen oder Prüfsumme stimmen nicht.</translation>
    </message>
    <message>
        <source>The registry has no such key (or its app was deleted).</source>
        <translation>Das Register kennt diesen Schlüssel nicht (oder seine App wurde gelöscht).</translation>
    </message>
    <message>
        <source>The key has expired.</source>
        <translation>Der Schlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <source>The key is revoked.</source>
        <translation>Der Schlüssel ist widerrufen.</translation>
    </message>
    <message>
        <source>The key&apos;s app is deactivated.</source>
        <translation>Die App des Schlüssels ist deaktiviert.</translation>
    </message>
    <message>
        <source>The key&apos;s app lacks a required permission.</source>
        <translation>Der App des Schlüssels fehlt eine verlangte Berechtigung.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainDeadline</name>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your keyring may be locked and waiting for its password in a window you cannot see. Unlock it (or start it) and try again.</source>
        <translation>Ihr Schlüsselbund ist vielleicht gesperrt und wartet in einem Fenster, das Sie nicht sehen, auf sein Passwort. Entsperren (oder starten) Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainReport</name>
    <message>
        <source>Keychain holds a different secret</source>
        <translation>Schlüsselbund enthält ein anderes Secret</translation>
    </message>
    <message>
        <source>Keychain holds a different key</source>
        <translation>Schlüsselbund enthält einen anderen Schlüssel</translation>
    </message>
    <message>
        <source>Secret in the keychain of %1</source>
        <translation>Secret im Schlüsselbund von %1</translation>
    </message>
    <message>
        <source>Key in the keychain of %1</source>
        <translation>Schlüssel im Schlüsselbund von %1</translation>
    </message>
    <message>
        <source>Secret not in this keychain</source>
        <translation>Secret nicht in diesem Schlüsselbund</translation>
    </message>
    <message>
        <source>Key not in this keychain</source>
        <translation>Schlüssel nicht in diesem Schlüsselbund</translation>
    </message>
    <message>
        <source>The last keychain check could not be read.</source>
        <translation>Die letzte Prüfung des Schlüsselbunds konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>It is written again at the next start of AppKeys, or by: appkeys repair --dry-run</source>
        <translation>Sie wird beim nächsten Start von AppKeys neu geschrieben, oder mit: appkeys repair --dry-run</translation>
    </message>
    <message>
        <source>Regenerate the secret to issue one that works here.</source>
        <translation>Erzeugen Sie das Secret neu, um eines auszustellen, das hier funktioniert.</translation>
    </message>
    <message>
        <source>Rotate the key to issue one that works here.</source>
        <translation>Rotieren Sie den Schlüssel, um einen auszustellen, der hier funktioniert.</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainReportFile</name>
    <message>
        <source>Could not create the folder %1 for the keychain check.</source>
        <translation>Der Ordner %1 für die Prüfung des Schlüsselbunds konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the keychain check %1: %2</source>
        <translation>Die Prüfung des Schlüsselbunds %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainReportLookup</name>
    <message>
        <source>The last keychain check %1 is not a file.</source>
        <translation>Die letzte Prüfung des Schlüsselbunds %1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Could not read the last keychain check %1: %2</source>
        <translation>Die letzte Prüfung des Schlüsselbunds %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainSecretStore</name>
    <message>
        <source>The OS keychain is not available: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Start your desktop&apos;s keyring (for example gnome-keyring or KWallet) and try again. AppKeys never stores secrets without it.</source>
        <translation>Starten Sie den Schlüsselbund Ihres Desktops (zum Beispiel gnome-keyring oder KWallet) und versuchen Sie es erneut. AppKeys speichert Secrets niemals ohne ihn.</translation>
    </message>
    <message>
        <source>The OS keychain refused access: %1</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>Unlock your keyring (it may be locked) and try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (er ist möglicherweise gesperrt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this entry.</source>
        <translation>Für diesen Eintrag ist kein Secret im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The OS keychain could not complete the request: %1</source>
        <translation>Der Schlüsselbund des Systems konnte die Anfrage nicht ausführen: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::KeychainSteps</name>
    <message>
        <source>Its keychain entry could not be removed either: %1</source>
        <translation>Auch sein Eintrag im Schlüsselbund konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>It is not known whether the registry saved the change: %1</source>
        <translation>Es ist nicht bekannt, ob das Register die Änderung gespeichert hat: %1</translation>
    </message>
    <message>
        <source>The keychain is left as it is, so that nothing the registry may hold is lost. AppKeys checks again at its next start (or run: appkeys repair).</source>
        <translation>Der Schlüsselbund bleibt, wie er ist, damit nichts verloren geht, was das Register vielleicht enthält. AppKeys prüft beim nächsten Start erneut (oder führen Sie aus: appkeys repair).</translation>
    </message>
</context>
<context>
    <name>AppKeys::LastUsedText</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%1 request(s)</source>
        <translation>
            <numerusform>%1 Anfrage</numerusform>
            <numerusform>%1 Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AppKeys::LaunchOptions</name>
    <message>
        <source>the registry: an SQLite file path, sqlite:///absolute/path or postgresql://role@host:port/database (default: the one in the Settings)</source>
        <translation>das Register: ein SQLite-Dateipfad, sqlite:///absoluter/pfad oder postgresql://rolle@host:port/datenbank (Standard: das in den Einstellungen)</translation>
    </message>
    <message>
        <source>open the registry read-only (every command but &apos;alerts --send&apos; does so anyway)</source>
        <translation>das Register schreibgeschützt öffnen (das tut jeder Befehl außer &apos;alerts --send&apos; ohnehin)</translation>
    </message>
    <message>
        <source>the language of the window and the messages: %1 (default: the system&apos;s)</source>
        <translation>die Sprache des Fensters und der Meldungen: %1 (Standard: die des Systems)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>AppKeys::ListCommand</name>
    <message>
        <source>List the registry&apos;s apps, with their key status; the options narrow the list.</source>
        <translation>Listet die Apps des Registers mit ihrem Schlüsselstatus auf; die Optionen schränken die Liste ein.</translation>
    </message>
    <message>
        <source>only apps whose %1 is one of: %2</source>
        <translation>nur Apps, deren %1 einer der folgenden Werte ist: %2</translation>
    </message>
    <message>
        <source>source app</source>
        <translation>Quell-App</translation>
    </message>
    <message>
        <source>login user type</source>
        <translation>Anmeldebenutzertyp</translation>
    </message>
    <message>
        <source>auth method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>only apps with a permission in this API group: %1</source>
        <translation>nur Apps mit einer Berechtigung in dieser API-Gruppe: %1</translation>
    </message>
    <message>
        <source>key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>only apps whose usable key expires within DAYS days (the later one, if two)</source>
        <translation>nur Apps, deren nutzbarer Schlüssel innerhalb von DAYS Tagen abläuft (der spätere, falls es zwei gibt)</translation>
    </message>
    <message>
        <source>only apps with TEXT in their name, id, URI, description or creator</source>
        <translation>nur Apps mit TEXT im Namen, in der ID, im URI, in der Beschreibung oder beim Ersteller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source App</source>
        <translation>Quell-App</translation>
    </message>
    <message>
        <source>Login User Type</source>
        <translation>Anmeldebenutzertyp</translation>
    </message>
    <message>
        <source>Auth Method</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>only apps with a usable key, none of whose usable keys was used (or, if never used, issued) in the last DAYS days, as &apos;appkeys serve&apos; records it</source>
        <translation>nur Apps mit einem nutzbaren Schlüssel, von deren nutzbaren Schlüsseln keiner in den letzten DAYS Tagen verwendet (oder, falls nie verwendet, ausgestellt) wurde, wie &apos;appkeys serve&apos; es aufzeichnet</translation>
    </message>
    <message>
        <source>bad number of days “%1” for &apos;--%2&apos;: use a whole number, 0 or more</source>
        <translation>ungültige Zahl von Tagen „%1“ für &apos;--%2&apos;: bitte eine ganze Zahl, 0 oder mehr</translation>
    </message>
</context>
<context>
    <name>AppKeys::ListenAddress</name>
    <message>
        <source>bad address “%1” for &apos;--listen&apos;: use HOST:PORT, for example 127.0.0.1:%2 or [::1]:%2</source>
        <translation>ungültige Adresse „%1“ für &apos;--listen&apos;: bitte HOST:PORT, zum Beispiel 127.0.0.1:%2 oder [::1]:%2</translation>
    </message>
    <message>
        <source>bad port “%1” for &apos;--listen&apos;: use a number from 0 to 65535</source>
        <translation>ungültiger Port „%1“ für &apos;--listen&apos;: bitte eine Zahl von 0 bis 65535</translation>
    </message>
</context>
<context>
    <name>AppKeys::LocalTime</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AppKeys::LoginCommand</name>
    <message>
        <source>Password for the database role “%1”: </source>
        <translation>Passwort für die Datenbankrolle „%1“: </translation>
    </message>
    <message>
        <source>&apos;appkeys login&apos; is for PostgreSQL registries: --database postgresql://role@host:port/database</source>
        <translation>&apos;appkeys login&apos; ist für PostgreSQL-Register gedacht: --database postgresql://rolle@host:port/datenbank</translation>
    </message>
    <message>
        <source>No password given; nothing was stored.</source>
        <translation>Kein Passwort angegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The password of %1 is stored in the keychain.</source>
        <translation>Das Passwort von %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Asks once for the password of a PostgreSQL registry&apos;s database role (from standard input when that is not a terminal), checks it on the server and keeps it in the keychain, where the other commands and the window find it. Without --database, the registry in the Settings.</source>
        <translation>Fragt einmal nach dem Passwort der Datenbankrolle eines PostgreSQL-Registers (von der Standardeingabe, wenn diese kein Terminal ist), prüft es auf dem Server und bewahrt es im Schlüsselbund auf, wo die anderen Befehle und das Fenster es finden. Ohne --database das Register aus den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>AppKeys::LoginUserType</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>AppKeys::MainWindow</name>
    <message>
        <source>Registry: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Manage Applications — AppKeys (read-only)</source>
        <translation>Anwendungen verwalten — AppKeys (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This registry has no apps yet.</source>
        <translation>Dieses Register hat noch keine Apps.</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed or revealed.</source>
        <translation>Schreibgeschützt: Nichts kann geändert oder angezeigt werden.</translation>
    </message>
    <message>
        <source>The apps could not be read: %1</source>
        <translation>Die Apps konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Audit trail of “%1”…</source>
        <translation>Prüfprotokoll von „%1“…</translation>
    </message>
    <message>
        <source>Export apps</source>
        <translation>Apps exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The apps were not exported.</source>
        <translation>Die Apps wurden nicht exportiert.</translation>
    </message>
    <message>
        <source>Clipboard clears in %1 s</source>
        <translation>Zwischenablage wird in %1 s geleert</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) exported to %1.</source>
        <translation>
            <numerusform>%n App nach %1 exportiert.</numerusform>
            <numerusform>%n Apps nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: the database role “%1” may only read.</source>
        <translation>Schreibgeschützt: Die Datenbankrolle „%1“ darf nur lesen.</translation>
    </message>
    <message>
        <source>Could not check the keychain: %1</source>
        <translation>Der Schlüsselbund konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used.</source>
        <translation>
            <numerusform>%n Schlüsselbund-Eintrag entfernt, den keine gültigen Zugangsdaten nutzten.</numerusform>
            <numerusform>%n Schlüsselbund-Einträge entfernt, die keine gültigen Zugangsdaten nutzten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) lack their plaintext in this keychain: see the Status column.</source>
        <translation>
            <numerusform>Für %n Zugangsdaten fehlt der Klartext in diesem Schlüsselbund: siehe die Spalte Status.</numerusform>
            <numerusform>Für %n Zugangsdaten fehlt der Klartext in diesem Schlüsselbund: siehe die Spalte Status.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the registry: %L1 apps so far…</source>
        <translation>Das Register wird gelesen: bisher %L1 Apps …</translation>
    </message>
    <message numerus="yes">
        <source>Only the newest %Ln app(s) are shown; the others could not be read: %1</source>
        <translation>
            <numerusform>Nur die neueste App wird angezeigt; die übrigen konnten nicht gelesen werden: %1</numerusform>
            <numerusform>Nur die neuesten %Ln Apps werden angezeigt; die übrigen konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is no longer in the registry: another user or program deleted it.</source>
        <translation>„%1“ ist nicht mehr in der Registry: Ein anderer Benutzer oder ein anderes Programm hat sie gelöscht.</translation>
    </message>
    <message>
        <source>The apps could not be read again: %1</source>
        <translation>Die Apps konnten nicht erneut gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::PermissionCatalogue</name>
    <message>
        <source>The permission catalogue is malformed: %1</source>
        <translation>Der Berechtigungskatalog ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>Reinstall AppKeys; the catalogue ships with the program.</source>
        <translation>Installieren Sie AppKeys neu; der Katalog wird mit dem Programm ausgeliefert.</translation>
    </message>
    <message>
        <source>group %1 (“%2”)</source>
        <translation>Gruppe %1 („%2“)</translation>
    </message>
    <message>
        <source>%1 has a permission without an id or a name.</source>
        <translation>%1 hat eine Berechtigung ohne ID oder Namen.</translation>
    </message>
    <message>
        <source>%1: permission “%2” must start with “%3.”.</source>
        <translation>%1: Berechtigung „%2“ muss mit „%3.“ beginnen.</translation>
    </message>
    <message>
        <source>%1 needs an id and a name.</source>
        <translation>%1 braucht eine ID und einen Namen.</translation>
    </message>
    <message>
        <source>%1 has no permissions.</source>
        <translation>%1 hat keine Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 at byte %2.</source>
        <translation>%1 bei Byte %2.</translation>
    </message>
    <message>
        <source>it does not declare the format “%1”.</source>
        <translation>er gibt das Format „%1“ nicht an.</translation>
    </message>
    <message>
        <source>its version must be a whole number of at least 1.</source>
        <translation>seine Version muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>it lists no groups.</source>
        <translation>er enthält keine Gruppen.</translation>
    </message>
    <message>
        <source>the id “%1” is used twice.</source>
        <translation>die ID „%1“ wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>Could not read the permission catalogue %1: %2</source>
        <translation>Der Berechtigungskatalog %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::PermissionCatalogueNames</name>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Memberships &amp; Packages</source>
        <translation>Mitgliedschaften &amp; Pakete</translation>
    </message>
    <message>
        <source>Gift Cards</source>
        <translation>Geschenkkarten</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
</context>
<context>
    <name>AppKeys::PermissionTree</name>
    <message>
        <source>API group / permission</source>
        <translation>API-Gruppe / Berechtigung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>AppKeys::PostgresLocation</name>
    <message>
        <source>Write it as postgresql://role@host:port/database, for example postgresql://appkeys_admin@db.example.com:5432/appkeys.</source>
        <translation>Schreiben Sie sie als postgresql://rolle@host:port/datenbank, zum Beispiel postgresql://appkeys_admin@db.example.com:5432/appkeys.</translation>
    </message>
    <message>
        <source>“%1” is not a value AppKeys knows for the parameter %2 of the PostgreSQL URL.</source>
        <translation>„%1“ ist kein Wert, den AppKeys für den Parameter %2 der PostgreSQL-URL kennt.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>sslrootcert must be the absolute path of a file of CA certificates.</source>
        <translation>sslrootcert muss der absolute Pfad einer Datei mit CA-Zertifikaten sein.</translation>
    </message>
    <message>
        <source>For example ?sslrootcert=/etc/ssl/certs/appkeys-db-ca.pem.</source>
        <translation>Zum Beispiel ?sslrootcert=/etc/ssl/certs/appkeys-db-ca.pem.</translation>
    </message>
    <message>
        <source>hostaddr must be an IP address, such as 10.0.0.7.</source>
        <translation>hostaddr muss eine IP-Adresse sein, etwa 10.0.0.7.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name as the host of the URL and its address as hostaddr; the certificate is checked against the name.</source>
        <translation>Geben Sie den Namen des Servers als Host der URL und seine Adresse als hostaddr an; das Zertifikat wird gegen den Namen geprüft.</translation>
    </message>
    <message>
        <source>AppKeys does not understand the parameter “%1” of the PostgreSQL URL.</source>
        <translation>AppKeys versteht den Parameter „%1“ der PostgreSQL-URL nicht.</translation>
    </message>
    <message>
        <source>It accepts sslmode, sslrootcert, channel_binding, hostaddr and allow_plaintext, for example ?sslmode=verify-full.</source>
        <translation>Es versteht sslmode, sslrootcert, channel_binding, hostaddr und allow_plaintext, zum Beispiel ?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password.</source>
        <translation>Die PostgreSQL-URL enthält ein Passwort.</translation>
    </message>
    <message>
        <source>AppKeys reads the database password from the keychain, never from the URL: remove it (postgresql://role@host:port/database). You enter it once, and it is kept in the keychain.</source>
        <translation>AppKeys liest das Datenbankpasswort aus dem Schlüsselbund, nie aus der URL: Entfernen Sie es (postgresql://rolle@host:port/datenbank). Sie geben es einmal ein, danach liegt es im Schlüsselbund.</translation>
    </message>
    <message>
        <source>This PostgreSQL URL is not valid.</source>
        <translation>Diese PostgreSQL-URL ist ungültig.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database role.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbankrolle.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no server.</source>
        <translation>Die PostgreSQL-URL nennt keinen Server.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank.</translation>
    </message>
    <message>
        <source>AppKeys does not connect to the database server %1 with sslmode=%2: the connection may be unencrypted, so that anyone on the network could read the role&apos;s password and the registry, or pose as the server.</source>
        <translation>AppKeys verbindet sich nicht mit sslmode=%2 mit dem Datenbankserver %1: Die Verbindung wäre womöglich unverschlüsselt, sodass jeder im Netz das Passwort der Rolle und das Register lesen oder sich als der Server ausgeben könnte.</translation>
    </message>
    <message>
        <source>Leave sslmode out (AppKeys then uses verify-full: TLS, with the server&apos;s certificate checked against its name), or give sslmode=verify-full and, if the server&apos;s certificate is signed by your own CA, sslrootcert=/path/to/ca.pem. Only on a network you trust, add allow_plaintext=yes to the URL to connect anyway.</source>
        <translation>Lassen Sie sslmode weg (AppKeys nutzt dann verify-full: TLS, mit dem gegen seinen Namen geprüften Zertifikat des Servers), oder geben Sie sslmode=verify-full an und, falls das Zertifikat des Servers von Ihrer eigenen CA signiert ist, sslrootcert=/pfad/zu/ca.pem. Nur in einem Netz, dem Sie vertrauen: Fügen Sie allow_plaintext=yes zur URL hinzu, um sich trotzdem zu verbinden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::PrivateFile</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check that the disk is not full and the folder can be written to, or choose another file.</source>
        <translation>Prüfen Sie, ob der Datenträger voll ist und ob in den Ordner geschrieben werden kann, oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link; AppKeys does not write through links.</source>
        <translation>„%1“ ist ein symbolischer Link; AppKeys schreibt nicht über Links.</translation>
    </message>
    <message>
        <source>Give the path of the file itself, or a new file name.</source>
        <translation>Geben Sie den Pfad der Datei selbst oder einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Give a file name in it.</source>
        <translation>Geben Sie einen Dateinamen darin an.</translation>
    </message>
    <message>
        <source>“%1” is not a plain file but a device, a pipe or a socket.</source>
        <translation>„%1“ ist keine gewöhnliche Datei, sondern ein Gerät, eine Pipe oder ein Socket.</translation>
    </message>
    <message>
        <source>Give the name of a plain file, or a new file name.</source>
        <translation>Geben Sie den Namen einer gewöhnlichen Datei oder einen neuen Dateinamen an.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ReadSnapshot</name>
    <message>
        <source>Could not read the registry.</source>
        <translation>Das Register konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RedirectUrlListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>https://app.example.com/callback</source>
        <translation>https://app.example.com/callback</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected %1</source>
        <translation>Ausgewählte %1 entfernen</translation>
    </message>
    <message>
        <source>Press Add to put this URL on the list.</source>
        <translation>Drücken Sie Hinzufügen, um diese URL in die Liste aufzunehmen.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RegistryChangeWatcher</name>
    <message>
        <source>Could not listen for changes to the registry %1.</source>
        <translation>Konnte nicht auf Änderungen am Register %1 lauschen.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RegistryConnector</name>
    <message>
        <source>No password for the registry %1 is stored in the keychain yet.</source>
        <translation>Für das Register %1 ist noch kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Enter the database role&apos;s password once (appkeys login, or when the window asks for it); AppKeys then keeps it in the keychain.</source>
        <translation>Geben Sie das Passwort der Datenbankrolle einmal ein (appkeys login, oder wenn das Fenster danach fragt); AppKeys bewahrt es dann im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Could not read the database password from the keychain: %1</source>
        <translation>Das Datenbankpasswort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The registry opened, but its password could not be stored in the keychain: %1</source>
        <translation>Das Register wurde geöffnet, aber sein Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::RepairCommand</name>
    <message>
        <source>Bring this keychain and the registry into step: remove keychain entries no live credential uses (each on the audit trail) and list live credentials whose plaintext this keychain lacks.</source>
        <translation>Schlüsselbund und Register in Einklang bringen: Schlüsselbund-Einträge entfernen, die keine gültigen Zugangsdaten nutzen (jeder im Prüfprotokoll), und gültige Zugangsdaten auflisten, deren Klartext diesem Schlüsselbund fehlt.</translation>
    </message>
    <message>
        <source>only report what would be removed; change nothing</source>
        <translation>nur melden, was entfernt würde; nichts ändern</translation>
    </message>
    <message>
        <source>leave unused entries younger than this, which another AppKeys may be writing right now (default: %1)</source>
        <translation>unbenutzte Einträge, die jünger sind, stehen lassen: ein anderes AppKeys schreibt sie vielleicht gerade (Vorgabe: %1)</translation>
    </message>
    <message>
        <source>bad number of minutes “%1” for &apos;--grace&apos;: use a whole number from 0 to %2</source>
        <translation>ungültige Anzahl Minuten „%1“ für &apos;--grace&apos;: verwenden Sie eine ganze Zahl von 0 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n keychain entry(s) that no live credential uses:</source>
        <translation>
            <numerusform>Würde %n Schlüsselbund-Eintrag entfernen, den keine gültigen Zugangsdaten nutzen:</numerusform>
            <numerusform>Würde %n Schlüsselbund-Einträge entfernen, die keine gültigen Zugangsdaten nutzen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n keychain entry(s) that no live credential used:</source>
        <translation>
            <numerusform>%n Schlüsselbund-Eintrag entfernt, den keine gültigen Zugangsdaten nutzten:</numerusform>
            <numerusform>%n Schlüsselbund-Einträge entfernt, die keine gültigen Zugangsdaten nutzten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n unused entry(s) younger than the grace period, which another AppKeys may be writing:</source>
        <translation>
            <numerusform>%n unbenutzten Eintrag stehen gelassen, der jünger als die Schonfrist ist und den ein anderes AppKeys vielleicht gerade schreibt:</numerusform>
            <numerusform>%n unbenutzte Einträge stehen gelassen, die jünger als die Schonfrist sind und die ein anderes AppKeys vielleicht gerade schreibt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unused entries could not be looked for: %1</source>
        <translation>Nach unbenutzten Einträgen konnte nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>“%1” (%2), %3: %4. %5</source>
        <translation>„%1“ (%2), %3: %4. %5</translation>
    </message>
    <message>
        <source>This keychain and the registry are in step.</source>
        <translation>Dieser Schlüsselbund und das Register sind im Einklang.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s) lack their plaintext in this keychain.</source>
        <translation>
            <numerusform>Für %n gültige Zugangsdaten fehlt der Klartext in diesem Schlüsselbund.</numerusform>
            <numerusform>Für %n gültige Zugangsdaten fehlt der Klartext in diesem Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regenerate or rotate them as listed; on a team registry, the admin who issued one may hold it.</source>
        <translation>Erzeugen Sie sie neu oder rotieren Sie sie wie aufgeführt; in einem Team-Register hat sie vielleicht der Admin, der sie ausgestellt hat.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RepositoryQuery</name>
    <message>
        <source>Could not read the registry.</source>
        <translation>Das Register konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Issue a new API key for “%1” to replace %2.</source>
        <translation>Einen neuen API-Schlüssel für „%1“ ausstellen, der %2 ersetzt.</translation>
    </message>
    <message>
        <source>Overlap in days</source>
        <translation>Überlappung in Tagen</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>&amp;Overlap</source>
        <translation>Ü&amp;berlappung</translation>
    </message>
    <message>
        <source>New key &amp;lifetime</source>
        <translation>&amp;Laufzeit des neuen Schlüssels</translation>
    </message>
    <message>
        <source>The old key %1 stops working now.</source>
        <translation>Der alte Schlüssel %1 funktioniert ab sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The old key %1 keeps working until %2, so clients can switch to the new key without downtime.</source>
        <translation>Der alte Schlüssel %1 funktioniert noch bis %2, damit Clients ohne Ausfall auf den neuen Schlüssel umstellen können.</translation>
    </message>
    <message>
        <source>The new key expires on %1.</source>
        <translation>Der neue Schlüssel läuft am %1 ab.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SchemaMigrations</name>
    <message>
        <source>Could not create the registry&apos;s identity.</source>
        <translation>Die Kennung des Registers konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SchemaMigrator</name>
    <message>
        <source>Could not update the registry&apos;s schema.</source>
        <translation>Das Schema des Registers konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not record the registry&apos;s schema version.</source>
        <translation>Die Schemaversion des Registers konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The registry “%1” has schema version %2, but this version of AppKeys only knows versions up to %3.</source>
        <translation>Das Register „%1“ hat die Schemaversion %2, aber diese Version von AppKeys kennt nur Versionen bis %3.</translation>
    </message>
    <message>
        <source>Open it with a newer version of AppKeys.</source>
        <translation>Öffnen Sie es mit einer neueren Version von AppKeys.</translation>
    </message>
    <message>
        <source>An admin must do it: open the registry once with the role that owns its schema, without --read-only. Support staff can connect after that.</source>
        <translation>Das muss ein Administrator tun: Das Register einmal mit der Rolle öffnen, der sein Schema gehört, ohne --read-only. Danach kann sich der Support verbinden.</translation>
    </message>
    <message>
        <source>“%1” holds no AppKeys registry yet, and your database role may not create one.</source>
        <translation>„%1“ enthält noch kein AppKeys-Register, und Ihre Datenbankrolle darf keines anlegen.</translation>
    </message>
    <message>
        <source>This registry needs an upgrade from schema version %1 to %2, and your database role may not change the schema.</source>
        <translation>Dieses Register braucht ein Upgrade von Schemaversion %1 auf %2, und Ihre Datenbankrolle darf das Schema nicht ändern.</translation>
    </message>
    <message>
        <source>Could not read the registry&apos;s schema version.</source>
        <translation>Die Schemaversion des Registers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is not an AppKeys database.</source>
        <translation>„%1“ ist keine AppKeys-Datenbank.</translation>
    </message>
    <message>
        <source>Choose an AppKeys registry file or a new file name (on PostgreSQL, an empty database).</source>
        <translation>Wählen Sie eine AppKeys-Registerdatei oder einen neuen Dateinamen (bei PostgreSQL eine leere Datenbank).</translation>
    </message>
    <message>
        <source>This registry needs an upgrade: open it once without --read-only.</source>
        <translation>Dieses Register braucht ein Upgrade: Öffnen Sie es einmal ohne --read-only.</translation>
    </message>
    <message>
        <source>“%1” has schema version %2; this version of AppKeys reads version %3.</source>
        <translation>„%1“ hat die Schemaversion %2; diese Version von AppKeys liest Version %3.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ScopeForm</name>
    <message>
        <source>%1 of %2 permissions selected</source>
        <translation>%1 von %2 Berechtigungen ausgewählt</translation>
    </message>
    <message>
        <source>Select at least one permission.</source>
        <translation>Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ScopePage</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The app was not created</source>
        <translation>Die App wurde nicht erstellt</translation>
    </message>
    <message>
        <source>The app was not created, and nothing was saved.</source>
        <translation>Die App wurde nicht erstellt, und nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SecretServiceLister</name>
    <message>
        <source>The OS keychain keeps some of AppKeys&apos; entries locked.</source>
        <translation>Der Schlüsselbund des Systems hält einige Einträge von AppKeys gesperrt.</translation>
    </message>
    <message>
        <source>Unlock your keyring and try again.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not list the OS keychain&apos;s entries: %1</source>
        <translation>Die Einträge des System-Schlüsselbunds konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>AppKeys lists them through the Secret Service (gnome-keyring, KeePassXC, KWallet&apos;s Secret Service).</source>
        <translation>AppKeys listet sie über den Secret Service auf (gnome-keyring, KeePassXC, der Secret Service von KWallet).</translation>
    </message>
</context>
<context>
    <name>AppKeys::SecretValueDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied. The clipboard clears in %1 s.</source>
        <translation>Kopiert. Die Zwischenablage wird in %1 s geleert.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ServeCommand</name>
    <message>
        <source>Runs the verification service until stopped (SIGTERM, Ctrl+C): HTTP endpoints that tell whether an API key is valid, from an index of the registry&apos;s key hashes that follows every change within a second. GET /v1/auth for reverse proxies (nginx auth_request, Traefik ForwardAuth, Envoy ext_authz), POST /v1/keys/verify, POST /oauth2/introspect (RFC 7662), GET /healthz and GET /metrics. It records when each key was last used, unless --read-only. Needs no keychain: on PostgreSQL the role&apos;s password comes from a password file (PGPASSFILE). See docs/verification.md.</source>
        <translation>Führt den Prüfdienst aus, bis er beendet wird (SIGTERM, Strg+C): HTTP-Endpunkte, die sagen, ob ein API-Schlüssel gültig ist, aus einem Index der Schlüssel-Hashes des Registers, der jeder Änderung binnen einer Sekunde folgt. GET /v1/auth für Reverse-Proxys (nginx auth_request, Traefik ForwardAuth, Envoy ext_authz), POST /v1/keys/verify, POST /oauth2/introspect (RFC 7662), GET /healthz und GET /metrics. Er zeichnet auf, wann jeder Schlüssel zuletzt verwendet wurde, außer mit --read-only. Braucht keinen Schlüsselbund: bei PostgreSQL kommt das Passwort der Rolle aus einer Passwortdatei (PGPASSFILE). Siehe docs/verification.md.</translation>
    </message>
    <message>
        <source>where to listen (default 127.0.0.1:%1; port 0 picks a free one)</source>
        <translation>wo gelauscht wird (Standard 127.0.0.1:%1; Port 0 wählt einen freien)</translation>
    </message>
    <message>
        <source>threads answering requests (default: one per processor)</source>
        <translation>Threads, die Anfragen beantworten (Standard: einer je Prozessor)</translation>
    </message>
    <message>
        <source>how often to record when keys were last used: each key at most once per interval (default 60)</source>
        <translation>wie oft aufgezeichnet wird, wann Schlüssel zuletzt verwendet wurden: jeder Schlüssel höchstens einmal je Intervall (Standard 60)</translation>
    </message>
    <message>
        <source>time a client has to send a whole request before it is refused (default 10)</source>
        <translation>Zeit, die ein Client für eine ganze Anfrage hat, bevor sie abgelehnt wird (Standard 10)</translation>
    </message>
    <message>
        <source>log every verification on standard error, with the key&apos;s hint only</source>
        <translation>jede Prüfung auf der Standardfehlerausgabe protokollieren, nur mit dem Hinweis des Schlüssels</translation>
    </message>
    <message>
        <source>appkeys serve: stopped.</source>
        <translation>appkeys serve: beendet.</translation>
    </message>
    <message>
        <source>bad value “%1” for &apos;--%2&apos;: use a whole number, 1 or more</source>
        <translation>ungültiger Wert „%1“ für &apos;--%2&apos;: bitte eine ganze Zahl, 1 oder mehr</translation>
    </message>
</context>
<context>
    <name>AppKeys::SettingsDialog</name>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Schlüsselbund wird durchsucht…</translation>
    </message>
    <message>
        <source>A secret is set; type a new one to replace it</source>
        <translation>Ein Secret ist gesetzt; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Unknown: the keychain could not be read</source>
        <translation>Unbekannt: Der Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Without a signing secret, webhook alerts stay pending: the receiver could not tell them from forgeries.</source>
        <translation>Ohne Signatur-Secret bleiben Webhook-Warnungen ausstehend: Der Empfänger könnte sie nicht von Fälschungen unterscheiden.</translation>
    </message>
    <message>
        <source>The signing secret will be removed from the keychain when you click OK.</source>
        <translation>Das Signatur-Secret wird aus dem Schlüsselbund entfernt, wenn Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the signing secret</source>
        <translation>Das Signatur-Secret verbergen</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Das Signatur-Secret anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the registry on this computer, %1</source>
        <translation>Leer: das Register auf diesem Computer, %1</translation>
    </message>
    <message>
        <source>AppKeys opens this registry from its next start.</source>
        <translation>AppKeys öffnet dieses Register ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SettingsRules</name>
    <message>
        <source>Enter at least one number of days before expiry, for example 30, 7, 1.</source>
        <translation>Geben Sie mindestens eine Anzahl von Tagen vor dem Ablauf ein, zum Beispiel 30, 7, 1.</translation>
    </message>
    <message>
        <source>At most %1 alert thresholds are allowed; this list has %2.</source>
        <translation>Höchstens %1 Warnschwellen sind erlaubt; diese Liste hat %2.</translation>
    </message>
    <message>
        <source>%1 days is not a valid alert threshold: use %2 to %3 days before expiry.</source>
        <translation>%1 Tage ist keine gültige Warnschwelle: Verwenden Sie %2 bis %3 Tage vor dem Ablauf.</translation>
    </message>
    <message>
        <source>%1 days is in the list twice.</source>
        <translation>%1 Tage steht zweimal in der Liste.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days.</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <source>A URL must not contain spaces or control characters.</source>
        <translation>Eine URL darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Enter an absolute URL that starts with https://, for example https://hooks.example.com/appkeys.</source>
        <translation>Geben Sie eine absolute URL ein, die mit https:// beginnt, zum Beispiel https://hooks.example.com/appkeys.</translation>
    </message>
    <message>
        <source>The webhook URL must start with https:// (or http://); “%1:” is not allowed.</source>
        <translation>Die Webhook-URL muss mit https:// (oder http://) beginnen; „%1:“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The webhook URL must name a host, as in https://hooks.example.com/appkeys.</source>
        <translation>Die Webhook-URL muss einen Host nennen, wie in https://hooks.example.com/appkeys.</translation>
    </message>
    <message>
        <source>The webhook URL must not contain a user name or password: the settings file is not the place for them. The receiver checks the signature instead.</source>
        <translation>Die Webhook-URL darf keinen Benutzernamen und kein Passwort enthalten: Die Einstellungsdatei ist nicht der Ort dafür. Der Empfänger prüft stattdessen die Signatur.</translation>
    </message>
    <message>
        <source>http is not encrypted: use https unless the receiver runs on this computer (localhost).</source>
        <translation>http ist unverschlüsselt: Verwenden Sie https, außer der Empfänger läuft auf diesem Computer (localhost).</translation>
    </message>
    <message>
        <source>A key lifetime of %1 days is not allowed: choose %2 to %3 days.</source>
        <translation>Eine Schlüssellaufzeit von %1 Tagen ist nicht erlaubt: Wählen Sie %2 bis %3 Tage.</translation>
    </message>
    <message>
        <source>A rotation overlap of %1 days is not allowed: choose %2 to %3 days.</source>
        <translation>Eine Rotationsüberlappung von %1 Tagen ist nicht erlaubt: Wählen Sie %2 bis %3 Tage.</translation>
    </message>
    <message>
        <source>The clipboard cannot be cleared after %1 seconds: choose %2 to %3 seconds.</source>
        <translation>Die Zwischenablage kann nicht nach %1 Sekunden geleert werden: Wählen Sie %2 bis %3 Sekunden.</translation>
    </message>
    <message>
        <source>Remove the password from the URL: it does not go into the settings file. AppKeys asks for it when it connects (or run appkeys login) and keeps it in the keychain.</source>
        <translation>Entfernen Sie das Passwort aus der URL: Es gehört nicht in die Einstellungsdatei. AppKeys fragt beim Verbinden danach (oder führen Sie appkeys login aus) und bewahrt es im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Write a PostgreSQL registry as postgresql://role@host:port/database, for example postgresql://appkeys_admin@db.example.com:5432/appkeys.</source>
        <translation>Schreiben Sie ein PostgreSQL-Register als postgresql://rolle@host:port/datenbank, zum Beispiel postgresql://appkeys_admin@db.example.com:5432/appkeys.</translation>
    </message>
    <message>
        <source>Give the full path of the SQLite file, for example /srv/appkeys/registry.sqlite.</source>
        <translation>Geben Sie den vollständigen Pfad der SQLite-Datei an, zum Beispiel /srv/appkeys/registry.sqlite.</translation>
    </message>
    <message>
        <source>“%1” is a folder: add the registry&apos;s file name.</source>
        <translation>„%1“ ist ein Ordner: Ergänzen Sie den Dateinamen des Registers.</translation>
    </message>
    <message>
        <source>There is no file here yet: the window creates a new registry at the next start.</source>
        <translation>Hier gibt es noch keine Datei: Das Fenster legt beim nächsten Start ein neues Register an.</translation>
    </message>
    <message>
        <source>Write an SQLite URL with the absolute path: sqlite:///srv/appkeys/registry.sqlite.</source>
        <translation>Schreiben Sie eine SQLite-URL mit dem absoluten Pfad: sqlite:///srv/appkeys/registry.sqlite.</translation>
    </message>
    <message>
        <source>AppKeys cannot open “%1:” registries: give an SQLite file path, sqlite:///absolute/path or postgresql://role@host:port/database.</source>
        <translation>AppKeys kann keine „%1:“-Register öffnen: Geben Sie einen SQLite-Dateipfad, sqlite:///absoluter/pfad oder postgresql://rolle@host:port/datenbank an.</translation>
    </message>
    <message>
        <source>The keychain cannot be given %1 seconds to answer: choose %2 to %3 seconds.</source>
        <translation>Dem Schlüsselbund können keine %1 Sekunden für eine Antwort gegeben werden: wählen Sie %2 bis %3 Sekunden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::ShowCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>Show one app, by id or name: its fields, redirect URLs, permissions, keys and audit history.</source>
        <translation>Zeigt eine App nach ID oder Name: ihre Felder, Weiterleitungs-URLs, Berechtigungen, Schlüssel und ihren Prüfverlauf.</translation>
    </message>
    <message>
        <source>No app named or with id “%1”.</source>
        <translation>Keine App mit dem Namen oder der ID „%1“.</translation>
    </message>
    <message>
        <source>&apos;appkeys list&apos; shows the registry&apos;s apps.</source>
        <translation>&apos;appkeys list&apos; zeigt die Apps des Registers.</translation>
    </message>
    <message>
        <source>Post-logout redirect URLs</source>
        <translation>Weiterleitungs-URLs nach Abmeldung</translation>
    </message>
    <message>
        <source>Post-login redirect URLs</source>
        <translation>Weiterleitungs-URLs nach Anmeldung</translation>
    </message>
    <message>
        <source>Audit history (%1):</source>
        <translation>Prüfverlauf (%1):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Application ID:</source>
        <translation>Anwendungs-ID:</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Login user type:</source>
        <translation>Anmeldebenutzertyp:</translation>
    </message>
    <message>
        <source>Source app:</source>
        <translation>Quell-App:</translation>
    </message>
    <message>
        <source>Auth method:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>Erstellt am:</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Permissions (%1):</source>
        <translation>Berechtigungen (%1):</translation>
    </message>
    <message>
        <source>Keys (%1):</source>
        <translation>Schlüssel (%1):</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keychain: not checked on this machine yet (&apos;appkeys repair --dry-run&apos; checks it).</source>
        <translation>Schlüsselbund: auf diesem Rechner noch nicht geprüft (&apos;appkeys repair --dry-run&apos; prüft ihn).</translation>
    </message>
    <message>
        <source>Keychain: every live credential is there (checked %1).</source>
        <translation>Schlüsselbund: alle gültigen Zugangsdaten sind vorhanden (geprüft %1).</translation>
    </message>
    <message>
        <source>Keychain: %1 (%2). %3</source>
        <translation>Schlüsselbund: %1 (%2). %3</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>AppKeys::SortedLines</name>
    <message>
        <source>%1 of %2 lines were read back.</source>
        <translation>%1 von %2 Zeilen wurden zurückgelesen.</translation>
    </message>
    <message>
        <source>Could not sort the lines in %1: %2</source>
        <translation>Die Zeilen in %1 konnten nicht sortiert werden: %2</translation>
    </message>
</context>
<context>
    <name>AppKeys::SourceApp</name>
    <message>
        <source>External CMA</source>
        <translation>Externe CMA</translation>
    </message>
    <message>
        <source>External Webstore</source>
        <translation>Externer Webshop</translation>
    </message>
    <message>
        <source>Client App</source>
        <translation>Client-App</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>A custom mobile app; its bookings show the Mobile Booking icon.</source>
        <translation>Eine eigene mobile App; ihre Buchungen tragen das Symbol „Mobile Buchung“.</translation>
    </message>
    <message>
        <source>An online store or booking site; its bookings show the Web Booking icon.</source>
        <translation>Ein Onlineshop oder eine Buchungsseite; ihre Buchungen tragen das Symbol „Web-Buchung“.</translation>
    </message>
    <message>
        <source>The business&apos;s own client app.</source>
        <translation>Die eigene Client-App des Unternehmens.</translation>
    </message>
    <message>
        <source>A chat or voice bot; its bookings show the Bot Booking icon.</source>
        <translation>Ein Chat- oder Sprachbot; seine Buchungen tragen das Symbol „Bot-Buchung“.</translation>
    </message>
</context>
<context>
    <name>AppKeys::SqliteFile</name>
    <message>
        <source>Could not create the folder “%1” for the registry: %2</source>
        <translation>Der Ordner „%1“ für das Register konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Check that the folder can be created there, or choose another location.</source>
        <translation>Prüfen Sie, ob der Ordner dort angelegt werden kann, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Could not create the registry file “%1”: %2</source>
        <translation>Die Registerdatei „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Check that the folder can be written to, or choose another location.</source>
        <translation>Prüfen Sie, ob in den Ordner geschrieben werden kann, oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>The registry file “%1” is not writable.</source>
        <translation>Die Registerdatei „%1“ ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>To only read it, open it with --read-only: appkeys --read-only --database “%1”. To change it, make it writable for your user.</source>
        <translation>Um es nur zu lesen, öffnen Sie es mit --read-only: appkeys --read-only --database „%1“. Um es zu ändern, machen Sie es für Ihren Benutzer beschreibbar.</translation>
    </message>
    <message>
        <source>“%1” may be read by other users of this computer (mode %2). Make it private with: chmod %3 &apos;%1&apos;</source>
        <translation>„%1“ kann von anderen Benutzern dieses Computers gelesen werden (Modus %2). Machen Sie es privat mit: chmod %3 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SQLite needs to create “%1-shm” here, but the folder “%2” cannot be written to.</source>
        <translation>SQLite muss hier „%1-shm“ anlegen, aber in den Ordner „%2“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A registry in write-ahead-log mode needs that file even to be read. Let your user write to the folder, or copy the registry to a folder you can write to.</source>
        <translation>Ein Register im Write-Ahead-Log-Modus braucht diese Datei schon zum Lesen. Erlauben Sie Ihrem Benutzer, in den Ordner zu schreiben, oder kopieren Sie das Register in einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>“%1” is damaged; restore it from a backup.</source>
        <translation>„%1“ ist beschädigt; stellen Sie es aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check: %1</source>
        <translation>Integritätsprüfung von SQLite: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::SqliteSearchIndex</name>
    <message>
        <source>The search index does not match the apps: %1.</source>
        <translation>Der Suchindex passt nicht zu den Apps: %1.</translation>
    </message>
    <message>
        <source>Could not read the search index&apos;s definition.</source>
        <translation>Die Definition des Suchindex konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>its part “%1” is missing or was changed</source>
        <translation>sein Teil „%1“ fehlt oder wurde geändert</translation>
    </message>
    <message>
        <source>Could not read the search index.</source>
        <translation>Der Suchindex konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) have no row in it</source>
        <translation>
            <numerusform>%n App hat keine Zeile darin</numerusform>
            <numerusform>%n Apps haben keine Zeile darin</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;appkeys list --search&apos; may leave out apps. Someone changed the database outside AppKeys: compare the apps with an export or a backup.</source>
        <translation>&apos;appkeys list --search&apos; kann Apps auslassen. Jemand hat die Datenbank außerhalb von AppKeys geändert: Vergleichen Sie die Apps mit einem Export oder einer Sicherung.</translation>
    </message>
</context>
<context>
    <name>AppKeys::TableTime</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>AppKeys::TranslationLoader</name>
    <message>
        <source>The %1 translation is missing from this build of AppKeys.</source>
        <translation>Die Übersetzung „%1“ fehlt in diesem Build von AppKeys.</translation>
    </message>
    <message>
        <source>Rebuild AppKeys; its translations are compiled into the program.</source>
        <translation>Bauen Sie AppKeys neu; seine Übersetzungen werden in das Programm einkompiliert.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie eine von: %1.</translation>
    </message>
    <message>
        <source>AppKeys does not speak the language “%1”.</source>
        <translation>AppKeys spricht die Sprache „%1“ nicht.</translation>
    </message>
    <message>
        <source>--%1 needs a language.</source>
        <translation>--%1 braucht eine Sprache.</translation>
    </message>
</context>
<context>
    <name>AppKeys::TrayNotifier</name>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s) are expiring</source>
        <translation>
            <numerusform>%n API-Schlüssel läuft ab</numerusform>
            <numerusform>%n API-Schlüssel laufen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>AppKeys: %n API key(s) are expiring soon</source>
        <translation>
            <numerusform>AppKeys: %n API-Schlüssel läuft bald ab</numerusform>
            <numerusform>AppKeys: %n API-Schlüssel laufen bald ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::UsageRecorder</name>
    <message numerus="yes">
        <source>appkeys serve: could not record when %n key(s) were last used; trying again later: %1</source>
        <translation>
            <numerusform>appkeys serve: konnte nicht aufzeichnen, wann %n Schlüssel zuletzt verwendet wurde; später neuer Versuch: %1</numerusform>
            <numerusform>appkeys serve: konnte nicht aufzeichnen, wann %n Schlüssel zuletzt verwendet wurden; später neuer Versuch: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppKeys::UsageText</name>
    <message>
        <source>Usage: appkeys [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: appkeys [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[OPTIONEN]</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Optionen aller Befehle:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (with a message on standard error), 2 bad usage.</source>
        <translation>Exit-Status: 0 Erfolg, 1 Fehler (mit einer Meldung auf der Standardfehlerausgabe), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Without --database, the registry chosen in the window&apos;s Settings is used, and without that %1.</source>
        <translation>Ohne --database wird das in den Einstellungen des Fensters gewählte Register verwendet, und ohne dieses %1.</translation>
    </message>
    <message>
        <source>Without a command, appkeys opens the window. The commands only read the registry, except &apos;alerts --send&apos;, which records the alerts it delivers, and &apos;serve&apos;, which records when keys were last used; none prints a secret or a key, only their hints.</source>
        <translation>Ohne Befehl öffnet appkeys das Fenster. Die Befehle lesen das Register nur, außer &apos;alerts --send&apos;, das die zugestellten Warnungen aufzeichnet, und &apos;serve&apos;, das aufzeichnet, wann Schlüssel zuletzt verwendet wurden; keiner gibt ein Secret oder einen Schlüssel aus, nur deren Hinweise.</translation>
    </message>
</context>
<context>
    <name>AppKeys::VerificationService</name>
    <message numerus="yes">
        <source>appkeys serve: listening on http://%1 with %n key(s) of the registry %2.</source>
        <translation>
            <numerusform>appkeys serve: lauscht auf http://%1 mit %n Schlüssel des Registers %2.</numerusform>
            <numerusform>appkeys serve: lauscht auf http://%1 mit %n Schlüsseln des Registers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>appkeys serve: the registry is open read-only, so when keys were last used is not recorded.</source>
        <translation>appkeys serve: das Register ist nur lesend geöffnet, daher wird nicht aufgezeichnet, wann Schlüssel zuletzt verwendet wurden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::VerifyCommand</name>
    <message>
        <source>Checks whether the API key on standard input is valid, as &apos;appkeys serve&apos; would: exit status 0 if it is, 1 with the reason if not. The key is never taken from an argument.</source>
        <translation>Prüft, ob der API-Schlüssel auf der Standardeingabe gültig ist, wie &apos;appkeys serve&apos; es täte: Exit-Status 0, wenn ja, 1 mit dem Grund, wenn nicht. Der Schlüssel wird nie aus einem Argument genommen.</translation>
    </message>
    <message>
        <source>the key&apos;s app must also have this permission (repeat for several: all are required)</source>
        <translation>die App des Schlüssels muss auch diese Berechtigung haben (für mehrere wiederholen: alle sind verlangt)</translation>
    </message>
    <message>
        <source>option &apos;--require&apos; needs a permission, for example appointments.read</source>
        <translation>Option &apos;--require&apos; braucht eine Berechtigung, zum Beispiel appointments.read</translation>
    </message>
    <message>
        <source>No key on standard input.</source>
        <translation>Kein Schlüssel auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Pipe the key in, for example: appkeys verify &lt; key.txt</source>
        <translation>Leiten Sie den Schlüssel ein, zum Beispiel: appkeys verify &lt; key.txt</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <translation>App: %1 (%2)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::WebhookSender</name>
    <message>
        <source>The webhook answered HTTP %1 %2.</source>
        <translation>Der Webhook antwortete mit HTTP %1 %2.</translation>
    </message>
    <message>
        <source>The webhook did not answer within %1 seconds.</source>
        <translation>Der Webhook hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The webhook could not be reached: %1</source>
        <translation>Der Webhook ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>AppKeys::WebhookSigningSecret</name>
    <message>
        <source>Enter the signing secret that the webhook&apos;s receiver checks.</source>
        <translation>Geben Sie das Signatur-Secret ein, das der Empfänger des Webhooks prüft.</translation>
    </message>
    <message>
        <source>The signing secret must not start or end with a space or line break.</source>
        <translation>Das Signatur-Secret darf nicht mit einem Leerzeichen oder Zeilenumbruch beginnen oder enden.</translation>
    </message>
    <message>
        <source>A secret shorter than %1 characters is easy to guess; use a longer one.</source>
        <translation>Ein Secret mit weniger als %1 Zeichen ist leicht zu erraten; verwenden Sie ein längeres.</translation>
    </message>
    <message>
        <source>Could not save the webhook signing secret in the keychain.</source>
        <translation>Das Webhook-Signatur-Secret konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>No webhook signing secret is set, so the webhook cannot be signed.</source>
        <translation>Es ist kein Webhook-Signatur-Secret gesetzt, daher kann der Webhook nicht signiert werden.</translation>
    </message>
    <message>
        <source>Enter the signing secret in Settings.</source>
        <translation>Geben Sie das Signatur-Secret in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The webhook signing secret could not be read from the keychain.</source>
        <translation>Das Webhook-Signatur-Secret konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>Could not remove the webhook signing secret from the keychain.</source>
        <translation>Das Webhook-Signatur-Secret konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
</context>
<context>
    <name>AppKeys::WindowLauncher</name>
    <message>
        <source>AppKeys cannot start</source>
        <translation>AppKeys kann nicht starten</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Try &apos;appkeys --help&apos;.</source>
        <translation>Versuchen Sie &apos;appkeys --help&apos;.</translation>
    </message>
    <message>
        <source>The registry is not private</source>
        <translation>Das Register ist nicht privat</translation>
    </message>
</context>
<context>
    <name>AppKeys::WriteTransaction</name>
    <message>
        <source>Could not start writing to the registry.</source>
        <translation>Das Schreiben in das Register konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Could not save the changes to the registry.</source>
        <translation>Die Änderungen konnten nicht im Register gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>AuditTrailWindow</name>
    <message>
        <source>Audit trail — AppKeys</source>
        <translation>Prüfprotokoll — AppKeys</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Aktion</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Ac&amp;tor</source>
        <translation>Ak&amp;teur</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Nach Akteur filtern</translation>
    </message>
    <message>
        <source>A&amp;pp</source>
        <translation>A&amp;pp</translation>
    </message>
    <message>
        <source>Filter by app</source>
        <translation>Nach App filtern</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only entries from a date on</source>
        <translation>Nur Einträge ab einem Datum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Only entries up to a date</source>
        <translation>Nur Einträge bis zu einem Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Kette prüfen</translation>
    </message>
    <message>
        <source>Check that no entry of the whole audit trail was changed or removed</source>
        <translation>Prüfen, dass kein Eintrag des gesamten Prüfprotokolls geändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV</source>
        <translation>Die angezeigten Einträge als CSV speichern</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as JSON</source>
        <translation>Die angezeigten Einträge als JSON speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The app was created. Give these credentials to the people who build it.</source>
        <translation>Die App wurde erstellt. Geben Sie diese Zugangsdaten an die Personen weiter, die sie entwickeln.</translation>
    </message>
    <message>
        <source>Application &amp;ID</source>
        <translation>Anwendungs-&amp;ID</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy Application ID</source>
        <translation>Anwendungs-ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Secret</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <source>&amp;Generate API Key</source>
        <translation>API-Schlüssel &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generating API key</source>
        <translation>API-Schlüssel wird erzeugt</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-Sch&amp;lüssel</translation>
    </message>
    <message>
        <source>Copy API key</source>
        <translation>API-Schlüssel kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Manage Applications — AppKeys</source>
        <translation>Anwendungen verwalten — AppKeys</translation>
    </message>
    <message>
        <source>No apps yet. Click Add to register your first app: one app per use case.</source>
        <translation>Noch keine Apps. Klicken Sie auf Hinzufügen, um Ihre erste App zu registrieren: eine App pro Anwendungsfall.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>App details</source>
        <translation>App-Details</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;App</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Register a new app</source>
        <translation>Eine neue App registrieren</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Details &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected app&apos;s name, URI, description, type, source and redirect URLs</source>
        <translation>Name, URI, Beschreibung, Typ, Quelle und Weiterleitungs-URLs der ausgewählten App ändern</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit &amp;scope…</source>
        <translation>&amp;Umfang bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected app&apos;s authentication method and permissions</source>
        <translation>Authentifizierungsmethode und Berechtigungen der ausgewählten App ändern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Re&amp;generate secret…</source>
        <translation>Secret neu &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Replace the selected app&apos;s secret at once</source>
        <translation>Das Secret der ausgewählten App sofort ersetzen</translation>
    </message>
    <message>
        <source>Reveal/&amp;Copy secret…</source>
        <translation>Secret anzeigen/&amp;kopieren…</translation>
    </message>
    <message>
        <source>Read the selected app&apos;s secret from the keychain (recorded in the audit trail)</source>
        <translation>Das Secret der ausgewählten App aus dem Schlüsselbund lesen (wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Make all of the selected app&apos;s keys unusable until it is reactivated</source>
        <translation>Alle Schlüssel der ausgewählten App unbrauchbar machen, bis sie wieder aktiviert wird</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <source>Make the selected app&apos;s keys usable again</source>
        <translation>Die Schlüssel der ausgewählten App wieder nutzbar machen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected app and its keychain entries; its audit trail stays</source>
        <translation>Die ausgewählte App und ihre Einträge im Schlüsselbund löschen; ihr Prüfprotokoll bleibt erhalten</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Generate key…</source>
        <translation>Schlüssel &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Issue a new API key for the selected app</source>
        <translation>Einen neuen API-Schlüssel für die ausgewählte App ausstellen</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Rotate key…</source>
        <translation>Schlüssel &amp;rotieren…</translation>
    </message>
    <message>
        <source>Issue a new API key and let the old one work for a few more days</source>
        <translation>Einen neuen API-Schlüssel ausstellen und den alten noch einige Tage gelten lassen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Re&amp;voke key…</source>
        <translation>Schlüssel &amp;widerrufen…</translation>
    </message>
    <message>
        <source>End an API key now, for good</source>
        <translation>Einen API-Schlüssel sofort und endgültig beenden</translation>
    </message>
    <message>
        <source>Reveal/&amp;Copy key…</source>
        <translation>Schlüssel anzeigen/&amp;kopieren…</translation>
    </message>
    <message>
        <source>Read an API key from the keychain (recorded in the audit trail)</source>
        <translation>Einen API-Schlüssel aus dem Schlüsselbund lesen (wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>&amp;Export apps…</source>
        <translation>Apps e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the apps shown as CSV or JSON</source>
        <translation>Die angezeigten Apps als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Show, filter, verify and export the audit trail</source>
        <translation>Das Prüfprotokoll anzeigen, filtern, prüfen und exportieren</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the apps</source>
        <translation>Die Apps durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the registry again</source>
        <translation>Das Register neu einlesen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close AppKeys</source>
        <translation>AppKeys schließen</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>ScopeForm</name>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>API keys (APIKEY GROUPS)</source>
        <translation>API-Schlüssel (APIKEY GROUPS)</translation>
    </message>
    <message>
        <source>Access tokens (JWT GROUPS)</source>
        <translation>Zugriffstoken (JWT GROUPS)</translation>
    </message>
    <message>
        <source>The app sends its API key with every request.</source>
        <translation>Die App sendet bei jeder Anfrage ihren API-Schlüssel mit.</translation>
    </message>
    <message>
        <source>The app signs in and sends short-lived access tokens.</source>
        <translation>Die App meldet sich an und sendet kurzlebige Zugriffstoken.</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Group, permission or ID</source>
        <translation>Gruppe, Berechtigung oder ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Choose how the app authenticates and what it may do. Grant only what its use case needs.</source>
        <translation>Wählen Sie, wie sich die App authentifiziert und was sie darf. Erteilen Sie nur, was ihr Anwendungsfall braucht.</translation>
    </message>
    <message>
        <source>Next creates the app and issues its Application ID and secret. There is no going back after that.</source>
        <translation>Weiter erstellt die App und stellt ihre Anwendungs-ID und ihr Secret aus. Danach gibt es kein Zurück mehr.</translation>
    </message>
    <message>
        <source>Creating app</source>
        <translation>App wird erstellt</translation>
    </message>
    <message>
        <source>Creating app…</source>
        <translation>App wird erstellt…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings — AppKeys</source>
        <translation>Einstellungen — AppKeys</translation>
    </message>
    <message>
        <source>Expiry alerts</source>
        <translation>Ablaufwarnungen</translation>
    </message>
    <message>
        <source>&amp;Send alerts before API keys expire</source>
        <translation>Warnungen &amp;senden, bevor API-Schlüssel ablaufen</translation>
    </message>
    <message>
        <source>Send expiry alerts</source>
        <translation>Ablaufwarnungen senden</translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translation>S&amp;chwellen</translation>
    </message>
    <message>
        <source>Alert thresholds in days before expiry</source>
        <translation>Warnschwellen in Tagen vor dem Ablauf</translation>
    </message>
    <message>
        <source>Days before expiry, e.g. 30, 7, 1</source>
        <translation>Tage vor dem Ablauf, z. B. 30, 7, 1</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>&amp;Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Empty: no webhook. E.g. https://hooks.example.com/appkeys</source>
        <translation>Leer: kein Webhook. Z. B. https://hooks.example.com/appkeys</translation>
    </message>
    <message>
        <source>Si&amp;gning secret</source>
        <translation>Si&amp;gnatur-Secret</translation>
    </message>
    <message>
        <source>Webhook signing secret</source>
        <translation>Webhook-Signatur-Secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the signing secret</source>
        <translation>Das Signatur-Secret anzeigen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the signing secret from the keychain</source>
        <translation>Das Signatur-Secret aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Stored in your keychain, never in the settings file. The receiver checks the X-AppKeys-Signature header with it.</source>
        <translation>Wird in Ihrem Schlüsselbund gespeichert, nie in der Einstellungsdatei. Der Empfänger prüft damit den Header X-AppKeys-Signature.</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Default &amp;lifetime</source>
        <translation>Standard-&amp;Laufzeit</translation>
    </message>
    <message>
        <source>Default key lifetime</source>
        <translation>Standard-Schlüssellaufzeit</translation>
    </message>
    <message>
        <source>Other key lifetime in days</source>
        <translation>Andere Schlüssellaufzeit in Tagen</translation>
    </message>
    <message>
        <source>Rotation &amp;overlap</source>
        <translation>Rotations&amp;überlappung</translation>
    </message>
    <message>
        <source>Rotation overlap in days</source>
        <translation>Rotationsüberlappung in Tagen</translation>
    </message>
    <message>
        <source>How long the old key keeps working after a rotation, so clients can switch without downtime.</source>
        <translation>Wie lange der alte Schlüssel nach einer Rotation weiter funktioniert, damit Clients ohne Ausfall umstellen können.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Clear copied secrets after</source>
        <translation>Kopierte Secrets löschen &amp;nach</translation>
    </message>
    <message>
        <source>Clear copied secrets after seconds</source>
        <translation>Kopierte Secrets löschen nach Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Registry location</source>
        <translation>Ort des Registers</translation>
    </message>
    <message>
        <source>An SQLite file, sqlite:///absolute/path or postgresql://role@host:port/database. Used from the next start of AppKeys; --database overrides it. A database password is never kept here: AppKeys asks for it and keeps it in your keychain.</source>
        <translation>Eine SQLite-Datei, sqlite:///absoluter/pfad oder postgresql://rolle@host:port/datenbank. Gilt ab dem nächsten Start von AppKeys; --database hat Vorrang. Ein Datenbankpasswort wird hier nie gespeichert: AppKeys fragt danach und bewahrt es in Ihrem Schlüsselbund auf.</translation>
    </message>
</context>
</TS>
