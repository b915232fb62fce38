#pragma once

#include <optional>
#include <string_view>

#include "SecretMatch.h"

namespace greenlight {

// `NAME = "value"` where NAME says password/secret/token/api key and the value is a
// high-entropy literal (secrets.generic-assignment), and `aws_secret_access_key = <40
// base64>` (secrets.cloud-key). Understands quoted keys (JSON), `:`/`=`/`:=`/`=>`, type
// annotations (`password: str = "..."`), and unquoted values in .env/INI/YAML files.
// References, placeholders, words, paths, URLs, UUIDs, digests and git SHAs are rejected.
class AssignmentDetector
{
public:
    // hit/keywordLength = the keyword anchor; unquotedValues = the file's syntax allows
    // bare values (KEY=value in .env, key: value in YAML, key = value in INI).
    static std::optional<SecretMatch> detect(std::string_view text,
                                             std::size_t hit,
                                             std::size_t keywordLength,
                                             bool unquotedValues);

    // Whether a variable/key name names a secret: DB_PASSWORD, clientSecret, api-key,
    // SECRET_KEY_BASE; not password_hash, token_url, tokenizer, max_tokens, PublicKeyToken.
    static bool isSecretName(std::string_view name);
    static bool isAwsSecretName(std::string_view name);

    // Whether a literal looks like a real secret: long enough, random enough (Shannon
    // entropy per character over a length-dependent threshold, several character classes),
    // and none of the known look-alikes.
    static bool looksLikeSecret(std::string_view value);
};

} // namespace greenlight
