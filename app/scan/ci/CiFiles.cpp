#include "CiFiles.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace greenlight::CiFiles {
namespace {

bool hasYamlSuffix(QStringView name)
{
    return name.endsWith(u".yml"_s) || name.endsWith(u".yaml"_s);
}

bool isDirectChildOf(QStringView path, QStringView folder)
{
    return path.startsWith(folder) && !path.mid(folder.size()).contains(u'/');
}

bool isOtherPipeline(QStringView path, QStringView fileName)
{
    // Root-level names the CI services read by default.
    static const QStringView rootNames[] = {
            u".travis.yml",
            u"azure-pipelines.yml",
            u"azure-pipelines.yaml",
            u"bitbucket-pipelines.yml",
            u".drone.yml",
            u".woodpecker.yml",
            u"cloudbuild.yaml",
            u"cloudbuild.yml",
            u"buildspec.yml",
    };
    for (const QStringView name : rootNames) {
        if (path == name)
            return true;
    }
    return path == u".circleci/config.yml"_s || path == u".buildkite/pipeline.yml"_s
           || (isDirectChildOf(path, u".woodpecker/") && hasYamlSuffix(fileName))
           || (isDirectChildOf(path, u".tekton/") && hasYamlSuffix(fileName))
           || fileName == u"Jenkinsfile"_s || fileName.startsWith(u"Jenkinsfile."_s);
}

} // namespace

Kind classify(QStringView path, QStringView fileName)
{
    if (isDirectChildOf(path, u".github/workflows/") && hasYamlSuffix(fileName))
        return Kind::GithubWorkflow;
    if ((fileName == u"action.yml"_s || fileName == u"action.yaml"_s)
        && (path == fileName || path.startsWith(u".github/"_s)))
        return Kind::GithubAction;
    if (fileName.endsWith(u".gitlab-ci.yml"_s) || fileName.endsWith(u".gitlab-ci.yaml"_s)
        || (path.startsWith(u".gitlab/ci/"_s) && hasYamlSuffix(fileName)))
        return Kind::GitlabCi;
    if (isOtherPipeline(path, fileName))
        return Kind::OtherCi;
    if (path == u"package.json"_s)
        return Kind::PackageJson;
    return Kind::None;
}

bool isYaml(Kind kind)
{
    return kind == Kind::GithubWorkflow || kind == Kind::GithubAction || kind == Kind::GitlabCi;
}

bool isPipeline(Kind kind)
{
    return kind == Kind::GithubWorkflow || kind == Kind::GitlabCi || kind == Kind::OtherCi;
}

bool isDependencyUpdateConfig(QStringView path)
{
    static const QStringView names[] = {
            u".github/dependabot.yml",
            u".github/dependabot.yaml",
            u"renovate.json",
            u"renovate.json5",
            u".renovaterc",
            u".renovaterc.json",
            u".renovaterc.json5",
            u".github/renovate.json",
            u".github/renovate.json5",
            u".gitlab/renovate.json",
            u".gitlab/renovate.json5",
    };
    for (const QStringView name : names) {
        if (path == name)
            return true;
    }
    return false;
}

} // namespace greenlight::CiFiles
