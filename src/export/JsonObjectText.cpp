#include "JsonObjectText.h"

#include "JsonString.h"

#include <algorithm>

namespace AppKeys {

namespace {

constexpr int IndentWidth = 4;

} // namespace

JsonObjectText::JsonObjectText(int depth) : m_depth(depth) {}

void JsonObjectText::insert(QLatin1StringView key, QStringView text)
{
    JsonString::append(startMember(key), text);
    m_members.last().end = m_values.size();
}

void JsonObjectText::insertNull(QLatin1StringView key)
{
    startMember(key) += "null";
    m_members.last().end = m_values.size();
}

void JsonObjectText::insert(QLatin1StringView key, bool value)
{
    startMember(key) += value ? "true" : "false";
    m_members.last().end = m_values.size();
}

void JsonObjectText::insert(QLatin1StringView key, qint64 value)
{
    startMember(key) += QByteArray::number(value);
    m_members.last().end = m_values.size();
}

void JsonObjectText::insert(QLatin1StringView key, const QStringList& texts)
{
    startMember(key);
    appendArray(texts.size(), [&](qsizetype index) { JsonString::append(m_values, texts[index]); });
    m_members.last().end = m_values.size();
}

void JsonObjectText::insert(QLatin1StringView key, const JsonObjectText& object)
{
    Q_ASSERT(object.depth() == m_depth + 1);
    object.appendTo(startMember(key));
    m_members.last().end = m_values.size();
}

void JsonObjectText::insert(QLatin1StringView key, const QList<JsonObjectText>& objects)
{
    startMember(key);
    appendArray(objects.size(), [&](qsizetype index) {
        Q_ASSERT(objects[index].depth() == m_depth + 2);
        objects[index].appendTo(m_values);
    });
    m_members.last().end = m_values.size();
}

QByteArray JsonObjectText::text() const
{
    QByteArray json;
    appendTo(json);
    return json;
}

/// As Qt writes a map: "{\n", each member indented a level deeper than the brace, `"key": value`, joined by ",\n",
/// then "\n" after the last, and the closing brace at the object's own depth ("{\n}" when empty, indented).
void JsonObjectText::appendTo(QByteArray& json) const
{
    QList<Member> members = m_members;
    std::sort(members.begin(), members.end(),
              [](const Member& left, const Member& right) { return left.key < right.key; });
    // Sized once and filled in place: appended piece by piece, a piece cost more than its bytes.
    const qsizetype memberIndent = qsizetype(IndentWidth) * (m_depth + 1);
    qsizetype size = 2 + memberIndent - IndentWidth + 1;
    for (const Member& member : members)
        size += memberIndent + 1 + member.key.size() + 3 + (member.end - member.begin) + 2;
    if (!members.isEmpty())
        size -= 1; // the last member has no comma
    const qsizetype start = json.size();
    json.resize(start + size);
    char* out = json.data() + start;
    const auto put = [&out](const char* bytes, qsizetype count) {
        out = std::copy_n(bytes, count, out);
    };
    put("{\n", 2);
    for (qsizetype index = 0; index < members.size(); ++index) {
        out = std::fill_n(out, memberIndent, ' ');
        put("\"", 1);
        put(members[index].key.data(), members[index].key.size());
        put("\": ", 3);
        put(m_values.constData() + members[index].begin, members[index].end - members[index].begin);
        index + 1 < members.size() ? put(",\n", 2) : put("\n", 1);
    }
    out = std::fill_n(out, memberIndent - IndentWidth, ' ');
    put("}", 1);
    Q_ASSERT(out == json.constData() + json.size());
}

QByteArray& JsonObjectText::startMember(QLatin1StringView key)
{
    Q_ASSERT(std::none_of(m_members.cbegin(), m_members.cend(), [key](const Member& m) { return m.key == key; }));
    m_members.append({key, m_values.size(), m_values.size()});
    return m_values;
}

void JsonObjectText::appendIndent(QByteArray& json, int depth) const
{
    json.append(qsizetype(IndentWidth) * depth, ' ');
}

} // namespace AppKeys
