#include "WildMatch.h"

#include <cstring>

namespace greenlight::WildMatch {

namespace {

enum Outcome { Matched, NoMatch, AbortAll, AbortToStarStar };

struct Matcher
{
    const uchar *patternBegin;
    const uchar *patternEnd;
    const uchar *textEnd;
    bool pathname;

    // Past the end reads as NUL, as in git's NUL-terminated original.
    uchar at(const uchar *p) const { return p < patternEnd ? *p : 0; }

    static bool isGlobSpecial(uchar c) { return c == '*' || c == '?' || c == '[' || c == '\\'; }

    const uchar *findSlash(const uchar *t) const
    {
        if (t >= textEnd)
            return nullptr;
        return static_cast<const uchar *>(std::memchr(t, '/', size_t(textEnd - t)));
    }

    // Returns -1 for a malformed class name (git aborts the whole match then).
    // ASCII only, like git's sane_ctype: bytes of UTF-8 sequences are in no class.
    static int classMatches(QByteArrayView name, uchar c)
    {
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'z';
        const bool upper = c >= 'A' && c <= 'Z';
        if (name == "alnum")
            return digit || lower || upper;
        if (name == "alpha")
            return lower || upper;
        if (name == "blank")
            return c == ' ' || c == '\t';
        if (name == "cntrl")
            return c < 32 || c == 127;
        if (name == "digit")
            return digit;
        if (name == "graph")
            return c > 32 && c < 127;
        if (name == "lower")
            return lower;
        if (name == "print")
            return c >= 32 && c < 127;
        if (name == "punct")
            return c > 32 && c < 127 && !digit && !lower && !upper;
        if (name == "space")
            return c == ' ' || (c >= '\t' && c <= '\r');
        if (name == "upper")
            return upper;
        if (name == "xdigit")
            return digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        return -1;
    }

    // A bracket expression starting after '['; on success p points at its closing ']'.
    Outcome matchClass(const uchar *&p, uchar t) const
    {
        uchar c = at(++p);
        const bool negated = c == '!' || c == '^';
        if (negated)
            c = at(++p);
        uchar prev = 0;
        bool matched = false;
        do {
            if (c == 0)
                return AbortAll;
            if (c == '\\') {
                c = at(++p);
                if (c == 0)
                    return AbortAll;
                if (t == c)
                    matched = true;
            } else if (c == '-' && prev != 0 && at(p + 1) != 0 && at(p + 1) != ']') {
                c = at(++p);
                if (c == '\\') {
                    c = at(++p);
                    if (c == 0)
                        return AbortAll;
                }
                if (t <= c && t >= prev)
                    matched = true;
                c = 0; // a range cannot start another range
            } else if (c == '[' && at(p + 1) == ':') {
                const uchar *nameStart = p + 2;
                const uchar *q = nameStart;
                while (q < patternEnd && *q != ']')
                    ++q;
                if (q == patternEnd)
                    return AbortAll;
                if (q - nameStart < 1 || q[-1] != ':') {
                    // No ":]": a plain '[' member.
                    if (t == '[')
                        matched = true;
                } else {
                    const int r = classMatches(QByteArrayView(nameStart, q - 1), t);
                    if (r < 0)
                        return AbortAll;
                    if (r)
                        matched = true;
                    p = q;
                    c = 0;
                }
            } else if (t == c) {
                matched = true;
            }
            prev = c;
            c = at(++p);
        } while (c != ']');
        if (matched == negated || (pathname && t == '/'))
            return NoMatch;
        return Matched;
    }

    Outcome run(const uchar *p, const uchar *t) const
    {
        for (; p < patternEnd; ++t, ++p) {
            uchar pc = *p;
            if (t == textEnd && pc != '*')
                return AbortAll;
            const uchar tc = t < textEnd ? *t : 0;
            switch (pc) {
            case '\\':
                // Literal match of the next character; a trailing '\' matches nothing.
                pc = at(++p);
                if (pc == 0)
                    return NoMatch;
                if (tc != pc)
                    return NoMatch;
                continue;
            case '?':
                if (pathname && tc == '/')
                    return NoMatch;
                continue;
            case '[': {
                const Outcome r = matchClass(p, tc);
                if (r != Matched)
                    return r;
                continue;
            }
            case '*':
                break;
            default:
                if (tc != pc)
                    return NoMatch;
                continue;
            }

            // '*' or '**'
            bool matchSlash;
            if (at(++p) == '*') {
                const uchar *before = p - 2;
                while (at(++p) == '*') {
                }
                const uchar next = at(p);
                if ((before < patternBegin || *before == '/')
                    && (next == 0 || next == '/' || (next == '\\' && at(p + 1) == '/'))) {
                    // "**/" may match no directory at all: try the rest right here first.
                    if (next == '/' && run(p + 1, t) == Matched)
                        return Matched;
                    matchSlash = true;
                } else {
                    matchSlash = false; // "a**b" is just '*'
                }
            } else {
                matchSlash = !pathname;
            }
            if (p == patternEnd) {
                // Trailing "**" matches everything, a trailing '*' only up to the next '/'.
                if (!matchSlash && findSlash(t))
                    return NoMatch;
                return Matched;
            }
            if (!matchSlash && *p == '/') {
                // A single '*' followed by '/' consumes exactly one path component.
                const uchar *slash = findSlash(t);
                if (!slash)
                    return NoMatch;
                t = slash;
                // Both the pattern's and the text's '/' are consumed by the loop increment.
                continue;
            }
            uchar c = t < textEnd ? *t : 0;
            while (true) {
                if (t == textEnd)
                    break;
                if (!isGlobSpecial(*p)) {
                    // Skip ahead to the next occurrence of the literal that follows the '*'.
                    const uchar want = *p;
                    while (t < textEnd && (matchSlash || *t != '/') && *t != want)
                        ++t;
                    // Git returns NoMatch here, which lets every enclosing star retry each
                    // position: "**/**/**/**/**/**/x/y" on a 100-level path keeps git 2.39
                    // busy for minutes. No later start can find the literal either, so abort
                    // (to the nearest "**" when the search stopped at a '/'): same result.
                    if (t == textEnd || *t != want)
                        return t < textEnd ? AbortToStarStar : AbortAll;
                    c = *t;
                }
                const Outcome r = run(p, t);
                if (r != NoMatch) {
                    if (!matchSlash || r != AbortToStarStar)
                        return r;
                } else if (!matchSlash && c == '/') {
                    return AbortToStarStar;
                }
                ++t;
                c = t < textEnd ? *t : 0;
            }
            return AbortAll;
        }
        return t == textEnd ? Matched : NoMatch;
    }
};

} // namespace

bool match(QByteArrayView pattern, QByteArrayView text, bool pathname)
{
    const auto *p = reinterpret_cast<const uchar *>(pattern.data());
    const auto *t = reinterpret_cast<const uchar *>(text.data());
    const Matcher matcher{p, p + pattern.size(), t + text.size(), pathname};
    return matcher.run(p, t) == Matched;
}

} // namespace greenlight::WildMatch
