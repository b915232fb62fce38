#include "SecretRuleCatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("greenlight::SecretRuleCatalog", text);
}

RuleInfo rule(
        QString id, Severity severity, const char *title, const char *rationale, const char *fix)
{
    RuleInfo info;
    info.id = std::move(id);
    info.severity = severity;
    info.title = tr(title);
    info.rationale = tr(rationale);
    info.fix = tr(fix);
    info.category = u"secrets"_s;
    return info;
}

} // namespace

QList<RuleInfo> SecretRuleCatalog::rules()
{
    const char *rotate = QT_TRANSLATE_NOOP(
            "greenlight::SecretRuleCatalog",
            "Treat the value as leaked: revoke or rotate it at the provider first, then remove "
            "it from the code and load it at run time from a secret store or the environment "
            "(Vault, AWS Secrets Manager, Kubernetes Secrets, CI secrets). Deleting the line is "
            "not enough: it stays in the git history, so rotation is what closes the hole.");
    return {
            rule(u"secrets.private-key"_s,
                 Severity::Critical,
                 QT_TRANSLATE_NOOP("greenlight::SecretRuleCatalog", "Private key committed"),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "A PEM/OpenSSH/PGP private key with its key material is in the "
                         "repository. Anyone who can read the repository, its forks, clones, CI "
                         "caches or backups can impersonate the server or user the key belongs "
                         "to, or decrypt traffic it protected. Public keys and certificates are "
                         "not reported."),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "Revoke and reissue the key pair (a deleted file stays in the git "
                         "history), mount the new key at deploy time from a secret store, and "
                         "add *.pem/*.key/id_* patterns to .gitignore. Test fixtures should use "
                         "keys generated at test time.")),
            rule(u"secrets.cloud-key"_s,
                 Severity::Critical,
                 QT_TRANSLATE_NOOP("greenlight::SecretRuleCatalog",
                                   "Cloud provider credential committed"),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "An AWS access key id or secret access key, a GCP API key or "
                         "service-account key, or an Azure storage account key or SAS signature "
                         "is in clear in the repository. Cloud credentials are scanned for by "
                         "attackers within minutes of a push and give direct access to data and "
                         "billing. Documented example keys (AKIAIOSFODNN7EXAMPLE, the Azure "
                         "emulator key) are not reported."),
                 rotate),
            rule(u"secrets.token"_s,
                 Severity::High,
                 QT_TRANSLATE_NOOP("greenlight::SecretRuleCatalog", "API token committed"),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "A GitHub, GitLab, Slack, Stripe or OpenAI-style token (or a Slack "
                         "webhook URL) is in clear in the repository. These tokens act with the "
                         "full rights of the account or integration that issued them."),
                 rotate),
            rule(u"secrets.url-password"_s,
                 Severity::High,
                 QT_TRANSLATE_NOOP("greenlight::SecretRuleCatalog", "Password in a connection URL"),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "A URL of the form scheme://user:password@host carries a literal "
                         "password (database, broker, cache or git remote). It is also printed "
                         "wherever the URL is logged. Interpolated passwords (${DB_PASSWORD}, "
                         "%s, {password}) and placeholders are not reported."),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "Rotate the password, then build the URL at run time from a secret "
                         "(DATABASE_URL injected from a secret store, or the password in its own "
                         "environment variable) so the repository only holds the template.")),
            rule(u"secrets.generic-assignment"_s,
                 Severity::Medium,
                 QT_TRANSLATE_NOOP("greenlight::SecretRuleCatalog",
                                   "Hard-coded password or secret"),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "A variable or key named like a credential (password, secret, token, "
                         "api_key, access_key, client_secret) is assigned a literal whose "
                         "randomness (Shannon entropy per character, character variety) says it "
                         "is a real secret rather than a word, reference or placeholder. "
                         "Hard-coded credentials are shared by every environment and cannot be "
                         "rotated without a release."),
                 rotate),
            rule(u"secrets.dotenv-committed"_s,
                 Severity::High,
                 QT_TRANSLATE_NOOP("greenlight::SecretRuleCatalog", ".env file committed"),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "A .env file with values is tracked in the repository (the scan honours "
                         ".gitignore, so an ignored .env is not reported). .env files hold the "
                         "local or deployed configuration, usually including credentials, and "
                         "end up in images built with COPY . . as well. Templates named "
                         ".env.example, .env.sample, .env.template or .env.dist are fine."),
                 QT_TRANSLATE_NOOP(
                         "greenlight::SecretRuleCatalog",
                         "Remove the file from git (git rm --cached .env), add .env and .env.* "
                         "(with !.env.example) to .gitignore and .dockerignore, commit a "
                         ".env.example with placeholder values, and rotate every credential the "
                         "committed file held.")),
    };
}

} // namespace greenlight
