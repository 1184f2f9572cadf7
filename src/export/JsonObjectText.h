#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>

namespace AppKeys {

/// A JSON object written as text, byte for byte as QJsonDocument::toJson(QJsonDocument::Indented) writes the same
/// object, without building a QJsonObject: `list --json` and `export` write 100,000 apps through it, and building
/// each as a QJsonObject, then its text, was half of their time. Members may be inserted in any order: they are
/// written in the order QJsonObject keeps (its keys sorted), strings escaped as Qt escapes them. A key is inserted
/// once. tst_json_object_text compares it with QJsonDocument for every UTF-16 code unit.
class JsonObjectText
{
public:
    /// An object whose members are indented `depth` + 1 levels of four spaces, and its closing brace `depth`: an
    /// element of a document's array is at depth 1.
    explicit JsonObjectText(int depth);

    /// The depth of an object that is a member's value: depth() + 1; of one that is an element of a member's array:
    /// depth() + 2.
    int depth() const { return m_depth; }

    void insert(QLatin1StringView key, QStringView text);
    void insertNull(QLatin1StringView key);
    void insert(QLatin1StringView key, bool value);
    void insert(QLatin1StringView key, qint64 value);
    void insert(QLatin1StringView key, const QStringList& texts);
    /// `object` was made at depth() + 1.
    void insert(QLatin1StringView key, const JsonObjectText& object);
    /// Each of `objects` was made at depth() + 2.
    void insert(QLatin1StringView key, const QList<JsonObjectText>& objects);

    /// From the opening brace to the closing one, which ends the text.
    QByteArray text() const;
    void appendTo(QByteArray& json) const;

private:
    struct Member
    {
        QLatin1StringView key;
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    QByteArray& startMember(QLatin1StringView key);
    void appendIndent(QByteArray& json, int depth) const;
    /// As Qt writes an array that is a member's value: "[\n", each element indented a level deeper than the member,
    /// joined by ",\n", "\n" after the last, and the closing bracket at the member's indent ("[\n]" when empty).
    template <typename AppendElement> void appendArray(qsizetype count, AppendElement appendElement)
    {
        m_values += "[\n";
        for (qsizetype index = 0; index < count; ++index) {
            appendIndent(m_values, m_depth + 2);
            appendElement(index);
            m_values += index + 1 < count ? ",\n" : "\n";
        }
        appendIndent(m_values, m_depth + 1);
        m_values += ']';
    }

    int m_depth = 0;
    QByteArray m_values; ///< every member's value, as written, in the order inserted
    QList<Member> m_members;
};

} // namespace AppKeys
