#include "UrlCredentialDetector.h"

#include <algorithm>
#include <array>
#include <string>

#include <QtGlobal>

#include "ByteText.h"
#include "PlaceholderFilter.h"

namespace greenlight {

using namespace ByteText;

namespace {

bool isSchemeChar(char c)
{
    return isAlnum(c) || c == '+' || c == '.' || c == '-';
}

// Where the authority (userinfo@host:port) ends: at the path, query, fragment, or anything
// that cannot be inside a URL written in code or config.
bool endsAuthority(char c)
{
    return c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '`' || c == '<'
           || c == '>' || c == '\\' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDocumentationHost(std::string_view host)
{
    std::string lower(host);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    });
    static constexpr std::array<std::string_view, 5> exact
            = {"host", "hostname", "server", "domain", "yourhost"};
    if (std::find(exact.begin(), exact.end(), lower) != exact.end())
        return true;
    for (const std::string_view domain : {"example.com", "example.org", "example.net"}) {
        if (lower.size() >= domain.size()
            && std::string_view(lower).substr(lower.size() - domain.size()) == domain)
            return true;
    }
    for (const std::string_view tld : {".example", ".invalid"}) {
        if (lower.size() >= tld.size()
            && std::string_view(lower).substr(lower.size() - tld.size()) == tld)
            return true;
    }
    return false;
}

} // namespace

std::optional<SecretMatch> UrlCredentialDetector::detect(std::string_view text, std::size_t hit)
{
    std::size_t scheme = hit;
    while (scheme > 0 && hit - scheme < 32 && isSchemeChar(text[scheme - 1]))
        --scheme;
    if (hit - scheme < 2
        || !((text[scheme] >= 'a' && text[scheme] <= 'z')
             || (text[scheme] >= 'A' && text[scheme] <= 'Z')))
        return std::nullopt;

    const std::size_t start = hit + 3;
    std::size_t end = start;
    const std::size_t limit = std::min(text.size(), start + 512);
    while (end < limit && !endsAuthority(text[end]))
        ++end;
    const std::string_view authority = text.substr(start, end - start);
    const std::size_t at = authority.rfind('@');
    if (at == std::string_view::npos)
        return std::nullopt;
    const std::string_view userinfo = authority.substr(0, at);
    const std::size_t colon = userinfo.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view user = userinfo.substr(0, colon);
    const std::string_view password = userinfo.substr(colon + 1);
    std::string_view host = authority.substr(at + 1);
    host = host.substr(0, host.find(':'));

    if (password.size() < 4 || host.empty() || password == user || isDocumentationHost(host))
        return std::nullopt;
    if (PlaceholderFilter::isNotASecret(password))
        return std::nullopt;

    SecretMatch match;
    match.ruleId = "secrets.url-password";
    match.label = QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "password in a URL");
    match.location = scheme;
    match.secretStart = start + colon + 1;
    match.secretLength = password.size();
    match.context = std::string(text.substr(scheme, hit - scheme));
    return match;
}

} // namespace greenlight
