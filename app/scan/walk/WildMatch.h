#pragma once

#include <QByteArrayView>

// Git's wildmatch (wildmatch.c), byte for byte like git: '*', '?', '[...]' with ranges,
// '!'/'^' negation and [:classes:], backslash escapes, and with `pathname` set, '/'-aware
// wildcards plus '**'. Like git it works on bytes, so '?' matches one byte of a UTF-8 name.
// Recursion depth is bounded by the number of '*' in the pattern, never by the text.
namespace greenlight::WildMatch {

bool match(QByteArrayView pattern, QByteArrayView text, bool pathname);

} // namespace greenlight::WildMatch
