#pragma once

#include <QStringView>

namespace greenlight::CiFiles {

// What a path is to the CI rules. Only the place and name decide: GitHub reads workflows
// from .github/workflows/ (not its subfolders), GitLab starts from .gitlab-ci.yml.
enum class Kind {
    None,
    GithubWorkflow, // .github/workflows/*.yml|yaml
    GithubAction,   // action.yml|yaml at the root or under .github/ (composite actions)
    GitlabCi,       // .gitlab-ci.yml, *.gitlab-ci.yml, .gitlab/ci/*.yml
    OtherCi,        // Jenkinsfile, CircleCI, Azure Pipelines, Travis, Bitbucket, Drone, ...
    PackageJson,    // the root package.json, which may hold a "renovate" configuration
};

Kind classify(QStringView path, QStringView fileName);
bool isYaml(Kind kind);
// A file that makes a repository "have CI" (workflows and pipelines, not actions alone).
bool isPipeline(Kind kind);
// Dependabot or Renovate configuration files (package.json is looked into separately).
bool isDependencyUpdateConfig(QStringView path);

} // namespace greenlight::CiFiles
