#include "AssignmentDetector.h"

#include <algorithm>
#include <array>
#include <string>

#include <QtGlobal>

#include "ByteText.h"
#include "Entropy.h"
#include "PlaceholderFilter.h"

namespace greenlight {

using namespace ByteText;

namespace {

bool isIdentifierChar(char c)
{
    return isAlnum(c) || c == '_' || c == '-' || c == '.';
}

// Lower case, separators dropped ("DB_PASSWORD" -> "dbpassword"), into a caller's buffer:
// this runs for every keyword hit, so no allocation. Names longer than the buffer are cut
// from the front, keeping the end that isSecretName judges.
std::string_view normalizedName(std::string_view name, std::array<char, 128> &buffer)
{
    std::size_t size = 0;
    for (std::size_t i = name.size() > buffer.size() ? name.size() - buffer.size() : 0;
         i < name.size();
         ++i) {
        const char c = name[i];
        if (c >= 'A' && c <= 'Z')
            buffer[size++] = static_cast<char>(c + ('a' - 'A'));
        else if (isAlnum(c))
            buffer[size++] = c;
    }
    return {buffer.data(), size};
}

bool startsWith(std::string_view value, std::string_view prefix)
{
    return value.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view value, std::string_view suffix)
{
    return value.size() >= suffix.size() && value.substr(value.size() - suffix.size()) == suffix;
}

bool isUuid(std::string_view value)
{
    if (value.size() != 36)
        return false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? value[i] != '-' : !isHex(value[i]))
            return false;
    }
    return true;
}

// Skips `: Type =` in `password: str = "..."` / `val token: String = "..."`.
std::size_t skipTypeAnnotation(std::string_view text, std::size_t pos, std::size_t end)
{
    std::size_t p = pos;
    while (p < end && (isIdentifierChar(text[p]) || text[p] == '[' || text[p] == ']'))
        ++p;
    if (p == pos)
        return pos;
    p += runLength(text, p, isSpace, 16);
    if (p < end && text[p] == '=' && (p + 1 >= end || text[p + 1] != '='))
        return p + 1;
    return pos;
}

// Unquoted value up to a trailing comment or the line end.
std::string_view bareValue(std::string_view text, std::size_t pos, std::size_t end)
{
    std::size_t stop = pos;
    while (stop < end) {
        const char c = text[stop];
        if ((c == '#' || c == ';') && stop > pos && isSpace(text[stop - 1]))
            break;
        ++stop;
    }
    while (stop > pos && (isSpace(text[stop - 1]) || text[stop - 1] == ','))
        --stop;
    return text.substr(pos, stop - pos);
}

} // namespace

bool AssignmentDetector::isSecretName(std::string_view name)
{
    std::array<char, 128> buffer;
    const std::string_view normalized = normalizedName(name, buffer);
    static constexpr std::array<std::string_view, 6> keywords
            = {"password", "passwd", "secret", "token", "apikey", "accesskey"};
    std::size_t last = std::string::npos;
    std::size_t lastEnd = 0;
    for (const std::string_view keyword : keywords) {
        const std::size_t found = normalized.rfind(keyword);
        if (found != std::string::npos
            && (last == std::string::npos || found + keyword.size() > lastEnd)) {
            last = found;
            lastEnd = found + keyword.size();
        }
    }
    if (last == std::string::npos || normalized.find("public") != std::string_view::npos)
        return false;
    // What follows the keyword decides: password_hash, token_url, tokenizer, max_tokens and
    // secret_name describe a secret without being one.
    const std::string_view rest = normalized.substr(lastEnd);
    static constexpr std::array<std::string_view, 9> allowed
            = {"", "key", "keybase", "value", "val", "str", "string", "plain", "plaintext"};
    if (std::find(allowed.begin(), allowed.end(), rest) != allowed.end())
        return true;
    return std::all_of(rest.begin(), rest.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool AssignmentDetector::isAwsSecretName(std::string_view name)
{
    std::array<char, 128> buffer;
    return endsWith(normalizedName(name, buffer), "secretaccesskey");
}

bool AssignmentDetector::looksLikeSecret(std::string_view value)
{
    const std::size_t size = value.size();
    if (size < 8 || size > 1024)
        return false;
    if (std::any_of(value.begin(), value.end(), [](char c) {
            return c == ' ' || c == '\t' || c == '\\';
        }))
        return false;
    if (PlaceholderFilter::isNotASecret(value))
        return false;
    // URLs (their passwords are secrets.url-password's), data URIs, paths, file names.
    if (value.find("://") != std::string_view::npos || startsWith(value, "data:")
        || value.front() == '/' || value.front() == '.' || value.front() == '~')
        return false;
    for (const std::string_view extension :
         {".pem", ".key", ".crt", ".json", ".txt", ".yaml", ".yml", ".env", ".p12", ".pfx"}) {
        if (endsWith(value, extension))
            return false;
    }
    // Identities and digests: UUIDs, "sha256:<hex>", SRI "sha512-<base64>", git SHAs.
    if (isUuid(value))
        return false;
    for (const std::string_view digest : {"sha1:",
                                          "sha256:",
                                          "sha384:",
                                          "sha512:",
                                          "md5:",
                                          "sha1-",
                                          "sha256-",
                                          "sha384-",
                                          "sha512-"}) {
        if (startsWith(value, digest))
            return false;
    }
    if (size == 40 && std::all_of(value.begin(), value.end(), isHex))
        return false;
    // Numbers, dates, versions, times.
    if (std::all_of(value.begin(), value.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || c == '+';
        }))
        return false;
    // Words and identifiers ("auth.password.label", "TOKEN_INVALID", "bert-base-uncased")
    // unless long and random-looking.
    const bool wordish = std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-' || c == '.';
    });
    const double entropy = Entropy::shannon(value);
    const int classes = Entropy::characterClasses(value);
    if (wordish && (size < 16 || classes < 2 || entropy < 3.8))
        return false;
    // A random string's entropy grows with its length up to log2(alphabet); short real
    // secrets cannot reach 3.5 bits, so short ones must make up for it with variety.
    if (size < 12)
        return classes >= 3 && entropy >= 2.8;
    if (size < 20)
        return classes >= 2 && entropy >= 3.0;
    // Hex keys draw on 16 symbols only: a random 32-character one has 3.4-3.8 bits.
    const bool hex = std::all_of(value.begin(), value.end(), isHex);
    return classes >= 2 && (entropy >= 3.5 || (hex && entropy >= 3.0));
}

std::optional<SecretMatch> AssignmentDetector::detect(std::string_view text,
                                                      std::size_t hit,
                                                      std::size_t keywordLength,
                                                      bool unquotedValues)
{
    // Identifier characters never include '\n', so the name cannot leave the line; the
    // line end is looked up only for names that pass, most keyword hits stop here.
    std::size_t nameStart = hit;
    while (nameStart > 0 && hit - nameStart < 256 && isIdentifierChar(text[nameStart - 1]))
        --nameStart;
    std::size_t pos = hit + keywordLength;
    while (pos < text.size() && pos - hit < 256 && isIdentifierChar(text[pos]))
        ++pos;
    const std::string_view name = text.substr(nameStart, pos - nameStart);
    if (!isSecretName(name))
        return std::nullopt;
    const std::size_t begin
            = nameStart > 0 && text[nameStart - 1] != '\n' ? nameStart - 1 : nameStart;
    const std::size_t end = lineEnd(text, hit, 1024);

    // "password": ... / 'password' = ...
    if (nameStart > begin && pos < end
        && (text[nameStart - 1] == '"' || text[nameStart - 1] == '\'')
        && text[pos] == text[nameStart - 1])
        ++pos;
    pos += runLength(text, pos, isSpace, 64);
    if (pos >= end)
        return std::nullopt;
    bool colon = false;
    const std::string_view op = text.substr(pos, 3);
    if (startsWith(op, "==") || startsWith(op, "::"))
        return std::nullopt; // comparisons, C++ scopes
    if (startsWith(op, ":=") || startsWith(op, "=>") || startsWith(op, "?="))
        pos += 2;
    else if (startsWith(op, "||="))
        pos += 3;
    else if (op.front() == '=')
        pos += 1;
    else if (op.front() == ':')
        pos += 1, colon = true;
    else
        return std::nullopt;
    pos += runLength(text, pos, isSpace, 64);
    if (colon && pos < end && isAlnum(text[pos]) && !(text[pos] >= '0' && text[pos] <= '9')) {
        pos = skipTypeAnnotation(text, pos, end);
        pos += runLength(text, pos, isSpace, 64);
    }
    if (pos >= end)
        return std::nullopt;

    // Python string prefixes: b"", r"", u"" are literals; f"" interpolates.
    if (pos + 1 < end && (text[pos + 1] == '"' || text[pos + 1] == '\'')) {
        const char prefix = text[pos];
        if (prefix == 'f' || prefix == 'F')
            return std::nullopt;
        if (prefix == 'b' || prefix == 'B' || prefix == 'r' || prefix == 'R' || prefix == 'u')
            ++pos;
    }
    std::string_view value;
    std::size_t valueStart = pos;
    const char quote = text[pos];
    if (quote == '"' || quote == '\'' || quote == '`') {
        if (text.substr(pos, 3) == std::string(3, quote))
            return std::nullopt; // triple-quoted, multi-line
        valueStart = pos + 1;
        std::size_t close = valueStart;
        while (close < end && text[close] != quote)
            close += text[close] == '\\' ? 2 : 1;
        if (close >= end)
            return std::nullopt;
        value = text.substr(valueStart, close - valueStart);
    } else if (unquotedValues) {
        if (std::string_view("|>&*!{[").find(quote) != std::string_view::npos)
            return std::nullopt; // YAML block scalars, anchors, aliases, tags, flow
        value = bareValue(text, pos, end);
    } else if (isAwsSecretName(name)) {
        // `export AWS_SECRET_ACCESS_KEY=...` in scripts: the shape alone is specific enough.
        value = text.substr(
                pos,
                runLength(
                        text, pos, [](char c) { return isAlnum(c) || c == '/' || c == '+'; }, 41));
    } else {
        return std::nullopt;
    }

    SecretMatch match;
    match.location = nameStart;
    match.secretStart = valueStart;
    match.secretLength = value.size();
    match.context = std::string(name);
    if (isAwsSecretName(name) && value.size() == 40
        && std::all_of(value.begin(),
                       value.end(),
                       [](char c) { return isAlnum(c) || c == '/' || c == '+'; })
        && boundaryAt(text, valueStart + 40, isBase64)) {
        if (PlaceholderFilter::isNotASecret(value) || Entropy::shannon(value) < 3.5)
            return std::nullopt;
        match.ruleId = "secrets.cloud-key";
        match.label = QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "AWS secret access key");
        return match;
    }
    if (!looksLikeSecret(value))
        return std::nullopt;
    match.ruleId = "secrets.generic-assignment";
    match.label = QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "hard-coded secret");
    return match;
}

} // namespace greenlight
