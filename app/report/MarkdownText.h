#pragma once

#include <QString>

namespace greenlight {

// Puts user text (titles, notes, owners, finding prose) into GitHub-flavoured Markdown so it
// reads as the same text and never as markup: a note with a pipe stays in its table cell, a
// title with <script> or [link](x) stays literal, and the pack still passes markdownlint.
// Everything comes out on one line: Markdown blocks end at newlines, so they become spaces.
class MarkdownText
{
public:
    enum class Context { Text, TableCell };

    // Escapes every Markdown-special character, except that balanced `code spans` are kept
    // (finding prose and notes quote commands that way); their content is literal anyway.
    static QString inlineText(const QString &text, Context context = Context::Text);
    static QString cell(const QString &text) { return inlineText(text, Context::TableCell); }

    // The whole text as one code span, with a fence longer than any backtick run inside.
    static QString code(const QString &text, Context context = Context::Text);

    // An http(s) URL as an autolink (percent-encoded, so no | or > ends it early); any other
    // text escaped as inlineText().
    static QString link(const QString &url, Context context = Context::Text);

    // Spaces for newlines, tabs and control characters, trimmed.
    static QString oneLine(const QString &text);
};

} // namespace greenlight
