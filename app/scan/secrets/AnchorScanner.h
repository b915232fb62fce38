#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace greenlight {

// What a cheap literal hit may be the start of; the precise checks run only around hits.
enum class SecretAnchor : std::uint8_t {
    PrivateKey,     // "PRIVATE KEY"
    AwsKeyId,       // "AKIA", "ASIA"
    GcpApiKey,      // "AIza"
    GitHubToken,    // "ghp_", "gho_", "ghu_", "ghs_", "ghr_"
    GitHubPat,      // "github_pat_"
    GitLabToken,    // "glpat-"
    SlackToken,     // "xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"
    SlackWebhook,   // "hooks.slack.com"
    StripeKey,      // "sk_live_", "rk_live_"
    OpenAiKey,      // "sk-"
    Url,            // "://"
    AzureKey,       // "AccountKey="
    AzureSas,       // "sig="
    ServiceAccount, // "service_account"
    Keyword,        // password, secret, token, api_key, ... (any case)
};

struct AnchorHit
{
    std::size_t offset = 0; // where the literal starts
    SecretAnchor anchor = SecretAnchor::Keyword;
    std::uint8_t length = 0; // of the literal
};

// The prefilter of the secrets scan: finds every anchor literal in one pass over the raw
// bytes. Running a dozen regexes over every line costs more than reading the file; this
// looks at each byte pair once through an 8 KiB bitmap of (case-folded) literal bigrams and
// compares literals only where a bigram can start one, so text without anchors streams
// through at memory-ish speed. Immutable after construction: one shared instance serves
// every thread.
class AnchorScanner
{
public:
    AnchorScanner();

    static const AnchorScanner &instance();

    // Appends the hits in text, in ascending offset order, to hits.
    void scan(std::string_view text, std::vector<AnchorHit> &hits) const;
    // The same for hits starting in [from, to) (literals may run past to): lets a caller
    // stream a big file through a small hit buffer instead of collecting millions of hits.
    void scan(std::string_view text,
              std::size_t from,
              std::size_t to,
              std::vector<AnchorHit> &hits) const;

private:
    struct Literal
    {
        std::string_view text; // as written; compared folded when caseInsensitive
        SecretAnchor anchor;
        bool caseInsensitive;
        std::uint8_t keyOffset; // which bigram of the literal keys the bitmap
        std::uint16_t key = 0;  // that bigram, folded
    };

    void add(std::string_view text, SecretAnchor anchor, bool caseInsensitive, int keyOffset);
    bool matches(const Literal &literal, const char *start, const char *end) const;

    std::array<std::uint64_t, 1024> m_bitmap{}; // 65536 bits: folded bigram -> maybe
    std::vector<Literal> m_literals;
    std::size_t m_maxKeyOffset = 0;
    // folded bigram -> first index into m_literals (sorted by key bigram); read on hits only
    std::vector<std::uint8_t> m_firstLiteral;
};

} // namespace greenlight
