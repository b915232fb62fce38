#pragma once

#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace greenlight {

// A file's text split into lines (LF or CRLF), for snippets: the analyzers report the
// offending line trimmed and cut to SnippetLength characters.
class TextLines
{
public:
    static constexpr qsizetype SnippetLength = 200;

    explicit TextLines(const QByteArray &content);
    explicit TextLines(const QString &text);

    const QString &text() const { return m_text; }
    int count() const { return int(m_lines.size()); }
    // 1-based; an empty view outside the file.
    QStringView line(int number) const;
    // The line trimmed and cut to SnippetLength (with "…" when cut).
    QString snippet(int number) const;
    static QString snippetOf(QStringView line);

private:
    void split();

    QString m_text;
    QList<std::pair<qsizetype, qsizetype>> m_lines; // (start, length) in m_text: copy-safe
};

} // namespace greenlight
