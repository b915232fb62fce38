#pragma once

#include <string_view>

namespace greenlight {

// Tells values that only look like secrets from real ones: the false-positive guard of the
// secrets rules. Each check is cheap and runs only on candidate values, never on whole files.
class PlaceholderFilter
{
public:
    // A reference to a secret kept elsewhere, resolved at run time: "${DB_PASSWORD}",
    // "$TOKEN", "{{ .Values.x }}", "%(pw)s", "{password}", "os.environ[...]", "ENC[...]".
    static bool isReference(std::string_view value);

    // A stand-in meant to be replaced: "changeme", "<your-key>", "xxxx", "****", "dummy",
    // "REPLACE_ME", "your_api_key_here", "password", runs like "aaaaaa", "12345678".
    static bool isPlaceholder(std::string_view value);

    // Keys published in vendor documentation (AKIAIOSFODNN7EXAMPLE and its secret, the
    // Azure storage emulator key, GitHub's docs token) and anything marked EXAMPLE.
    static bool isKnownExample(std::string_view value);

    // isReference || isPlaceholder || isKnownExample.
    static bool isNotASecret(std::string_view value);
};

} // namespace greenlight
