#include "CiWorkflowAnalyzer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include "scan/FindingSink.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"
#include "scan/ci/CiFiles.h"
#include "scan/ci/GithubWorkflowRules.h"
#include "scan/parsers/TextLines.h"
#include "scan/parsers/YamlDocuments.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using SupplyChainTools::Control;

const QString NoSbom = u"ci.no-sbom"_s;
const QString NoSigning = u"ci.no-signing"_s;
const QString NoVulnScan = u"ci.no-vuln-scan"_s;
const QString NoDependencyUpdates = u"ci.no-dependency-updates"_s;

Finding repositoryFinding(const QString &ruleId, const QString &message)
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.message = message;
    return finding;
}

} // namespace

QList<RuleInfo> CiWorkflowAnalyzer::rules() const
{
    const QString category = u"ci"_s;
    return {
            {u"ci.pull-request-target"_s,
             Severity::High,
             tr("pull_request_target workflow checks out pull request code"),
             tr("pull_request_target runs in the context of the base repository, with its "
                "secrets and a write token; checking out and building the pull request's head "
                "runs a stranger's code with them (\"pwn request\")."),
             tr("Use the pull_request trigger for anything that builds or runs the pull "
                "request's code; keep pull_request_target for labelling and commenting, "
                "without checking out the head, or split the work with workflow_run."),
             category},
            {u"ci.permissions"_s,
             Severity::Medium,
             tr("Workflow token permissions are write-all or undeclared"),
             tr("Without a permissions block the GITHUB_TOKEN gets the repository's default, "
                "often read-write on everything; a compromised step or action can then push "
                "code, create releases or publish packages."),
             tr("Declare `permissions: contents: read` at the workflow level and grant "
                "further scopes (packages: write, id-token: write, ...) only to the jobs "
                "that need them."),
             category},
            {u"ci.unpinned-action"_s,
             Severity::Medium,
             tr("Action not pinned to a commit SHA"),
             tr("Tags and branches can be moved: whoever controls the action's repository "
                "(or steals access to it) changes the code your pipeline runs, with its "
                "secrets, as happened with tj-actions/changed-files in 2025."),
             tr("Pin every third-party action to a full 40-character commit SHA and keep the "
                "version in a comment (`uses: actions/checkout@<sha> # v4.2.2`); let "
                "Dependabot or Renovate update the pins."),
             category},
            {NoSbom,
             Severity::Medium,
             tr("CI does not generate an SBOM"),
             tr("Without a software bill of materials nobody can tell quickly whether a "
                "released artifact contains a newly disclosed vulnerable component."),
             tr("Generate an SBOM for every release artifact and image in CI (syft or "
                "anchore/sbom-action, CycloneDX tooling, `docker buildx build --sbom=true`) "
                "and publish it with the release."),
             category,
             true},
            {NoSigning,
             Severity::Medium,
             tr("CI does not sign artifacts or images"),
             tr("Unsigned images and artifacts cannot be verified at deploy time, so a "
                "tampered or substituted artifact is deployed like the real one."),
             tr("Sign images and artifacts in CI (cosign keyless signing with Sigstore, "
                "Notation, gpg) or attest provenance (actions/attest-build-provenance, "
                "slsa-github-generator), and verify signatures before deploying."),
             category,
             true},
            {NoVulnScan,
             Severity::High,
             tr("CI does not scan for known vulnerabilities"),
             tr("Dependencies and base images with known, exploitable vulnerabilities reach "
                "production unnoticed when no pipeline step looks for them."),
             tr("Add a vulnerability scan that fails the build on serious findings: Trivy or "
                "Grype for images, OSV-Scanner, npm audit, pip-audit or Snyk for dependencies, "
                "dependency-review-action on pull requests, GitLab's Dependency-Scanning "
                "template."),
             category,
             true},
            {NoDependencyUpdates,
             Severity::Low,
             tr("No automated dependency updates"),
             tr("Without Dependabot or Renovate, security fixes in dependencies and pinned "
                "actions arrive only when someone remembers to look."),
             tr("Add .github/dependabot.yml (package ecosystems plus github-actions) or a "
                "Renovate configuration (renovate.json)."),
             category,
             true},
    };
}

bool CiWorkflowAnalyzer::wants(QStringView path, QStringView fileName) const
{
    return CiFiles::classify(path, fileName) != CiFiles::Kind::None;
}

void CiWorkflowAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    const CiFiles::Kind kind = CiFiles::classify(file.path, file.fileName);
    SupplyChainTools::Controls controls;
    bool renovate = false;
    if (kind == CiFiles::Kind::PackageJson)
        renovate = packageJsonConfiguresRenovate(file.content);
    else if (CiFiles::isYaml(kind))
        controls = analyzeYaml(file, sink);
    else if (kind == CiFiles::Kind::OtherCi) // Groovy, ...: the tools' names are enough
        controls = SupplyChainTools::detect(QString::fromUtf8(file.content));

    const QMutexLocker lock(&m_mutex);
    m_controls |= controls;
    m_renovateInPackageJson = m_renovateInPackageJson || renovate;
}

SupplyChainTools::Controls CiWorkflowAnalyzer::analyzeYaml(const ScannedFile &file,
                                                           FindingSink &sink)
{
    const CiFiles::Kind kind = CiFiles::classify(file.path, file.fileName);
    const YamlDocuments yaml = YamlDocuments::parse(file.content);
    SupplyChainTools::Controls controls;
    if (yaml.hasErrors()) {
        sink.note(file.path, tr("not valid YAML, CI rules skipped: %1").arg(yaml.firstErrorText()));
        // Still look for the tools, so one broken file does not hide a pipeline's scanner.
        controls |= SupplyChainTools::detect(QString::fromUtf8(file.content));
    }
    const TextLines lines(file.content);
    for (const YamlDocument &document : yaml.documents()) {
        GithubWorkflowRules rules(file.path, document, lines, sink);
        if (kind == CiFiles::Kind::GithubWorkflow)
            rules.checkWorkflow();
        else if (kind == CiFiles::Kind::GithubAction)
            rules.checkAction();
        controls |= SupplyChainTools::detect(SupplyChainTools::text(document.root));
    }
    return controls;
}

bool CiWorkflowAnalyzer::packageJsonConfiguresRenovate(const QByteArray &content)
{
    const QJsonDocument json = QJsonDocument::fromJson(content);
    return json.isObject() && json.object().contains(u"renovate"_s);
}

void CiWorkflowAnalyzer::finish(const RepositoryIndex &repository, FindingSink &sink)
{
    reportMissingControls(repository, sink);

    bool updates = m_renovateInPackageJson;
    for (const QString &path : repository.paths)
        updates = updates || CiFiles::isDependencyUpdateConfig(path);
    if (!updates) {
        sink.report(repositoryFinding(
                NoDependencyUpdates,
                tr("no dependency update tool is configured: looked for .github/dependabot.yml, "
                   "renovate.json(5), .renovaterc(.json), .github/renovate.json and a "
                   "\"renovate\" key in package.json")));
    }
}

void CiWorkflowAnalyzer::reportMissingControls(const RepositoryIndex &repository,
                                               FindingSink &sink) const
{
    int pipelines = 0;
    for (const QString &path : repository.paths) {
        const qsizetype slash = path.lastIndexOf(u'/');
        if (CiFiles::isPipeline(CiFiles::classify(path, QStringView(path).mid(slash + 1))))
            ++pipelines;
    }
    struct Missing
    {
        Control control;
        const QString &ruleId;
        QString what;
    };
    const Missing controls[] = {
            {Control::Sbom, NoSbom, tr("generates an SBOM")},
            {Control::Signing, NoSigning, tr("signs artifacts or images")},
            {Control::VulnScan, NoVulnScan, tr("scans for known vulnerabilities")},
    };
    for (const Missing &missing : controls) {
        if (m_controls.testFlag(missing.control))
            continue;
        if (pipelines == 0) {
            sink.report(repositoryFinding(
                    missing.ruleId,
                    tr("no CI configuration found (looked for .github/workflows/*.yml, "
                       ".gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines, Travis, "
                       "Bitbucket, Drone, ...), so nothing %1")
                            .arg(missing.what)));
        } else {
            sink.report(repositoryFinding(
                    missing.ruleId,
                    tr("no step in the %n CI file(s) %1: looked for %2", nullptr, pipelines)
                            .arg(missing.what, SupplyChainTools::toolsFor(missing.control))));
        }
    }
}

} // namespace greenlight
