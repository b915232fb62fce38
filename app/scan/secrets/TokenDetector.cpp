#include "TokenDetector.h"

#include <QtGlobal>

#include "ByteText.h"
#include "Entropy.h"
#include "PlaceholderFilter.h"

namespace greenlight {

using namespace ByteText;

namespace {

constexpr const char *CloudKey = "secrets.cloud-key";
constexpr const char *Token = "secrets.token";

SecretMatch make(const char *rule, const char *label, std::size_t start, std::size_t length)
{
    SecretMatch match;
    match.ruleId = rule;
    match.label = label;
    match.location = start;
    match.secretStart = start;
    match.secretLength = length;
    return match;
}

bool isSasChar(char c)
{
    return isAlnum(c) || c == '%' || c == '+' || c == '/' || c == '=';
}

bool isSlackChar(char c)
{
    return isAlnum(c) || c == '-';
}

bool isPatChar(char c)
{
    return isAlnum(c) || c == '_';
}

bool hasDigit(std::string_view value)
{
    return value.find_first_of("0123456789") != std::string_view::npos;
}

} // namespace

std::optional<SecretMatch> TokenDetector::detect(std::string_view text, const AnchorHit &hit)
{
    const std::size_t at = hit.offset;
    switch (hit.anchor) {
    case SecretAnchor::AwsKeyId:
        return awsKeyId(text, at);
    case SecretAnchor::GcpApiKey:
        return gcpApiKey(text, at);
    case SecretAnchor::GitHubToken:
        return gitHub(text, at, false);
    case SecretAnchor::GitHubPat:
        return gitHub(text, at, true);
    case SecretAnchor::GitLabToken:
        return gitLab(text, at);
    case SecretAnchor::SlackToken:
        return slackToken(text, at);
    case SecretAnchor::SlackWebhook:
        return slackWebhook(text, at);
    case SecretAnchor::StripeKey:
        return stripe(text, at);
    case SecretAnchor::OpenAiKey:
        return openAi(text, at);
    case SecretAnchor::AzureKey:
        return azureKey(text, at);
    case SecretAnchor::AzureSas:
        return azureSas(text, at);
    default:
        return std::nullopt;
    }
}

std::optional<SecretMatch> TokenDetector::awsKeyId(std::string_view text, std::size_t at)
{
    // AKIA (long-term) / ASIA (session) + exactly 16 upper-case letters or digits.
    if (!boundaryBefore(text, at, isAlnum) || runLength(text, at + 4, isUpperOrDigit, 17) != 16
        || !boundaryAt(text, at + 20, isAlnum))
        return std::nullopt;
    if (PlaceholderFilter::isNotASecret(text.substr(at, 20)))
        return std::nullopt;
    return make(CloudKey,
                QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "AWS access key id"),
                at,
                20);
}

std::optional<SecretMatch> TokenDetector::gcpApiKey(std::string_view text, std::size_t at)
{
    if (!boundaryBefore(text, at, isUrlSafeToken)
        || runLength(text, at + 4, isUrlSafeToken, 36) != 35)
        return std::nullopt;
    if (PlaceholderFilter::isNotASecret(text.substr(at, 39)))
        return std::nullopt;
    return make(
            CloudKey, QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "Google API key"), at, 39);
}

std::optional<SecretMatch> TokenDetector::gitHub(std::string_view text, std::size_t at, bool pat)
{
    if (!boundaryBefore(text, at, isAlnum))
        return std::nullopt;
    std::size_t length = 0;
    if (pat) {
        const std::size_t body = runLength(text, at + 11, isPatChar, 256);
        if (body < 36)
            return std::nullopt;
        length = 11 + body;
    } else {
        // gh[pousr]_ + exactly 36 alphanumerics
        if (runLength(text, at + 4, isAlnum, 37) != 36)
            return std::nullopt;
        length = 40;
    }
    if (PlaceholderFilter::isNotASecret(text.substr(at, length)))
        return std::nullopt;
    return make(
            Token, QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "GitHub token"), at, length);
}

std::optional<SecretMatch> TokenDetector::gitLab(std::string_view text, std::size_t at)
{
    const std::size_t body = runLength(text, at + 6, isUrlSafeToken, 256);
    if (!boundaryBefore(text, at, isAlnum) || body < 20)
        return std::nullopt;
    if (PlaceholderFilter::isNotASecret(text.substr(at, 6 + body)))
        return std::nullopt;
    return make(Token,
                QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "GitLab personal access token"),
                at,
                6 + body);
}

std::optional<SecretMatch> TokenDetector::slackToken(std::string_view text, std::size_t at)
{
    const std::size_t body = runLength(text, at + 5, isSlackChar, 256);
    if (!boundaryBefore(text, at, isAlnum) || body < 10)
        return std::nullopt;
    // Real Slack tokens carry numeric workspace/user ids; "xoxb-your-bot-token" does not.
    const std::string_view value = text.substr(at, 5 + body);
    if (!hasDigit(value.substr(5)) || PlaceholderFilter::isNotASecret(value))
        return std::nullopt;
    return make(Token,
                QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "Slack token"),
                at,
                value.size());
}

std::optional<SecretMatch> TokenDetector::slackWebhook(std::string_view text, std::size_t at)
{
    // hooks.slack.com/services/T<workspace>/B<channel>/<secret>
    constexpr std::string_view services = "hooks.slack.com/services/";
    if (text.substr(at, services.size()) != services)
        return std::nullopt;
    const std::size_t start = at + services.size();
    std::size_t pos = start;
    for (const char lead : {'T', 'B'}) {
        if (pos >= text.size() || text[pos] != lead)
            return std::nullopt;
        const std::size_t id = runLength(text, pos + 1, isUpperOrDigit, 64);
        if (id < 6 || pos + 1 + id >= text.size() || text[pos + 1 + id] != '/')
            return std::nullopt;
        pos += 2 + id;
    }
    const std::size_t secret = runLength(text, pos, isAlnum, 128);
    if (secret < 16)
        return std::nullopt;
    const std::size_t length = pos + secret - start;
    if (PlaceholderFilter::isNotASecret(text.substr(start, length)))
        return std::nullopt;
    SecretMatch match = make(Token,
                             QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "Slack webhook URL"),
                             start,
                             length);
    match.location = at;
    return match;
}

std::optional<SecretMatch> TokenDetector::stripe(std::string_view text, std::size_t at)
{
    const std::size_t body = runLength(text, at + 8, isAlnum, 256);
    if (!boundaryBefore(text, at, isAlnum) || body < 24)
        return std::nullopt;
    if (PlaceholderFilter::isNotASecret(text.substr(at, 8 + body)))
        return std::nullopt;
    return make(Token,
                QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "Stripe live key"),
                at,
                8 + body);
}

std::optional<SecretMatch> TokenDetector::openAi(std::string_view text, std::size_t at)
{
    // "sk-" is everywhere in words ("task-", "disk-") and CSS ("sk-fading-circle"): demand a
    // token boundary before it and a random-looking body with digits and both cases.
    if (!boundaryBefore(text, at, isUrlSafeToken))
        return std::nullopt;
    const std::size_t body = runLength(text, at + 3, isUrlSafeToken, 512);
    if (body < 20)
        return std::nullopt;
    const std::string_view value = text.substr(at, 3 + body);
    const std::string_view random = value.substr(3);
    if (Entropy::characterClasses(random) < 3 || !hasDigit(random)
        || random.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos
        || random.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos
        || Entropy::shannon(random) < 3.5 || PlaceholderFilter::isNotASecret(value))
        return std::nullopt;
    return make(Token,
                QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "OpenAI-style API key"),
                at,
                value.size());
}

std::optional<SecretMatch> TokenDetector::azureKey(std::string_view text, std::size_t at)
{
    const std::size_t start = at + 11; // after "AccountKey="
    const std::size_t length = runLength(text, start, isBase64, 256);
    if (length < 40 || !boundaryAt(text, start + length, isBase64))
        return std::nullopt;
    if (PlaceholderFilter::isNotASecret(text.substr(start, length)))
        return std::nullopt;
    SecretMatch match
            = make(CloudKey,
                   QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "Azure storage account key"),
                   start,
                   length);
    match.location = at;
    return match;
}

std::optional<SecretMatch> TokenDetector::azureSas(std::string_view text, std::size_t at)
{
    // A SAS URL or token: ...?sv=2022-11-02&ss=b&...&sig=<url-encoded HMAC>
    if (at == 0 || (text[at - 1] != '?' && text[at - 1] != '&'))
        return std::nullopt;
    const std::size_t start = at + 4;
    const std::size_t length = runLength(text, start, isSasChar, 256);
    if (length < 20)
        return std::nullopt;
    const std::string_view line
            = text.substr(lineStart(text, at, 2048), at - lineStart(text, at, 2048));
    if (line.find("sv=") == std::string_view::npos)
        return std::nullopt;
    const std::string_view value = text.substr(start, length);
    // Not isReference: url-encoded signatures legitimately start with '%'.
    if (PlaceholderFilter::isPlaceholder(value) || PlaceholderFilter::isKnownExample(value))
        return std::nullopt;
    SecretMatch match = make(
            CloudKey,
            QT_TRANSLATE_NOOP("greenlight::SecretsAnalyzer", "Azure shared access signature"),
            start,
            length);
    match.location = at;
    return match;
}

} // namespace greenlight
