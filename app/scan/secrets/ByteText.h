#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

// Byte-level helpers for the secrets detectors, which work on raw file bytes (UTF-8 or not)
// rather than decoded QStrings: decoding 250 MB to find a few dozen hits would cost more
// than the whole scan.
namespace greenlight::ByteText {

inline bool isUpperOrDigit(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || isUpperOrDigit(c);
}
inline bool isBase64(char c)
{
    return isAlnum(c) || c == '+' || c == '/' || c == '=';
}
inline bool isUrlSafeToken(char c) // base64url and friends: A-Z a-z 0-9 _ -
{
    return isAlnum(c) || c == '_' || c == '-';
}
inline bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// Length of the run of bytes matching pred from pos, at most max.
template<typename Pred>
std::size_t runLength(std::string_view text, std::size_t pos, Pred pred, std::size_t max = 4096)
{
    std::size_t end = pos;
    const std::size_t limit = std::min(text.size(), pos + max);
    while (end < limit && pred(text[end]))
        ++end;
    return end - pos;
}

// True when the byte before pos does not continue a token of the given class.
template<typename Pred>
bool boundaryBefore(std::string_view text, std::size_t pos, Pred pred)
{
    return pos == 0 || !pred(text[pos - 1]);
}
template<typename Pred>
bool boundaryAt(std::string_view text, std::size_t pos, Pred pred)
{
    return pos >= text.size() || !pred(text[pos]);
}

// Start of the line holding pos, looking back at most max bytes (long minified lines).
inline std::size_t lineStart(std::string_view text, std::size_t pos, std::size_t max = 4096)
{
    const std::size_t floor = pos > max ? pos - max : 0;
    while (pos > floor && text[pos - 1] != '\n')
        --pos;
    return pos;
}
// End of the line holding pos (the '\n' or the end), looking ahead at most max bytes.
inline std::size_t lineEnd(std::string_view text, std::size_t pos, std::size_t max = 4096)
{
    const std::size_t limit = std::min(text.size(), pos + max);
    const std::size_t found = text.substr(0, limit).find('\n', pos);
    std::size_t end = found == std::string_view::npos ? limit : found;
    if (end > pos && end <= text.size() && end > 0 && text[end - 1] == '\r')
        --end;
    return end;
}

} // namespace greenlight::ByteText
