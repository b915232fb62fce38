#include "SupplyChainTools.h"

#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/node/iterator.h>

#include <QRegularExpression>

#include "scan/parsers/YamlNode.h"

using namespace Qt::StringLiterals;

namespace greenlight::SupplyChainTools {
namespace {

constexpr int MaxDepth = 64;
constexpr int MaxNodes = 200000; // far more than any real pipeline; bounds alias bombs

QRegularExpression pattern(const QString &regex)
{
    return QRegularExpression(
            regex, QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
}

const QRegularExpression &sbomPattern()
{
    // `sbom: true` / `--sbom` are docker/build-push-action and `docker buildx build --sbom`.
    static const QRegularExpression regex = pattern(
            uR"(\bsyft\b|anchore/sbom-action|cyclonedx|\bcdxgen\b|\bspdx\b|sbom-tool|--sbom\b)"
            uR"(|\bdocker\s+sbom\b|^\s*sbom:\s*(?!false\b)\S)"_s);
    return regex;
}

const QRegularExpression &signingPattern()
{
    static const QRegularExpression regex
            = pattern(uR"(\bcosign\b|sigstore|notaryproject/notation|\bnotation\s+sign\b)"
                      uR"(|\bgpg2?\b[^\n]*--(sign|detach-sig\w*|clearsign|clear-sign)\b)"
                      uR"(|slsa-github-generator|slsa-framework/|actions/attest|\bminisign\b)"
                      uR"(|\bdocker\s+trust\s+sign\b|\bjarsigner\b)"_s);
    return regex;
}

const QRegularExpression &vulnScanPattern()
{
    static const QRegularExpression regex
            = pattern(uR"(\btrivy\b|\bgrype\b|anchore/scan-action|\bsnyk\b|osv-scanner)"
                      uR"(|dependency-review-action|codeql|\b(npm|yarn|pnpm)\s+audit\b|pip-audit)"
                      uR"(|\bsafety\s+(check|scan)\b|pyupio/safety|\bgovulncheck\b|cargo[- ]audit)"
                      uR"(|bundler?[- ]audit|dependency-check|docker\s+scout\s+cves)"
                      uR"(|\b(sast|dependency-scanning|container-scanning)\.gitlab-ci\.ya?ml)"_s);
    return regex;
}

class Collector
{
public:
    QString take() { return std::move(m_text); }

    void add(const YAML::Node &node, int depth)
    {
        if (depth > MaxDepth || ++m_nodes > MaxNodes || !node.IsDefined())
            return;
        if (node.IsScalar()) {
            line(QString::fromStdString(node.Scalar()));
        } else if (node.IsSequence()) {
            for (auto it = node.begin(); it != node.end(); ++it)
                add(*it, depth + 1);
        } else if (node.IsMap()) {
            for (auto it = node.begin(); it != node.end(); ++it) {
                const QString key = YamlNode::text(it->first);
                if (YamlNode::isScalar(it->second)) {
                    line(key + u": "_s + YamlNode::text(it->second));
                } else {
                    line(key + u':');
                    add(it->second, depth + 1);
                }
            }
        }
    }

private:
    void line(const QString &text)
    {
        m_text.append(text);
        m_text.append(u'\n');
    }

    QString m_text;
    int m_nodes = 0;
};

} // namespace

Controls detect(QStringView text)
{
    Controls found;
    if (sbomPattern().match(text).hasMatch())
        found |= Control::Sbom;
    if (signingPattern().match(text).hasMatch())
        found |= Control::Signing;
    if (vulnScanPattern().match(text).hasMatch())
        found |= Control::VulnScan;
    return found;
}

QString text(const YAML::Node &root)
{
    Collector collector;
    collector.add(root, 0);
    return collector.take();
}

QString toolsFor(Control control)
{
    switch (control) {
    case Control::Sbom:
        return u"syft, anchore/sbom-action, CycloneDX, SPDX, docker buildx --sbom"_s;
    case Control::Signing:
        return u"cosign, Sigstore, Notation, gpg --sign, slsa-github-generator, actions/attest"_s;
    case Control::VulnScan:
        return u"Trivy, Grype, Snyk, OSV-Scanner, dependency-review-action, CodeQL, npm audit, "
               "pip-audit, Safety, GitLab SAST/Dependency-Scanning"_s;
    }
    return {};
}

} // namespace greenlight::SupplyChainTools
