#pragma once

#include <cstddef>
#include <string>

namespace greenlight {

// One secret found in a file's bytes, before it becomes a Finding. Offsets are byte offsets
// into the file content.
struct SecretMatch
{
    const char *ruleId = nullptr; // "secrets.token", ...
    const char *label = nullptr;  // untranslated kind, "GitHub token" (QT_TRANSLATE_NOOP)
    std::size_t location = 0;     // where the finding points (line/column come from here)
    // The bytes to mask in snippets; may be empty when the secret is not on the location's
    // line (a PEM block's key material starts on the next line).
    std::size_t secretStart = 0;
    std::size_t secretLength = 0;
    // What the secret hash is computed over (the key material, the token); the secret span
    // when empty.
    std::string identity;
    std::string context; // non-secret detail for the message: the variable name, the scheme
};

} // namespace greenlight
