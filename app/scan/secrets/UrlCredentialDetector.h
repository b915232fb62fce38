#pragma once

#include <optional>
#include <string_view>

#include "SecretMatch.h"

namespace greenlight {

// Passwords in connection URLs (secrets.url-password): scheme://user:password@host with a
// literal password. Interpolated ("${DB_PASSWORD}", "%s", "{pw}"), placeholder
// ("user:password@", "<pass>") and documentation (example.com) credentials are not reported,
// nor user:user defaults.
class UrlCredentialDetector
{
public:
    // hit = offset of "://" in text.
    static std::optional<SecretMatch> detect(std::string_view text, std::size_t hit);
};

} // namespace greenlight
