#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include <QString>

namespace greenlight {

// Builds the snippet of a secrets finding: the line holding the finding, decoded from UTF-8,
// with EVERY secret span that touches the line masked through Redaction::redactSpan (a line
// may hold two secrets; masking only the reported one would print the other), trimmed, and
// cut to about 200 characters around the finding for long (minified) lines.
class SecretSnippet
{
public:
    using Span = std::pair<std::size_t, std::size_t>; // byte start, byte length

    static QString build(std::string_view text,
                         std::size_t location,
                         const std::vector<Span> &secrets);
    // 1-based column (in UTF-16 code units, as the UI counts) of location on its line.
    static int column(std::string_view text, std::size_t location);

    static constexpr int MaxLength = 200;
};

} // namespace greenlight
