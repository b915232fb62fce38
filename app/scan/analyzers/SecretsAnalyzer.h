#pragma once

#include <string_view>
#include <vector>

#include <QCoreApplication>

#include "scan/Analyzer.h"
#include "scan/secrets/SecretMatch.h"

namespace greenlight {

// secrets.*: private keys, cloud keys, tokens, URL passwords, high-entropy assignments and
// committed .env files, in every text file but lockfiles, minified bundles, source maps,
// images/archives/fonts and third-party trees (node_modules/, vendor/, bower_components/,
// virtualenvs): their "secrets" are integrity hashes, other people's test keys or noise.
//
// Built for speed: one pass of AnchorScanner over the raw bytes finds the few places a
// secret can start; the detectors run only there, and line numbers are counted only for
// findings. Nothing in clear leaves this class: snippets and messages are masked, the hash
// identifies the secret.
class SecretsAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SecretsAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;

    // The detection core, without Findings: every secret in text, deduplicated, by offset.
    static std::vector<SecretMatch> findSecrets(std::string_view text, QStringView fileName);
    // .env or .env.<anything> but the templates (.env.example, .sample, .template, .dist).
    static bool isCommittedDotenv(QStringView fileName);
    // Files whose syntax allows bare values (KEY=value, key: value): .env, INI, YAML, ...
    static bool allowsUnquotedValues(QStringView fileName);

    static constexpr int MaxFindingsPerFile = 100;

private:
    void reportDotenv(const ScannedFile &file, FindingSink &sink) const;
};

} // namespace greenlight
