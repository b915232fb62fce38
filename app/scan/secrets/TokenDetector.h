#pragma once

#include <optional>
#include <string_view>

#include "AnchorScanner.h"
#include "SecretMatch.h"

namespace greenlight {

// Provider keys and tokens with a recognisable shape, checked at an anchor hit: AWS access
// key ids, GCP API keys, Azure storage keys and SAS signatures (secrets.cloud-key); GitHub,
// GitLab, Slack, Stripe and OpenAI-style tokens, Slack webhooks (secrets.token). Each check
// is a few byte comparisons at a fixed offset, so hits in ordinary text cost next to nothing.
class TokenDetector
{
public:
    static std::optional<SecretMatch> detect(std::string_view text, const AnchorHit &hit);

private:
    static std::optional<SecretMatch> awsKeyId(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> gcpApiKey(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> gitHub(std::string_view text, std::size_t at, bool pat);
    static std::optional<SecretMatch> gitLab(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> slackToken(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> slackWebhook(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> stripe(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> openAi(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> azureKey(std::string_view text, std::size_t at);
    static std::optional<SecretMatch> azureSas(std::string_view text, std::size_t at);
};

} // namespace greenlight
