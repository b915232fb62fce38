#include "PathGlob.h"

#include <optional>

#include <re2/re2.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && !c.isLetterOrNumber() && !c.isSpace();
}

// One character as a literal in an RE2 pattern (inside or outside a class).
void appendLiteral(QString &regex, QChar c)
{
    if (isAsciiPunctuation(c))
        regex.append(u'\\');
    regex.append(c);
}

class Translator
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::PathGlob)

public:
    // The RE2 pattern for one segment (no '/'), or nullopt with m_error set.
    std::optional<QString> segment(const QString &text, int offset)
    {
        QString regex;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'*') {
                regex.append(u"[^/]*"_s);
            } else if (c == u'?') {
                regex.append(u"[^/]"_s);
            } else if (c == u'\\') {
                if (++i == text.size()) {
                    m_error = tr("a '\\' at the end escapes nothing");
                    return std::nullopt;
                }
                appendLiteral(regex, text.at(i));
            } else if (c == u'[') {
                const int end = classEnd(text, i);
                if (end < 0) {
                    m_error = tr("'[' at character %1 is never closed with ']'")
                                      .arg(offset + i + 1);
                    return std::nullopt;
                }
                appendClass(regex, QStringView(text).mid(i + 1, end - i - 1));
                i = end;
            } else {
                appendLiteral(regex, c);
            }
        }
        return regex;
    }

    QString error() const { return m_error; }

private:
    // Index of the ']' closing the class opened at `open`, or -1. A ']' right after the
    // '[' (or after the negation) is a member, as in shell globs.
    static int classEnd(const QString &text, int open)
    {
        int i = open + 1;
        if (i < text.size() && (text.at(i) == u'!' || text.at(i) == u'^'))
            ++i;
        if (i < text.size() && text.at(i) == u']')
            ++i;
        for (; i < text.size(); ++i) {
            if (text.at(i) == u'\\')
                ++i;
            else if (text.at(i) == u']')
                return i;
        }
        return -1;
    }

    static void appendClass(QString &regex, QStringView body)
    {
        regex.append(u'[');
        if (!body.isEmpty() && (body.front() == u'!' || body.front() == u'^')) {
            regex.append(u"^/"_s); // a negated set still never matches the separator
            body = body.mid(1);
        }
        for (int i = 0; i < body.size(); ++i) {
            const QChar c = body.at(i);
            const bool range = c == u'-' && i > 0 && i + 1 < body.size();
            if (range) {
                regex.append(c);
            } else if (c == u'\\' && i + 1 < body.size()) {
                appendLiteral(regex, body.at(++i));
            } else {
                appendLiteral(regex, c);
            }
        }
        regex.append(u']');
    }

    QString m_error;
};

Error invalid(const QString &message)
{
    return Error::make(Error::Code::InvalidArgument, message);
}

} // namespace

Result<PathGlob> PathGlob::compile(const QString &pattern)
{
    QString text = pattern;
    if (text.startsWith(u"./"_s))
        text.remove(0, 2);
    else if (text.startsWith(u'/'))
        text.remove(0, 1);
    if (text.endsWith(u'/'))
        text.append(u"**"_s);
    if (text.trimmed().isEmpty())
        return invalid(tr("the glob is empty"));

    const QStringList segments = text.split(u'/');
    QString regex;
    Translator translator;
    bool needSlash = false;
    int offset = int(pattern.size() - text.size()); // for positions in messages
    for (int i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.isEmpty())
            return invalid(tr("empty path segment ('//') at character %1").arg(offset + 1));
        if (segment == u"**"_s) {
            const bool last = i + 1 == segments.size();
            // A final `**` needs something below the folder; an inner one may match nothing.
            regex.append(last ? (needSlash ? u"/.+"_s : u".+"_s)
                              : (needSlash ? u"/(?:.*/)?"_s : u"(?:.*/)?"_s));
            needSlash = false;
        } else {
            const auto translated = translator.segment(segment, offset);
            if (!translated)
                return invalid(translator.error());
            if (needSlash)
                regex.append(u'/');
            regex.append(*translated);
            needSlash = true;
        }
        offset += int(segment.size()) + 1;
    }

    RE2::Options options;
    options.set_log_errors(false);
    auto compiled = std::make_shared<const RE2>(regex.toStdString(), options);
    if (!compiled->ok()) // e.g. a reversed range [z-a]
        return invalid(QString::fromStdString(compiled->error()));
    PathGlob glob;
    glob.m_pattern = pattern;
    glob.m_regex = std::move(compiled);
    return glob;
}

bool PathGlob::matches(QStringView path) const
{
    const QByteArray utf8 = path.toUtf8();
    return matchesUtf8(std::string_view(utf8.constData(), size_t(utf8.size())));
}

bool PathGlob::matchesUtf8(std::string_view path) const
{
    return m_regex && RE2::FullMatch(re2::StringPiece(path.data(), path.size()), *m_regex);
}

} // namespace greenlight
