#include "HtmlText.h"

#include <QRegularExpression>
#include <QUrl>

#include "ReportText.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString HtmlText::xmlSafe(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        out += c;
    }
    // A lone surrogate is not a character either: drop what UTF-8 could not encode.
    if (out.isValidUtf16())
        return out;
    QString valid;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate()) {
            valid += out[i];
            valid += out[++i];
        } else if (!out[i].isSurrogate()) {
            valid += out[i];
        }
    }
    return valid;
}

QString HtmlText::text(const QString &value)
{
    return xmlSafe(value).toHtmlEscaped();
}

namespace {

QString breakLines(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text.toHtmlEscaped().replace(u"\n"_s, u"<br/>\n"_s);
}

} // namespace

QString HtmlText::lines(const QString &value)
{
    return breakLines(xmlSafe(value).trimmed());
}

QString HtmlText::prose(const QString &value)
{
    // A run of backticks, the shortest content, the same run again (CommonMark code spans).
    static const QRegularExpression span(u"(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    const QString safe = xmlSafe(value).trimmed();
    QString out;
    qsizetype from = 0;
    for (auto it = span.globalMatch(safe); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += breakLines(safe.mid(from, m.capturedStart() - from));
        out += u"<code>"_s + m.captured(2).trimmed().toHtmlEscaped() + u"</code>"_s;
        from = m.capturedEnd();
    }
    out += breakLines(safe.mid(from));
    return out;
}

QString HtmlText::link(const QString &url, const QString &label)
{
    const QString shown = text(label.isEmpty() ? url : label);
    const QUrl parsed(url.trimmed());
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != u"https"_s && scheme != u"http"_s)) {
        return shown;
    }
    const QString href = QString::fromLatin1(parsed.toEncoded(QUrl::FullyEncoded));
    return u"<a href=\"%1\" rel=\"noopener noreferrer\">%2</a>"_s.arg(href.toHtmlEscaped(), shown);
}

QString HtmlText::hash(const QString &sha256)
{
    if (sha256.isEmpty())
        return ReportText::notSet();
    return u"<code class=\"hash\" title=\"%1\">%2</code><span class=\"full-hash\">%1</span>"_s.arg(
            text(sha256), text(ReportText::shortHash(sha256)));
}

} // namespace greenlight
