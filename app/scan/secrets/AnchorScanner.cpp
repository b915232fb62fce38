#include "AnchorScanner.h"

#include <algorithm>

namespace greenlight {

namespace {

constexpr std::array<unsigned char, 256> makeFoldTable()
{
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return table;
}

constexpr std::array<unsigned char, 256> Fold = makeFoldTable();

// ORing 0x20 folds ASCII letters to lower case in one instruction; it also merges a few
// punctuation pairs ('_' with DEL, '@' with '`'), harmless here: the bitmap only says
// "maybe", and hits are verified byte by byte.
inline unsigned bigramKey(unsigned char first, unsigned char second)
{
    return (unsigned(first) | (unsigned(second) << 8)) | 0x2020u;
}

} // namespace

AnchorScanner::AnchorScanner()
{
    using A = SecretAnchor;
    // The key bigram is the literal's rarest one in source text, not its first: "sig="
    // keys on "g=", not on the everywhere-bigram "si". Fewer false bitmap hits = speed.
    add("PRIVATE KEY", A::PrivateKey, false, 7); // " k"
    add("AKIA", A::AwsKeyId, false, 1);          // "ki"
    add("ASIA", A::AwsKeyId, false, 2);          // "ia"
    add("AIza", A::GcpApiKey, false, 1);         // "iz"
    for (const char *prefix : {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"})
        add(prefix, A::GitHubToken, false, 2);  // "p_", "o_", ...
    add("github_pat_", A::GitHubPat, false, 6); // "_p"
    add("glpat-", A::GitLabToken, false, 4);    // "t-"
    for (const char *prefix : {"xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"})
        add(prefix, A::SlackToken, false, 0);          // "xo"
    add("hooks.slack.com", A::SlackWebhook, false, 5); // ".s"
    add("sk_live_", A::StripeKey, false, 1);           // "k_"
    add("rk_live_", A::StripeKey, false, 1);
    add("sk-", A::OpenAiKey, false, 1); // "k-"
    add("://", A::Url, false, 0);
    add("AccountKey=", A::AzureKey, false, 9);           // "y="
    add("sig=", A::AzureSas, false, 2);                  // "g="
    add("service_account", A::ServiceAccount, false, 7); // "_a"
    add("password", A::Keyword, true, 3);                // "sw"
    add("passwd", A::Keyword, true, 3);
    add("secret", A::Keyword, true, 2);  // "cr"
    add("token", A::Keyword, true, 1);   // "ok"
    add("api_key", A::Keyword, true, 2); // "i_"
    add("api-key", A::Keyword, true, 2);
    add("apikey", A::Keyword, true, 2);     // "ik"
    add("access_key", A::Keyword, true, 6); // "_k"
    add("access-key", A::Keyword, true, 6);
    add("accesskey", A::Keyword, true, 1); // "cc"

    // Literals sharing a key bigram sit next to each other so a hit walks one short run.
    std::stable_sort(m_literals.begin(), m_literals.end(), [](const Literal &a, const Literal &b) {
        return a.key < b.key;
    });
    m_firstLiteral.assign(65536, 0);
    for (std::size_t i = m_literals.size(); i-- > 0;) {
        const unsigned key = m_literals[i].key;
        m_firstLiteral[key] = static_cast<std::uint8_t>(i);
        m_bitmap[key >> 6] |= std::uint64_t(1) << (key & 63);
    }
}

const AnchorScanner &AnchorScanner::instance()
{
    static const AnchorScanner scanner;
    return scanner;
}

void AnchorScanner::add(std::string_view text,
                        SecretAnchor anchor,
                        bool caseInsensitive,
                        int keyOffset)
{
    const auto key = static_cast<std::uint16_t>(
            bigramKey(static_cast<unsigned char>(text[keyOffset]),
                      static_cast<unsigned char>(text[keyOffset + 1])));
    m_literals.push_back(
            {text, anchor, caseInsensitive, static_cast<std::uint8_t>(keyOffset), key});
    m_maxKeyOffset = std::max(m_maxKeyOffset, std::size_t(keyOffset));
}

bool AnchorScanner::matches(const Literal &literal, const char *start, const char *end) const
{
    if (end - start < static_cast<std::ptrdiff_t>(literal.text.size()))
        return false;
    // Literals are 3 to 15 bytes: a plain loop beats a memcmp call.
    if (!literal.caseInsensitive) {
        for (std::size_t i = 0; i < literal.text.size(); ++i) {
            if (start[i] != literal.text[i])
                return false;
        }
        return true;
    }
    for (std::size_t i = 0; i < literal.text.size(); ++i) {
        if (Fold[static_cast<unsigned char>(start[i])]
            != static_cast<unsigned char>(literal.text[i]))
            return false;
    }
    return true;
}

void AnchorScanner::scan(std::string_view text, std::vector<AnchorHit> &hits) const
{
    scan(text, 0, text.size(), hits);
}

void AnchorScanner::scan(std::string_view text,
                         std::size_t from,
                         std::size_t to,
                         std::vector<AnchorHit> &hits) const
{
    const std::size_t size = text.size();
    to = std::min(to, size);
    if (size < 2 || from >= to)
        return;
    // A literal starting before `to` is keyed by a bigram up to m_maxKeyOffset bytes later.
    const std::size_t keyEnd = std::min(size - 1, to + m_maxKeyOffset);
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const char *begin = text.data();
    const char *end = begin + size;
    const std::size_t firstHit = hits.size();
    bool sorted = true;

    for (std::size_t keyAt = from; keyAt < keyEnd; ++keyAt) {
        const unsigned key = bigramKey(bytes[keyAt], bytes[keyAt + 1]);
        if (!((m_bitmap[key >> 6] >> (key & 63)) & 1)) [[likely]]
            continue;
        for (std::size_t l = m_firstLiteral[key]; l < m_literals.size(); ++l) {
            const Literal &literal = m_literals[l];
            if (literal.key != key)
                break;
            if (keyAt < from + literal.keyOffset)
                continue;
            const std::size_t start = keyAt - literal.keyOffset;
            if (start >= to)
                continue;
            if (!matches(literal, begin + start, end))
                continue;
            if (hits.size() > firstHit && hits.back().offset > start)
                sorted = false;
            hits.push_back({start, literal.anchor, static_cast<std::uint8_t>(literal.text.size())});
        }
    }
    if (!sorted) {
        std::stable_sort(
                hits.begin() + static_cast<std::ptrdiff_t>(firstHit),
                hits.end(),
                [](const AnchorHit &a, const AnchorHit &b) { return a.offset < b.offset; });
    }
}

} // namespace greenlight
