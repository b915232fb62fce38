#pragma once

#include <QString>

namespace greenlight {

// Puts user text into the HTML pack as text and never as markup: everything escaped with
// QString::toHtmlEscaped, control characters XML forbids dropped, so the page stays
// well-formed XML (the tests parse it with QXmlStreamReader) whatever a note contains.
class HtmlText
{
public:
    // Escaped text; newlines kept as newlines (collapsed by the browser).
    static QString text(const QString &value);
    // Escaped text with each line break as <br/>: notes and justifications.
    static QString lines(const QString &value);
    // Escaped text where balanced `code spans` become <code>: finding prose and notes quote
    // commands that way, as in seed 001.
    static QString prose(const QString &value);
    // An <a href> for an http(s) URL (percent-encoded), with the label (the URL when empty) as
    // text; any other value as escaped text, never a link.
    static QString link(const QString &url, const QString &label = {});
    // <code title="full">first 12</code>, the full hash one hover away.
    static QString hash(const QString &sha256);
    // The text without characters XML 1.0 forbids (C0 controls but tab, CR and LF).
    static QString xmlSafe(const QString &value);
};

} // namespace greenlight
