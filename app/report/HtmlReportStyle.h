#pragma once

#include <QString>

namespace greenlight {

// The HTML pack's one inline stylesheet: readable on screen, and on paper (A4 or Letter) with
// the contents list hidden, table headers repeated and rows, findings and sign-off blocks
// kept whole across page breaks. Plain CSS without '<' or '&', so the <style> element stays
// well-formed XML.
class HtmlReportStyle
{
public:
    static QString css();
};

} // namespace greenlight
