#include "PemDetector.h"

#include <array>

#include <QtGlobal>

#include "ByteText.h"
#include "Entropy.h"

namespace greenlight {

using namespace ByteText;

namespace {

constexpr std::size_t MaterialLimit = 8192; // enough for identity; RSA-4096 is ~3.2 KB

// "Proc-Type: 4,ENCRYPTED", "DEK-Info: ...", "Version: GnuPG", "Comment: ..." up to the
// line end: length of the header line from pos, or 0 when pos does not start one.
std::size_t headerLine(std::string_view text, std::size_t pos)
{
    std::size_t name = runLength(
            text, pos, [](char c) { return isAlnum(c) || c == '-'; }, 64);
    if (name == 0 || pos + name + 1 >= text.size() || text[pos + name] != ':'
        || text[pos + name + 1] != ' ')
        return 0;
    std::size_t end = pos + name;
    while (end < text.size() && text[end] != '\n' && text.substr(end, 2) != "\\n")
        ++end;
    return end - pos;
}

} // namespace

std::string PemDetector::material(std::string_view text, std::size_t pos, std::size_t *firstByte)
{
    std::string result;
    bool lineStartsHere = true;
    bool afterQuote = false; // a closing quote, so a '+' next is concatenation, not base64
    if (firstByte)
        *firstByte = std::string_view::npos;
    while (pos < text.size() && result.size() < MaterialLimit) {
        const char c = text[pos];
        const bool concatenation
                = c == '+' && afterQuote && pos + 1 < text.size()
                  && (isSpace(text[pos + 1]) || text[pos + 1] == '\n' || text[pos + 1] == '\r');
        if (isBase64(c) && !concatenation) {
            if (lineStartsHere && result.empty()) {
                if (const std::size_t header = headerLine(text, pos)) {
                    pos += header;
                    continue;
                }
            }
            if (firstByte && *firstByte == std::string_view::npos)
                *firstByte = pos;
            result.push_back(c);
            lineStartsHere = false;
            afterQuote = false;
            ++pos;
        } else if (c == '\\' && pos + 1 < text.size()
                   && (text[pos + 1] == 'n' || text[pos + 1] == 'r')) {
            pos += 2;
            lineStartsHere = true;
        } else if (c == '\n' || c == '\r') {
            ++pos;
            lineStartsHere = true;
        } else if (isSpace(c) || c == '"' || c == '\'' || c == '+' || c == ',') {
            afterQuote = afterQuote || c == '"' || c == '\'';
            ++pos; // indentation and string concatenation across source lines
        } else {
            break; // "-----END", "...", '<', end of a JSON string, ...
        }
    }
    return result;
}

std::optional<SecretMatch> PemDetector::privateKey(std::string_view text, std::size_t hit)
{
    constexpr std::string_view begin = "-----BEGIN ";
    constexpr std::array<std::string_view, 7> kinds
            = {"", "RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED ", "PGP "};
    std::size_t armour = std::string_view::npos;
    for (const std::string_view kind : kinds) {
        const std::size_t length = begin.size() + kind.size();
        if (hit >= length && text.substr(hit - length, begin.size()) == begin
            && text.substr(hit - kind.size(), kind.size()) == kind) {
            armour = hit - length;
            break;
        }
    }
    if (armour == std::string_view::npos)
        return std::nullopt;
    std::size_t pos = hit + 11; // after "PRIVATE KEY"
    if (text.substr(pos, 6) == " BLOCK")
        pos += 6;
    if (text.substr(pos, 5) != "-----")
        return std::nullopt;
    pos += 5;

    std::size_t first = 0;
    std::string key = material(text, pos, &first);
    // A key is long and random; a truncated doc sample ("MIIEowIBAAKCAQEA...") is neither.
    if (key.size() < MinimumMaterial || Entropy::shannon(key) < 4.0)
        return std::nullopt;

    SecretMatch match;
    match.ruleId = "secrets.private-key";
    match.label = QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "private key");
    match.location = armour;
    match.context = std::string(text.substr(armour, pos - armour));
    // Inline material (JSON, "\n"-joined strings) sits on the armour line: mask it there.
    const std::size_t end = lineEnd(text, armour, 1 << 20);
    if (first < end) {
        match.secretStart = first;
        match.secretLength = end - first;
    }
    match.identity = std::move(key);
    return match;
}

std::optional<SecretMatch> PemDetector::serviceAccount(std::string_view text, std::size_t hit)
{
    // "type": "service_account" (the value, not some other key naming it)
    if (hit < 1 || text[hit - 1] != '"' || text.substr(hit + 15, 1) != "\"")
        return std::nullopt;
    const std::size_t from = lineStart(text, hit, 256);
    if (text.substr(from, hit - from).find("\"type\"") == std::string_view::npos)
        return std::nullopt;

    constexpr std::string_view keyName = "\"private_key\"";
    for (std::size_t found = text.find(keyName); found != std::string_view::npos;
         found = text.find(keyName, found + keyName.size())) {
        std::size_t pos = found + keyName.size();
        pos += runLength(text, pos, isSpace, 64);
        if (pos >= text.size() || text[pos] != ':')
            continue;
        ++pos;
        pos += runLength(text, pos, isSpace, 64);
        if (pos >= text.size() || text[pos] != '"')
            continue;
        const std::size_t start = pos + 1;
        std::size_t end = start;
        while (end < text.size() && text[end] != '"' && text[end] != '\n')
            end += text[end] == '\\' ? 2 : 1;
        end = std::min(end, text.size());
        const std::string_view value = text.substr(start, end - start);
        const std::size_t armour = value.find("PRIVATE KEY-----");
        if (armour == std::string_view::npos)
            continue;
        std::string key = material(value, armour + 16, nullptr);
        if (key.size() < MinimumMaterial || Entropy::shannon(key) < 4.0)
            continue;
        SecretMatch match;
        match.ruleId = "secrets.cloud-key";
        match.label = QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer",
                                        "GCP service-account private key");
        match.location = found;
        match.secretStart = start;
        match.secretLength = end - start;
        match.identity = std::move(key);
        return match;
    }
    return std::nullopt;
}

} // namespace greenlight
