#include "SecretSnippet.h"

#include <algorithm>

#include "ByteText.h"
#include "scan/Redaction.h"

namespace greenlight {

namespace {

constexpr std::size_t Before = 150; // bytes kept before the finding on a long line
constexpr std::size_t After = 450;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

QString SecretSnippet::build(std::string_view text,
                             std::size_t location,
                             const std::vector<Span> &secrets)
{
    std::size_t begin = ByteText::lineStart(text, location, Before);
    std::size_t end = ByteText::lineEnd(text, location, After);
    // Never start or end inside a UTF-8 sequence.
    while (begin < location && begin > 0 && isContinuationByte(text[begin]))
        ++begin;
    while (end > location && end < text.size() && isContinuationByte(text[end]))
        --end;
    const std::string_view window = text.substr(begin, end - begin);

    // Character positions of the masked spans, rightmost first so earlier indices hold.
    struct CharSpan
    {
        qsizetype start;
        qsizetype length;
    };
    std::vector<CharSpan> spans;
    for (const auto &[start, length] : secrets) {
        const std::size_t from = std::max(start, begin);
        const std::size_t to = std::min(start + length, end);
        if (from >= to)
            continue;
        const qsizetype charStart
                = QString::fromUtf8(window.data(), qsizetype(from - begin)).size();
        const qsizetype charLength
                = QString::fromUtf8(text.data() + from, qsizetype(to - from)).size();
        spans.push_back({charStart, charLength});
    }
    std::sort(spans.begin(), spans.end(), [](const CharSpan &a, const CharSpan &b) {
        return a.start > b.start;
    });
    QString line = QString::fromUtf8(window.data(), qsizetype(window.size()));
    qsizetype maskedUpTo = line.size();
    for (const CharSpan &span : spans) {
        // Overlapping spans: the right one was already masked; mask the left one's remainder.
        const qsizetype length = std::min(span.length, maskedUpTo - span.start);
        if (length > 0)
            line = Redaction::redactSpan(line, span.start, length);
        maskedUpTo = span.start;
    }
    line = line.trimmed();
    if (line.size() > MaxLength)
        line = line.left(MaxLength - 1) + QChar(0x2026); // …
    return line;
}

int SecretSnippet::column(std::string_view text, std::size_t location)
{
    const std::size_t begin = ByteText::lineStart(text, location, std::size_t(1) << 24);
    return int(QString::fromUtf8(text.data() + begin, qsizetype(location - begin)).size()) + 1;
}

} // namespace greenlight
