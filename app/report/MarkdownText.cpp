#include "MarkdownText.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// Characters that start or end inline markup anywhere in a line. '#' is escaped everywhere
// because a trailing " #" closes an ATX heading; '$' because GitHub renders $math$.
constexpr QStringView AlwaysEscaped = u"\\`*_[]<>|~$&#";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// What GitHub would otherwise turn into links on its own (and markdownlint reports as bare
// URLs): "scheme://", "www." and e-mail addresses. Escaping one character defeats each.
bool breaksAutolink(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c == u'@')
        return true;
    if (c == u':')
        return text.mid(i + 1).startsWith(u"//");
    if (c == u'.' && i >= 3 && text.mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0)
        return i == 3 || !isWordChar(text[i - 4]);
    return false;
}

// Markers that start a block when they open a line: a list item ("- ", "+ ", "1. "), a
// thematic break ("---"), a setext underline ("==="). Only the text's first characters can
// be there; "2.4.0" or "-v" start no block and stay as they are.
qsizetype blockMarkerAt(QStringView text)
{
    if (text.isEmpty())
        return -1;
    const auto endsMarker = [&text](qsizetype i) {
        return i + 1 >= text.size() || text[i + 1] == u' ' || text[i + 1] == u'\t';
    };
    if (text[0] == u'=' || (text[0] == u'-' && (endsMarker(0) || text[1] == u'-')))
        return 0;
    if (text[0] == u'+' && endsMarker(0))
        return 0;
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit())
        ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == u'.' || text[digits] == u')')
        && endsMarker(digits)) {
        return digits;
    }
    return -1;
}

void appendPlain(QString &out, QStringView text, bool atStart)
{
    const qsizetype marker = atStart ? blockMarkerAt(text) : -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == marker || AlwaysEscaped.contains(c) || breaksAutolink(text, i))
            out += u'\\';
        out += c;
    }
}

qsizetype runLength(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && text[end] == u'`')
        ++end;
    return end - from;
}

// The end of the backtick run of exactly `length` that closes a code span opened at `from`,
// or -1: a longer or shorter run does not close it (CommonMark).
qsizetype closingRun(QStringView text, qsizetype from, qsizetype length)
{
    qsizetype i = from;
    while (i < text.size()) {
        if (text[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype run = runLength(text, i);
        if (run == length)
            return i;
        i += run;
    }
    return -1;
}

QString codeSpan(QStringView content, MarkdownText::Context context)
{
    qsizetype longest = 0;
    for (qsizetype i = 0; i < content.size();) {
        const qsizetype run = runLength(content, i);
        longest = std::max(longest, run);
        i += std::max<qsizetype>(run, 1);
    }
    const QString fence(longest + 1, u'`');
    // A span that begins or ends with a backtick needs a space inside the fence.
    const bool pad = content.startsWith(u'`') || content.endsWith(u'`');
    QString inner = content.toString();
    // GitHub splits table cells on every unescaped pipe, code spans included; the escaped
    // pipe renders as a plain one there.
    if (context == MarkdownText::Context::TableCell)
        inner.replace(u'|', u"\\|"_s);
    return pad ? fence + u' ' + inner + u' ' + fence : fence + inner + fence;
}

} // namespace

QString MarkdownText::oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text)
        line += c.category() == QChar::Other_Control || c == QChar::LineSeparator
                                || c == QChar::ParagraphSeparator
                        ? u' '
                        : c;
    return line.trimmed();
}

QString MarkdownText::inlineText(const QString &text, Context context)
{
    const QString line = oneLine(text);
    const QStringView view(line);
    QString out;
    out.reserve(line.size() + 16);
    qsizetype plainFrom = 0;
    qsizetype i = 0;
    while (i < view.size()) {
        if (view[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype run = runLength(view, i);
        const qsizetype close = closingRun(view, i + run, run);
        const QStringView content = close < 0 ? QStringView() : view.mid(i + run, close - i - run);
        // markdownlint rejects spaces just inside a code span, and an empty one is no span.
        if (close < 0 || content.trimmed().isEmpty()) {
            i += run; // unbalanced: the backticks are escaped as plain text
            continue;
        }
        appendPlain(out, view.mid(plainFrom, i - plainFrom), plainFrom == 0);
        out += codeSpan(content.trimmed(), context);
        i = close + run;
        plainFrom = i;
    }
    appendPlain(out, view.mid(plainFrom), plainFrom == 0);
    return out;
}

QString MarkdownText::code(const QString &text, Context context)
{
    const QString line = oneLine(text);
    if (line.isEmpty())
        return {};
    return codeSpan(line, context);
}

QString MarkdownText::link(const QString &url, Context context)
{
    const QUrl parsed(oneLine(url));
    const QString scheme = parsed.scheme().toLower();
    if (parsed.isValid() && (scheme == u"https"_s || scheme == u"http"_s)
        && !parsed.host().isEmpty()) {
        return u'<' + QString::fromLatin1(parsed.toEncoded(QUrl::FullyEncoded)) + u'>';
    }
    return inlineText(url, context);
}

} // namespace greenlight
