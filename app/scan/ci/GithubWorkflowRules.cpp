#include "GithubWorkflowRules.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringList>

#include "scan/FindingSink.h"
#include "scan/parsers/TextLines.h"
#include "scan/parsers/YamlDocuments.h"
#include "scan/parsers/YamlNode.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString PullRequestTarget = u"ci.pull-request-target"_s;
const QString Permissions = u"ci.permissions"_s;
const QString UnpinnedAction = u"ci.unpinned-action"_s;

// A checkout `ref:` (or `repository:`) naming the pull request's own code rather than the
// base branch: the head commit or branch, the refs/pull/N/* refs, the test-merge commit.
const QRegularExpression &headRefPattern()
{
    static const QRegularExpression regex(
            uR"(pull_request\.head\.(sha|ref|repo)|github\.head_ref|refs/pull/)"
            uR"(|pull_request\.merge_commit_sha)"_s);
    return regex;
}

// The same done by hand in a `run:` script.
const QRegularExpression &runCheckoutPattern()
{
    static const QRegularExpression regex(
            uR"(\bgh\s+pr\s+checkout\b|\bgit\s+(fetch|checkout|pull|switch)\b[^\n]*)"
            uR"((pull_request\.head|head_ref|refs/pull/))"_s);
    return regex;
}

const QRegularExpression &fullShaPattern()
{
    static const QRegularExpression regex(
            QRegularExpression::anchoredPattern(u"[0-9a-fA-F]{40}"_s));
    return regex;
}

QString shown(const QString &value)
{
    constexpr int MaxShown = 80;
    const QString line = value.simplified();
    return line.size() > MaxShown ? line.left(MaxShown) + QChar(0x2026) : line;
}

bool isWriteAll(const YAML::Node &permissions)
{
    return YamlNode::text(permissions).trimmed() == u"write-all"_s;
}

} // namespace

GithubWorkflowRules::Pin GithubWorkflowRules::classifyUses(const QString &uses, QString *ref)
{
    const QString value = uses.trimmed();
    if (ref)
        ref->clear();
    if (value.startsWith(u"./"_s))
        return Pin::Pinned; // in this repository: reviewed with the workflow itself
    if (value.startsWith(u"docker://"_s)) {
        const qsizetype digest = value.indexOf(u"@sha256:"_s);
        if (ref && digest >= 0)
            *ref = value.mid(digest + 1);
        return digest >= 0 ? Pin::Pinned : Pin::Unpinned;
    }
    const qsizetype at = value.lastIndexOf(u'@');
    if (at < 0)
        return Pin::NoRef;
    const QString version = value.mid(at + 1);
    if (ref)
        *ref = version;
    return fullShaPattern().match(version).hasMatch() ? Pin::Pinned : Pin::Unpinned;
}

GithubWorkflowRules::GithubWorkflowRules(const QString &path,
                                         const YamlDocument &document,
                                         const TextLines &lines,
                                         FindingSink &sink)
    : m_path(path)
    , m_document(document)
    , m_lines(lines)
    , m_sink(sink)
{}

void GithubWorkflowRules::checkWorkflow()
{
    if (!YamlNode::isMap(m_document.root))
        return;
    const YAML::Node jobs = YamlNode::child(m_document.root, "jobs");
    checkPermissions(jobs);
    const bool pullRequestTarget = triggeredByPullRequestTarget();
    for (const auto &[key, job] : YamlNode::entries(jobs)) {
        if (pullRequestTarget)
            checkPullRequestTarget(YamlNode::text(key), job);
        checkUses(YamlNode::child(job, "uses")); // a reusable workflow
        checkSteps(YamlNode::child(job, "steps"));
    }
}

void GithubWorkflowRules::checkAction()
{
    checkSteps(YamlNode::path(m_document.root, {"runs", "steps"}));
}

bool GithubWorkflowRules::triggeredByPullRequestTarget() const
{
    const YAML::Node on = YamlNode::child(m_document.root, "on");
    const auto isTarget = [](const YAML::Node &node) {
        return YamlNode::text(node).trimmed() == u"pull_request_target"_s;
    };
    if (YamlNode::isScalar(on))
        return isTarget(on);
    for (const YAML::Node &event : YamlNode::items(on)) {
        if (isTarget(event))
            return true;
    }
    return YamlNode::present(YamlNode::keyNode(on, "pull_request_target"));
}

void GithubWorkflowRules::checkPullRequestTarget(const QString &jobId, const YAML::Node &job)
{
    const QString risk = tr("job '%1' runs on pull_request_target and checks out the pull "
                            "request's code (%2): code from a fork then runs with the "
                            "repository's secrets and a write token");
    for (const YAML::Node &step : YamlNode::items(YamlNode::child(job, "steps"))) {
        const QString uses = YamlNode::text(YamlNode::child(step, "uses")).trimmed();
        if (uses.startsWith(u"actions/checkout"_s, Qt::CaseInsensitive)) {
            const YAML::Node with = YamlNode::child(step, "with");
            for (const char *key : {"ref", "repository"}) {
                const YAML::Node value = YamlNode::child(with, key);
                const QString text = YamlNode::text(value);
                if (headRefPattern().match(text).hasMatch()) {
                    report(PullRequestTarget,
                           value,
                           risk.arg(jobId, QString::fromLatin1(key) + u": "_s + shown(text)));
                    break;
                }
            }
        }
        const YAML::Node run = YamlNode::child(step, "run");
        if (const QRegularExpressionMatch match = runCheckoutPattern().match(YamlNode::text(run));
            match.hasMatch()) {
            reportInScript(PullRequestTarget,
                           run,
                           match.captured(),
                           risk.arg(jobId, u"run: "_s + shown(match.captured())));
        }
    }
}

void GithubWorkflowRules::checkPermissions(const YAML::Node &jobs)
{
    const YAML::Node topKey = YamlNode::keyNode(m_document.root, "permissions");
    const YAML::Node top = YamlNode::child(m_document.root, "permissions");
    if (isWriteAll(top)) {
        report(Permissions,
               top,
               tr("the workflow grants 'permissions: write-all': every job's GITHUB_TOKEN may "
                  "write to the repository, its releases and its packages"));
    }
    QStringList undeclared;
    YAML::Node firstUndeclared;
    for (const auto &[key, job] : YamlNode::entries(jobs)) {
        const QString jobId = YamlNode::text(key);
        const YAML::Node permissions = YamlNode::child(job, "permissions");
        if (isWriteAll(permissions)) {
            report(Permissions,
                   permissions,
                   tr("job '%1' grants 'permissions: write-all': its GITHUB_TOKEN may write to "
                      "the repository, its releases and its packages")
                           .arg(jobId));
        }
        if (!YamlNode::present(YamlNode::keyNode(job, "permissions"))) {
            if (undeclared.isEmpty())
                firstUndeclared = key;
            undeclared.append(u"'%1'"_s.arg(jobId));
        }
    }
    if (!YamlNode::present(topKey) && !undeclared.isEmpty()) {
        report(Permissions,
               firstUndeclared,
               tr("no 'permissions:' at the workflow level and none on job(s) %1: their "
                  "GITHUB_TOKEN gets the repository's default permissions, which may include "
                  "write access")
                       .arg(undeclared.join(u", "_s)));
    }
}

void GithubWorkflowRules::checkSteps(const YAML::Node &steps)
{
    for (const YAML::Node &step : YamlNode::items(steps))
        checkUses(YamlNode::child(step, "uses"));
}

void GithubWorkflowRules::checkUses(const YAML::Node &uses)
{
    if (!YamlNode::isScalar(uses))
        return;
    const QString value = YamlNode::text(uses).trimmed();
    QString ref;
    switch (classifyUses(value, &ref)) {
    case Pin::Pinned:
        return;
    case Pin::NoRef:
        report(UnpinnedAction,
               uses,
               tr("action '%1' names no version: whatever its default branch holds when the "
                  "workflow runs is executed")
                       .arg(shown(value)));
        return;
    case Pin::Unpinned:
        if (value.startsWith(u"docker://"_s)) {
            report(UnpinnedAction,
                   uses,
                   tr("container action '%1' is not pinned by digest (@sha256:...)")
                           .arg(shown(value)));
        } else {
            report(UnpinnedAction,
                   uses,
                   tr("action '%1' is pinned to '%2', a tag or branch that can be moved to "
                      "other code, not to a full 40-character commit SHA")
                           .arg(shown(value), shown(ref)));
        }
        return;
    }
}

void GithubWorkflowRules::report(const QString &ruleId,
                                 const YAML::Node &node,
                                 const QString &message)
{
    reportAt(ruleId, m_document.line(node), m_document.column(node), message);
}

void GithubWorkflowRules::reportInScript(const QString &ruleId,
                                         const YAML::Node &script,
                                         const QString &matched,
                                         const QString &message)
{
    // A block scalar's mark is its `|` indicator: point at the script line that matched.
    const int first = m_document.line(script);
    const QStringView needle = QStringView(matched).left(
            matched.indexOf(u'\n') < 0 ? matched.size() : matched.indexOf(u'\n'));
    const int last
            = std::min(m_lines.count(), first + int(YamlNode::text(script).count(u'\n')) + 1);
    for (int line = first; line > 0 && line <= last; ++line) {
        const qsizetype column = m_lines.line(line).indexOf(needle);
        if (column >= 0) {
            reportAt(ruleId, line, int(column) + 1, message);
            return;
        }
    }
    report(ruleId, script, message);
}

void GithubWorkflowRules::reportAt(const QString &ruleId,
                                   int line,
                                   int column,
                                   const QString &message)
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.message = message;
    finding.location.path = m_path;
    finding.location.line = line;
    finding.location.column = column;
    finding.snippet = m_lines.snippet(line);
    m_sink.report(std::move(finding));
}

} // namespace greenlight
