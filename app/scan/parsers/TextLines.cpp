#include "TextLines.h"

namespace greenlight {

TextLines::TextLines(const QByteArray &content)
    : m_text(QString::fromUtf8(content))
{
    split();
}

TextLines::TextLines(const QString &text)
    : m_text(text)
{
    split();
}

void TextLines::split()
{
    const QStringView all(m_text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        QStringView line = all.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (end == all.size() && line.isEmpty() && start > 0)
            break; // the final newline does not open another line
        m_lines.append({start, line.size()});
        start = end + 1;
    }
}

QStringView TextLines::line(int number) const
{
    if (number < 1 || number > m_lines.size())
        return {};
    const auto [start, length] = m_lines.at(number - 1);
    return QStringView(m_text).sliced(start, length);
}

QString TextLines::snippet(int number) const
{
    return snippetOf(line(number));
}

QString TextLines::snippetOf(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() <= SnippetLength)
        return trimmed.toString();
    return trimmed.left(SnippetLength - 1).toString() + QChar(0x2026);
}

} // namespace greenlight
