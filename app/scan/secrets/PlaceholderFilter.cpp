#include "PlaceholderFilter.h"

#include <algorithm>
#include <array>
#include <string>

#include "Entropy.h"

namespace greenlight {

namespace {

std::string lowered(std::string_view value)
{
    std::string result(value);
    std::transform(result.begin(), result.end(), result.begin(), [](char c) {
        return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    });
    return result;
}

bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(), [haystack](std::string_view needle) {
        return haystack.find(needle) != std::string_view::npos;
    });
}

} // namespace

bool PlaceholderFilter::isReference(std::string_view value)
{
    if (value.empty())
        return false;
    // Shell, Compose, Make and Helm interpolation, printf/Python formats, templates.
    if (value.front() == '$' || value.front() == '@' || value.front() == '%')
        return true;
    if (value.front() == '{' && value.back() == '}')
        return true;
    if (containsAny(value, {"${", "$(", "{{", "}}", "#{", "%(", "%{", "<%", "%s", "%v", "%d"}))
        return true;
    const std::string lower = lowered(value);
    return containsAny(lower,
                       {"os.environ",
                        "getenv",
                        "process.env",
                        "env[",
                        "env(",
                        "env.",
                        "secretkeyref",
                        "valuefrom",
                        "vault:",
                        "enc[",
                        "!vault",
                        "ref+",
                        "op://",
                        "arn:aws:secretsmanager",
                        "arn:aws:ssm"});
}

bool PlaceholderFilter::isPlaceholder(std::string_view value)
{
    if (value.empty())
        return true;
    const std::string lower = lowered(value);
    // Whole values that name the thing instead of being it.
    static constexpr std::array<std::string_view, 30> words
            = {"password",   "passwd",   "pass",      "pwd",       "secret",     "token",
               "apikey",     "api_key",  "api-key",   "secretkey", "secret_key", "accesskey",
               "access_key", "admin",    "root",      "user",      "username",   "none",
               "null",       "nil",      "undefined", "true",      "false",      "required",
               "string",     "passw0rd", "p@ssw0rd",  "p@ssword",  "letmein",    "qwerty"};
    if (std::find(words.begin(), words.end(), lower) != words.end())
        return true;
    if (containsAny(lower, {"changeme",   "change_me",  "change-me",  "changethis",  "change_this",
                            "example",    "xxxx",       "****",       "....",        "dummy",
                            "test",       "replace",    "your_",      "your-",       "yourkey",
                            "yoursecret", "yourtoken",  "your ",      "placeholder", "sample",
                            "fake",       "redacted",   "insert",     "todo",        "fixme",
                            "notreal",    "not-a-real", "not_a_real", "not-real",    "lorem",
                            "foobar",     "mock",       "mysecret",   "12345678",    "abcdefgh",
                            "0000000"}))
        return true;
    if (value.find('<') != std::string_view::npos && value.find('>') != std::string_view::npos)
        return true;
    return Entropy::longestRun(value) >= 5;
}

bool PlaceholderFilter::isKnownExample(std::string_view value)
{
    static constexpr std::array<std::string_view, 4> published
            = {// AWS documentation's key pair
               "AKIAIOSFODNN7EXAMPLE",
               "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
               // the Azure storage emulator's well-known account key
               "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
               "KBHBeksoGMGw==",
               // GitHub's documentation token
               "ghp_16C7e42F292c6912E7710c838347Ae178B4a"};
    if (std::find(published.begin(), published.end(), value) != published.end())
        return true;
    // Stripe's documentation key, whatever the prefix in front of it.
    if (value.find("4eC39HqLyjWDarjtT1zdp7dc") != std::string_view::npos)
        return true;
    return value.find("EXAMPLE") != std::string_view::npos;
}

bool PlaceholderFilter::isNotASecret(std::string_view value)
{
    return isReference(value) || isPlaceholder(value) || isKnownExample(value);
}

} // namespace greenlight
