#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "SecretMatch.h"

namespace greenlight {

// Private keys (secrets.private-key): a "-----BEGIN ... PRIVATE KEY-----" armour line followed
// by real key material, on the next lines or inline with "\n" escapes (JSON, code strings).
// A header alone (code that checks for one, docs with "MIIE...") is not a key. Also GCP
// service-account JSON (secrets.cloud-key): "type": "service_account" with a private_key.
class PemDetector
{
public:
    // hit = offset of "PRIVATE KEY" in text.
    static std::optional<SecretMatch> privateKey(std::string_view text, std::size_t hit);
    // hit = offset of "service_account" in text.
    static std::optional<SecretMatch> serviceAccount(std::string_view text, std::size_t hit);

    // The base64 key material from pos (after the armour line): skips whitespace, "\n"
    // escapes, string quotes and concatenation, and RFC 1421 headers ("Proc-Type: ..."),
    // stops at "-----END" or anything else. Returns the material without separators.
    static std::string material(std::string_view text, std::size_t pos, std::size_t *firstByte);

    static constexpr std::size_t MinimumMaterial = 64;
};

} // namespace greenlight
