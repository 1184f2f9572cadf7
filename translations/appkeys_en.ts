<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
