#include "ComposeAnalyzer.h"

#include <yaml-cpp/node/impl.h>

#include <QRegularExpression>

#include "scan/FindingSink.h"
#include "scan/Redaction.h"
#include "scan/ScannedFile.h"
#include "scan/parsers/SecretNames.h"
#include "scan/parsers/TextLines.h"
#include "scan/parsers/YamlDocuments.h"
#include "scan/parsers/YamlNode.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString Privileged = u"compose.privileged"_s;
const QString HostNetwork = u"compose.host-network"_s;
const QString HardcodedPassword = u"compose.hardcoded-password"_s;
const QString NoHealthcheck = u"compose.no-healthcheck"_s;
const QString NoResourceLimits = u"compose.no-resource-limits"_s;
const QString NoStopGracePeriod = u"compose.no-stop-grace-period"_s;

// A command line or image that serves requests, so stopping it should drain them first.
bool looksLikeServer(const QString &text)
{
    static const QRegularExpression server(
            u"\\b(gunicorn|uvicorn|hypercorn|daphne|uwsgi|waitress|node|npm|yarn|pm2|deno|"
            "bun|java|nginx|httpd|apache2|caddy|traefik|envoy|haproxy|puma|unicorn|rails|"
            "php-fpm|dotnet|runserver|flask|next|kestrel|tomcat|catalina|jetty)\\b"_s,
            QRegularExpression::CaseInsensitiveOption);
    return server.match(text).hasMatch();
}

// A command/entrypoint in either string or list form, as one string.
QString commandText(const YAML::Node &node)
{
    if (YamlNode::isScalar(node))
        return YamlNode::text(node);
    QStringList parts;
    for (const YAML::Node &part : YamlNode::items(node))
        parts.append(YamlNode::text(part));
    return parts.join(u' ');
}

bool hasEntries(const YAML::Node &node)
{
    return (YamlNode::isMap(node) && node.size() > 0)
           || (YamlNode::isSequence(node) && node.size() > 0)
           || (YamlNode::isScalar(node) && !YamlNode::text(node).isEmpty());
}

} // namespace

QList<RuleInfo> ComposeAnalyzer::rules() const
{
    const QString category = u"compose"_s;
    return {
            {Privileged,
             Severity::High,
             tr("Compose service runs privileged"),
             tr("`privileged: true` gives the container every capability and access to all "
                "host devices: a compromise of the service is a compromise of the host."),
             tr("Remove `privileged: true`; grant only the capabilities the service needs "
                "with `cap_add` (after `cap_drop: [ALL]`) and map single devices with "
                "`devices`."),
             category},
            {HostNetwork,
             Severity::Medium,
             tr("Compose service uses the host network"),
             tr("`network_mode: host` removes network isolation: the service can reach (and "
                "bind) every host interface and port, including services meant to be local."),
             tr("Use a bridge network and publish only the ports that must be reachable with "
                "`ports:`."),
             category},
            {HardcodedPassword,
             Severity::High,
             tr("Hard-coded secret in Compose environment"),
             tr("A password or token written into a Compose file is in the repository "
                "history for good and shared with everyone who can read it; it also tends to "
                "be reused across environments."),
             tr("Reference the value instead (`${DB_PASSWORD}` from an untracked .env or the "
                "deployment environment) or use Compose `secrets:`; rotate the exposed "
                "value."),
             category},
            {NoHealthcheck,
             Severity::Low,
             tr("Compose service without healthcheck"),
             tr("Without a healthcheck, Compose cannot tell a hung service from a healthy "
                "one, and `depends_on: condition: service_healthy` cannot order start-up. "
                "The image may define one, which a repository scan cannot see."),
             tr("Add a `healthcheck:` with a cheap `test` (e.g. an HTTP readiness endpoint), "
                "`interval`, `timeout` and `retries`, unless the image already defines one."),
             category},
            {NoResourceLimits,
             Severity::Medium,
             tr("Compose service without resource limits"),
             tr("A service without memory and CPU limits can starve every other service on "
                "the host: one leak or traffic spike takes the whole machine down."),
             tr("Set `deploy.resources.limits` (memory and cpus), or `mem_limit` and `cpus` "
                "for the classic Compose format."),
             category},
            {NoStopGracePeriod,
             Severity::Low,
             tr("No stop_grace_period for a serving service"),
             tr("Compose sends SIGTERM and kills the container 10 seconds later. A server that "
                "needs longer to drain in-flight requests or flush work loses them on every "
                "deploy."),
             tr("Set `stop_grace_period` to the drain time the application needs (e.g. "
                "`45s`, aligned with the server's graceful timeout) and, if needed, "
                "`stop_signal`."),
             category},
    };
}

bool ComposeAnalyzer::isComposeFileName(QStringView fileName)
{
    const QString name = fileName.toString().toLower();
    if (!name.endsWith(u".yml") && !name.endsWith(u".yaml"))
        return false;
    for (const QString &base : {u"docker-compose"_s, u"compose"_s}) {
        if (!name.startsWith(base))
            continue;
        const QChar next = name.at(base.size()); // exists: the extension follows
        if (next == u'.' || next == u'-' || next == u'_')
            return true;
    }
    return false;
}

bool ComposeAnalyzer::wants(QStringView, QStringView fileName) const
{
    return isComposeFileName(fileName);
}

void ComposeAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    const YamlDocuments yaml = YamlDocuments::parse(file.content);
    if (yaml.hasErrors()) {
        sink.note(file.path, tr("not valid YAML, skipped (%1)").arg(yaml.firstErrorText()));
        return;
    }
    const TextLines lines(file.content);
    const bool production = file.fileName.contains(u"prod", Qt::CaseInsensitive);
    for (const YamlDocument &document : yaml.documents()) {
        const YAML::Node services = YamlNode::child(document.root, "services");
        const Context context{file, document, lines, sink, production};
        for (const auto &[name, service] : YamlNode::entries(services)) {
            if (YamlNode::isMap(service))
                checkService(context, name, service);
        }
    }
}

void ComposeAnalyzer::checkService(const Context &context,
                                   const YAML::Node &nameNode,
                                   const YAML::Node &service) const
{
    using namespace YamlNode;
    const QString name = text(nameNode);

    if (boolean(child(service, "privileged")).value_or(false)) {
        report(context,
               Privileged,
               keyNode(service, "privileged"),
               tr("service '%1' runs privileged").arg(name));
    }
    if (text(child(service, "network_mode")).trimmed() == u"host") {
        report(context,
               HostNetwork,
               keyNode(service, "network_mode"),
               tr("service '%1' shares the host's network namespace").arg(name));
    }
    checkEnvironment(context, name, child(service, "environment"), false);
    checkEnvironment(context, name, path(service, {"build", "args"}), true);

    const YAML::Node healthcheck = child(service, "healthcheck");
    const QString test = commandText(child(healthcheck, "test")).trimmed();
    const bool disabled = boolean(child(healthcheck, "disable")).value_or(false)
                          || test.compare(u"NONE", Qt::CaseInsensitive) == 0;
    if (!present(healthcheck) || disabled) {
        report(context,
               NoHealthcheck,
               disabled ? keyNode(service, "healthcheck") : nameNode,
               disabled ? tr("service '%1' disables its healthcheck").arg(name)
                        : tr("service '%1' has no healthcheck").arg(name));
    }

    const bool limited = hasEntries(path(service, {"deploy", "resources", "limits"}))
                         || present(child(service, "mem_limit")) || present(child(service, "cpus"));
    if (!limited) {
        report(context,
               NoResourceLimits,
               nameNode,
               tr("service '%1' has no memory or CPU limits").arg(name));
    }

    if (!present(child(service, "stop_grace_period"))) {
        const bool serves = hasEntries(child(service, "ports"))
                            || looksLikeServer(commandText(child(service, "command")))
                            || looksLikeServer(commandText(child(service, "entrypoint")))
                            || looksLikeServer(text(child(service, "image")).section(u'/', -1));
        if (serves || context.production) {
            report(context,
                   NoStopGracePeriod,
                   nameNode,
                   serves ? tr("service '%1' serves requests but has no stop_grace_period "
                               "(default: killed 10 s after SIGTERM)")
                                    .arg(name)
                          : tr("service '%1' in a production file has no stop_grace_period "
                               "(default: killed 10 s after SIGTERM)")
                                    .arg(name));
        }
    }
}

void ComposeAnalyzer::checkEnvironment(const Context &context,
                                       const QString &service,
                                       const YAML::Node &environment,
                                       bool buildArgs) const
{
    // (name, value, node holding the value) in either the mapping or the list form.
    QList<std::tuple<QString, QString, YAML::Node>> variables;
    for (const auto &[key, value] : YamlNode::entries(environment)) {
        if (YamlNode::isScalar(value))
            variables.append({YamlNode::text(key), YamlNode::text(value), value});
    }
    for (const YAML::Node &item : YamlNode::items(environment)) {
        const QString entry = YamlNode::text(item);
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0)
            variables.append({entry.left(equals).trimmed(), entry.mid(equals + 1), item});
    }

    for (const auto &[name, value, node] : variables) {
        if (!SecretNames::looksSecret(name) || SecretNames::isPlaceholder(value))
            continue;
        const int line = context.document.line(node);
        QString snippet = context.lines.line(line).trimmed().toString();
        for (qsizetype at = snippet.indexOf(value); at >= 0 && !value.isEmpty();
             at = snippet.indexOf(value, at + 1)) {
            snippet = Redaction::redactSpan(snippet, at, value.size());
        }
        if (!snippet.contains(Redaction::mask(value)))
            snippet = name + u": "_s + Redaction::mask(value); // value spans several lines

        Finding finding;
        finding.ruleId = HardcodedPassword;
        finding.message
                = buildArgs ? tr("service '%1' passes a literal secret in build arg %2")
                                      .arg(service, name)
                            : tr("service '%1' sets %2 to a literal secret").arg(service, name);
        finding.location.path = context.file.path;
        finding.location.line = line;
        finding.location.column = context.document.column(node);
        finding.snippet = TextLines::snippetOf(snippet);
        finding.secretHash = Redaction::secretHash(value);
        context.sink.report(finding);
    }
}

void ComposeAnalyzer::report(const Context &context,
                             const QString &ruleId,
                             const YAML::Node &at,
                             const QString &message) const
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.message = message;
    finding.location.path = context.file.path;
    finding.location.line = context.document.line(at);
    finding.location.column = context.document.column(at);
    finding.snippet = context.lines.snippet(finding.location.line);
    context.sink.report(finding);
}

} // namespace greenlight
