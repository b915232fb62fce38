#include "DocumentOutline.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using Format = DocumentOutline::Format;

const QRegularExpression &hashHeading()
{
    static const QRegularExpression regex(u"^\\s{0,3}#{1,6}(\\s+(.*?))?(\\s+#+)?\\s*$"_s);
    return regex;
}

const QRegularExpression &equalsHeading()
{
    static const QRegularExpression regex(u"^={1,6}\\s+(.*?)\\s*$"_s);
    return regex;
}

// A line of one repeated punctuation character: a setext/rst underline, an rst overline, a
// Markdown rule. At least three of a kind except for = and - (so ".." in prose is prose).
bool isUnderline(QStringView line)
{
    const QStringView text = line.trimmed();
    static const QString marks = u"=-~^\"'`*+#:._"_s;
    if (text.size() < 2 || !marks.contains(text.front()))
        return false;
    const QChar mark = text.front();
    if (text.size() < 3 && mark != u'=' && mark != u'-')
        return false;
    for (const QChar c : text) {
        if (c != mark)
            return false;
    }
    return true;
}

bool isFence(QStringView line)
{
    const QStringView text = line.trimmed();
    return text.startsWith(u"```"_s) || text.startsWith(u"~~~"_s);
}

// AsciiDoc delimited blocks (listing, literal, example, sidebar, quote, passthrough,
// comment): four or more of one of these characters, alone on the line.
bool isAsciiDocDelimiter(QStringView line)
{
    return line.size() >= 4 && QStringView(u"-.=*_+/").contains(line.front())
           && line.count(line.front()) == line.size();
}

// Lines that are not running text a heading could be made of: table rows, list bullets,
// quotes, attribute lines.
bool canBeUnderlined(QStringView line)
{
    const QStringView text = line.trimmed();
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first != u'|' && first != u'[' && first != u'>' && first != u'-' && first != u'*'
           && first != u'+' && !isUnderline(line);
}

class Builder
{
public:
    explicit Builder(Format format)
        : m_format(format)
    {}

    void heading(const QString &title, int line)
    {
        flush();
        if (!title.trimmed().isEmpty())
            m_blocks.append({DocumentBlock::Kind::Heading, title.trimmed(), line});
    }

    void text(QStringView line, int number)
    {
        if (m_lines.isEmpty())
            m_start = number;
        m_lines.append(line.trimmed().toString());
    }

    // The paragraph's last line turns out to be a title (its underline follows). Markdown
    // knows only `===` and `---`, of any length; rst's adornments (which include `~~~`, a
    // Markdown fence) are at least as long as the title.
    bool underlineLast(QStringView underline, int underlineLine)
    {
        if (m_format == Format::AsciiDoc || m_lines.isEmpty()
            || !canBeUnderlined(m_lines.constLast()))
            return false;
        const QStringView mark = underline.trimmed();
        const bool setext = mark.front() == u'=' || mark.front() == u'-';
        if (m_format == Format::Markdown && !setext)
            return false;
        if (!setext && mark.size() < m_lines.constLast().size())
            return false;
        const QString title = m_lines.takeLast();
        heading(title, underlineLine - 1);
        return true;
    }

    void flush()
    {
        if (!m_lines.isEmpty())
            m_blocks.append({DocumentBlock::Kind::Paragraph, m_lines.join(u' '), m_start});
        m_lines.clear();
    }

    QList<DocumentBlock> take()
    {
        flush();
        return std::move(m_blocks);
    }

private:
    Format m_format;
    QList<DocumentBlock> m_blocks;
    QStringList m_lines;
    int m_start = 0;
};

} // namespace

DocumentOutline::Format DocumentOutline::formatOf(QStringView fileName)
{
    const auto endsWith = [fileName](QStringView suffix) {
        return fileName.endsWith(suffix, Qt::CaseInsensitive);
    };
    if (endsWith(u".md") || endsWith(u".markdown") || endsWith(u".mdx"))
        return Format::Markdown;
    if (endsWith(u".rst"))
        return Format::ReStructuredText;
    if (endsWith(u".adoc") || endsWith(u".asciidoc"))
        return Format::AsciiDoc;
    return Format::PlainText;
}

QList<DocumentBlock> DocumentOutline::parse(QStringView text, Format format)
{
    Builder builder(format);
    QStringView fence; // the open fence or AsciiDoc delimiter; empty outside
    int number = 0;
    for (QStringView line : text.split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!fence.isEmpty()) {
            const QStringView trimmed = line.trimmed();
            if (isFence(fence) ? trimmed.startsWith(fence.left(3)) : trimmed == fence)
                fence = {};
            continue;
        }
        if (isUnderline(line) && builder.underlineLast(line, number))
            continue;
        const bool opensBlock
                = format == Format::AsciiDoc ? isAsciiDocDelimiter(line.trimmed()) : false;
        if (opensBlock || isFence(line)) {
            builder.flush();
            fence = line.trimmed();
            continue;
        }
        if (line.trimmed().isEmpty() || isUnderline(line)) {
            // A blank line, an rst overline or a Markdown rule: the paragraph ends.
            builder.flush();
            continue;
        }
        if (format != Format::ReStructuredText) {
            if (const auto match = hashHeading().match(line); match.hasMatch()) {
                builder.heading(match.captured(2), number);
                continue;
            }
        }
        if (format == Format::AsciiDoc) {
            if (const auto match = equalsHeading().match(line); match.hasMatch()) {
                builder.heading(match.captured(1), number);
                continue;
            }
        }
        builder.text(line, number);
    }
    return builder.take();
}

} // namespace greenlight
