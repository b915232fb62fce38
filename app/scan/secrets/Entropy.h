#pragma once

#include <string_view>

namespace greenlight {

// Character statistics that tell random-looking values (keys, tokens) from words,
// identifiers and sentences. Works on raw bytes: secrets are ASCII in practice.
class Entropy
{
public:
    // Shannon entropy of the byte distribution, in bits per character (0 for empty).
    // "aaaa" -> 0, "abcd" -> 2, a random 40-character base64 string -> about 5.
    static double shannon(std::string_view value);

    // How many of the classes lower case, upper case, digit and other (punctuation,
    // non-ASCII) occur: 1 to 4 (0 for empty).
    static int characterClasses(std::string_view value);

    // Longest run of one repeated byte ("xxxxxx" -> 6): runs of five or more mark
    // placeholders; random keys almost never have them.
    static int longestRun(std::string_view value);
};

} // namespace greenlight
