#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace greenlight {

// A documentation file reduced to what runbook coverage is judged on: its headings and its
// paragraphs (blank-line separated blocks of running text), each with its first line.
struct DocumentBlock
{
    enum class Kind { Heading, Paragraph };
    Kind kind = Kind::Paragraph;
    QString text; // a heading's title; a paragraph's lines joined with spaces
    int line = 0; // 1-based
};

// Headings by format:
//   Markdown     `#` lines, setext underlines (`===`, `---`); ``` and ~~~ fences skipped
//   rst          titles underlined (and optionally overlined) with = - ~ ^ " ' ` * + # : . _
//   AsciiDoc     `=` (and `#`) lines; delimited blocks (----, ...., ====, ****) skipped
//   plain text   `#` lines and underlines, as people write them in README.txt
class DocumentOutline
{
public:
    enum class Format { Markdown, ReStructuredText, AsciiDoc, PlainText };

    static Format formatOf(QStringView fileName); // by suffix; PlainText when unknown
    static QList<DocumentBlock> parse(QStringView text, Format format);
};

} // namespace greenlight
