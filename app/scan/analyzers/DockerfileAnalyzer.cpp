#include "DockerfileAnalyzer.h"

#include <QMutexLocker>

#include "scan/FindingSink.h"
#include "scan/Redaction.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"
#include "scan/parsers/DockerfileParser.h"
#include "scan/parsers/ImageReference.h"
#include "scan/parsers/SecretNames.h"
#include "scan/parsers/TextLines.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString RootUser = u"docker.root-user"_s;
const QString CopyContext = u"docker.copy-without-dockerignore"_s;
const QString UnpinnedBase = u"docker.unpinned-base-image"_s;
const QString BaseNotDigest = u"docker.base-image-not-digest"_s;
const QString AddRemote = u"docker.add-remote-url"_s;
const QString NoHealthcheck = u"docker.no-healthcheck"_s;
const QString SecretInEnv = u"docker.secret-in-env"_s;

int keywordColumn(const TextLines &lines, int line)
{
    const QStringView text = lines.line(line);
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return int(i) + 1;
}

Finding makeFinding(const QString &ruleId,
                    const QString &path,
                    int line,
                    int column,
                    const QString &message,
                    const QString &snippet)
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.message = message;
    finding.location.path = path;
    finding.location.line = line;
    finding.location.column = column;
    finding.snippet = snippet;
    return finding;
}

QString parentDirectory(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString joinPath(const QString &directory, const QString &name)
{
    return directory.isEmpty() ? name : directory + u'/' + name;
}

bool isRootUser(QStringView user)
{
    const QStringView name = user.left(user.indexOf(u':') < 0 ? user.size() : user.indexOf(u':'));
    return name == u"root" || name == u"0";
}

bool isBuildContext(const QString &source)
{
    return source == u"." || source == u"./" || source == u"*" || source == u"./*";
}

} // namespace

QList<RuleInfo> DockerfileAnalyzer::rules() const
{
    const QString category = u"containers"_s;
    return {
            {RootUser,
             Severity::High,
             tr("Container runs as root"),
             tr("A container whose final stage sets no USER, or sets root, runs its process "
                "as UID 0. A compromise of the application then starts with root inside the "
                "container, one kernel bug away from root on the host."),
             tr("Create an unprivileged user in the final stage (e.g. `RUN useradd -r app`) "
                "and switch to it with `USER app` (or a numeric `USER 10001`) after the "
                "steps that need root."),
             category},
            {CopyContext,
             Severity::High,
             tr("Build context copied without a .dockerignore"),
             tr("`COPY . .` copies the whole build context into the image. Without a "
                ".dockerignore that excludes .git and .env, the image carries the repository "
                "history and local secrets to every registry and host that pulls it."),
             tr("Add a .dockerignore next to the Dockerfile that lists at least `.git` and "
                "`.env` (plus build artifacts such as venv/, __pycache__/, node_modules/), or "
                "copy only the paths the image needs."),
             category},
            {UnpinnedBase,
             Severity::Medium,
             tr("Base image is untagged or :latest"),
             tr("An untagged or `:latest` base image changes under the build without notice: "
                "two builds of the same commit can ship different operating systems, and a "
                "rollback cannot reproduce the image that worked."),
             tr("Pin the base image to an explicit version tag (e.g. `python:3.12-slim`) and "
                "preferably to its digest (`@sha256:...`), updated by a dependency bot."),
             category},
            {BaseNotDigest,
             Severity::Low,
             tr("Base image not pinned by digest"),
             tr("Tags are mutable: the publisher (or an attacker with registry access) can "
                "move them. Only a digest identifies exactly the image that was reviewed and "
                "tested."),
             tr("Append the digest to the tag (`FROM python:3.12-slim@sha256:...`) and let "
                "Dependabot or Renovate propose digest updates."),
             category},
            {AddRemote,
             Severity::Medium,
             tr("ADD downloads a remote URL"),
             tr("`ADD https://...` fetches a file at build time without verifying it, so "
                "the image silently changes when the remote file does, or when the download "
                "is tampered with."),
             tr("Download with `RUN curl -fsSL ... && sha256sum -c`, or use "
                "`ADD --checksum=sha256:...` so the build fails on unexpected content."),
             category},
            {NoHealthcheck,
             Severity::Low,
             tr("No HEALTHCHECK in the image"),
             tr("Without a HEALTHCHECK, Docker and Compose only know whether the process "
                "exists, not whether it serves: a hung application is never restarted and "
                "dependants start against it."),
             tr("Add `HEALTHCHECK CMD ...` probing a cheap readiness endpoint in the final "
                "stage (or define the health check in the orchestrator instead)."),
             category},
            {SecretInEnv,
             Severity::High,
             tr("Secret in ENV or ARG"),
             tr("ENV values and ARG defaults are stored in the image configuration and "
                "history: anyone who can pull the image can read them with `docker "
                "history` or `docker inspect`."),
             tr("Remove the value from the Dockerfile and rotate it. Pass secrets at run time "
                "(environment, mounted files, a secret manager) or at build time with "
                "`RUN --mount=type=secret`."),
             category},
    };
}

bool DockerfileAnalyzer::isDockerIgnoreName(QStringView fileName)
{
    return fileName.endsWith(u".dockerignore", Qt::CaseInsensitive);
}

bool DockerfileAnalyzer::isDockerfileName(QStringView fileName)
{
    const QString name = fileName.toString().toLower();
    if (name.endsWith(u".dockerignore"))
        return false;
    for (const QString &base : {u"dockerfile"_s, u"containerfile"_s}) {
        if (name == base || name.endsWith(u'.' + base))
            return true;
        if (name.endsWith(base) && (name.endsWith(u'-' + base) || name.endsWith(u'_' + base)))
            return true;
        if (name.startsWith(base) && name.size() > base.size()) {
            const QChar separator = name.at(base.size());
            if (separator != u'.' && separator != u'-' && separator != u'_')
                continue;
            // Dockerfile.prod yes; Dockerfile.md or Dockerfile.py (tools about them) no.
            static const QStringList notDockerfiles
                    = {u"md"_s,  u"txt"_s,  u"rst"_s,  u"adoc"_s, u"py"_s,   u"go"_s,
                       u"js"_s,  u"ts"_s,   u"rb"_s,   u"java"_s, u"cpp"_s,  u"h"_s,
                       u"hpp"_s, u"c"_s,    u"cc"_s,   u"rs"_s,   u"sh"_s,   u"json"_s,
                       u"yml"_s, u"yaml"_s, u"toml"_s, u"lock"_s, u"orig"_s, u"rej"_s,
                       u"bak"_s, u"swp"_s,  u"html"_s, u"xml"_s,  u"svg"_s,  u"png"_s};
            const QString extension = name.section(u'.', -1);
            return !name.contains(u'.') || !notDockerfiles.contains(extension);
        }
    }
    return false;
}

bool DockerfileAnalyzer::wants(QStringView, QStringView fileName) const
{
    return isDockerfileName(fileName) || isDockerIgnoreName(fileName);
}

void DockerfileAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    if (isDockerIgnoreName(file.fileName)) {
        DockerIgnore ignore = DockerIgnore::parse(QString::fromUtf8(file.content));
        const QMutexLocker locker(&m_mutex);
        m_ignores.insert(file.path, std::move(ignore));
        return;
    }
    analyzeDockerfile(file, sink);
}

void DockerfileAnalyzer::analyzeDockerfile(const ScannedFile &file, FindingSink &sink)
{
    const QString text = QString::fromUtf8(file.content);
    const Dockerfile dockerfile = DockerfileParser::parse(text);
    if (dockerfile.stages.isEmpty())
        return; // no FROM: a fragment or not a Dockerfile at all
    const TextLines lines(text);
    checkBaseImages(file, dockerfile, lines, sink);
    checkFinalStage(file, dockerfile, lines, sink);
    for (const DockerInstruction &instruction : dockerfile.instructions)
        checkInstruction(file, instruction, lines, sink);
}

void DockerfileAnalyzer::checkBaseImages(const ScannedFile &file,
                                         const Dockerfile &dockerfile,
                                         const TextLines &lines,
                                         FindingSink &sink) const
{
    for (const DockerStage &stage : dockerfile.stages) {
        bool complete = true;
        const QString image = dockerfile.resolvedImage(stage.index, &complete);
        if (!complete || image.isEmpty() || image.compare(u"scratch", Qt::CaseInsensitive) == 0
            || dockerfile.stageNamed(image, stage.index) >= 0) {
            continue; // unresolvable ARG, no base at all, or an earlier stage
        }
        const int line = dockerfile.instructions.at(stage.from).line;
        const QString shown = image == stage.image
                                      ? image
                                      : tr("%1 (resolved from %2)").arg(image, stage.image);
        const ImageReference reference = ImageReference::parse(image);
        if (reference.isFloating()) {
            sink.report(makeFinding(
                    UnpinnedBase,
                    file.path,
                    line,
                    keywordColumn(lines, line),
                    reference.tag.isEmpty()
                            ? tr("base image %1 has no tag (implies :latest)").arg(shown)
                            : tr("base image %1 uses the floating :latest tag").arg(shown),
                    lines.snippet(line)));
        } else if (!reference.hasDigest()) {
            sink.report(
                    makeFinding(BaseNotDigest,
                                file.path,
                                line,
                                keywordColumn(lines, line),
                                tr("base image %1 is pinned by tag only, not by digest").arg(shown),
                                lines.snippet(line)));
        }
    }
}

void DockerfileAnalyzer::checkFinalStage(const ScannedFile &file,
                                         const Dockerfile &dockerfile,
                                         const TextLines &lines,
                                         FindingSink &sink) const
{
    const DockerStage &final = dockerfile.stages.last();
    const int fromLine = dockerfile.instructions.at(final.from).line;
    const QString stageName = final.name.isEmpty() ? QString::number(final.index) : final.name;

    // USER and HEALTHCHECK carry over from a parent stage ("FROM base AS runtime"), so
    // follow the chain of stages until one sets them or an external image starts it.
    int userAt = -1;
    int healthAt = -1;
    int userStage = -1;
    QString externalImage;
    for (int stage = final.index; stage >= 0;) {
        if (userAt < 0) {
            userAt = dockerfile.lastInstruction(stage, u"USER");
            userStage = stage;
        }
        if (healthAt < 0)
            healthAt = dockerfile.lastInstruction(stage, u"HEALTHCHECK");
        bool complete = true;
        const QString image = dockerfile.resolvedImage(stage, &complete);
        const int parent = dockerfile.stageNamed(image, stage);
        if (parent < 0)
            externalImage = complete ? image : QString();
        stage = parent;
    }

    if (userAt >= 0) {
        const DockerInstruction &user = dockerfile.instructions.at(userAt);
        bool complete = true;
        const QString value = DockerfileParser::expand(user.words.value(0),
                                                       dockerfile.variablesAt(userStage, userAt),
                                                       &complete,
                                                       dockerfile.escape);
        if (complete && isRootUser(value)) {
            sink.report(
                    makeFinding(RootUser,
                                file.path,
                                user.line,
                                keywordColumn(lines, user.line),
                                tr("the final stage '%1' runs as USER %2").arg(stageName, value),
                                lines.snippet(user.line)));
        }
    } else if (!externalImage.contains(u"nonroot", Qt::CaseInsensitive)
               && !externalImage.contains(u"rootless", Qt::CaseInsensitive)) {
        // Images built to run unprivileged say so in their tag (distroless ":nonroot").
        sink.report(makeFinding(RootUser,
                                file.path,
                                fromLine,
                                keywordColumn(lines, fromLine),
                                tr("the final stage '%1' never sets USER, so the container runs "
                                   "as root")
                                        .arg(stageName),
                                lines.snippet(fromLine)));
    }

    const bool healthDisabled = healthAt >= 0
                                && dockerfile.instructions.at(healthAt).words.value(0).compare(
                                           u"NONE", Qt::CaseInsensitive)
                                           == 0;
    if (healthAt < 0 || healthDisabled) {
        const int line = healthDisabled ? dockerfile.instructions.at(healthAt).line : fromLine;
        sink.report(makeFinding(
                NoHealthcheck,
                file.path,
                line,
                keywordColumn(lines, line),
                healthDisabled ? tr("the final stage '%1' disables the health check "
                                    "(HEALTHCHECK NONE)")
                                         .arg(stageName)
                               : tr("the final stage '%1' has no HEALTHCHECK").arg(stageName),
                lines.snippet(line)));
    }
}

void DockerfileAnalyzer::checkInstruction(const ScannedFile &file,
                                          const DockerInstruction &instruction,
                                          const TextLines &lines,
                                          FindingSink &sink)
{
    const QString &keyword = instruction.keyword;
    if (keyword == u"ENV" || keyword == u"ARG") {
        checkSecrets(file, instruction, lines, sink);
        return;
    }
    if ((keyword != u"COPY" && keyword != u"ADD") || instruction.words.size() < 2
        || !instruction.heredocs.isEmpty()) {
        return;
    }
    const QStringList sources = instruction.words.first(instruction.words.size() - 1);
    const int column = keywordColumn(lines, instruction.line);
    if (keyword == u"ADD" && !instruction.hasFlag(u"checksum")) {
        for (const QString &source : sources) {
            if (source.startsWith(u"http://", Qt::CaseInsensitive)
                || source.startsWith(u"https://", Qt::CaseInsensitive)) {
                sink.report(makeFinding(
                        AddRemote,
                        file.path,
                        instruction.line,
                        column,
                        tr("ADD downloads %1 without verifying its checksum").arg(source),
                        lines.snippet(instruction.line)));
                break;
            }
        }
    }
    // COPY --from copies out of another stage or image, not out of the build context.
    if (instruction.hasFlag(u"from")
        || std::none_of(sources.begin(), sources.end(), isBuildContext)) {
        return;
    }
    ContextCopy copy{file.path,
                     instruction.line,
                     column,
                     keyword + u' ' + instruction.words.join(u' '),
                     lines.snippet(instruction.line)};
    const QMutexLocker locker(&m_mutex);
    m_copies.append(copy);
}

void DockerfileAnalyzer::checkSecrets(const ScannedFile &file,
                                      const DockerInstruction &instruction,
                                      const TextLines &lines,
                                      FindingSink &sink) const
{
    QList<std::pair<QString, QString>> assignments;
    const QStringList &words = instruction.words;
    if (instruction.keyword == u"ENV" && !words.isEmpty() && !words.first().contains(u'=')) {
        assignments.append({words.first(), words.mid(1).join(u' ')}); // legacy `ENV KEY value`
    } else {
        for (const QString &word : words) {
            const qsizetype equals = word.indexOf(u'=');
            if (equals > 0)
                assignments.append({word.left(equals), word.mid(equals + 1)});
        }
    }
    for (const auto &[name, value] : assignments) {
        if (!SecretNames::looksSecret(name) || SecretNames::isPlaceholder(value))
            continue;
        // Point at (and redact) the physical line that holds the value.
        int line = instruction.line;
        QString snippet;
        for (int number = instruction.line; number <= instruction.endLine; ++number) {
            if (lines.line(number).contains(value)) {
                line = number;
                break;
            }
        }
        QString text = lines.line(line).trimmed().toString();
        for (qsizetype at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1))
            text = Redaction::redactSpan(text, at, value.size());
        if (!text.contains(Redaction::mask(value)))
            text = instruction.keyword + u' ' + name + u'=' + Redaction::mask(value);
        snippet = TextLines::snippetOf(text);

        Finding finding = makeFinding(
                SecretInEnv,
                file.path,
                line,
                keywordColumn(lines, line),
                instruction.keyword == u"ENV"
                        ? tr("ENV %1 holds a literal secret, readable by anyone who can pull "
                             "the image")
                                  .arg(name)
                        : tr("ARG %1 has a literal secret as its default, kept in the image "
                             "history")
                                  .arg(name),
                snippet);
        finding.secretHash = Redaction::secretHash(value);
        sink.report(finding);
    }
}

QString DockerfileAnalyzer::contextProblem(const RepositoryIndex &repository,
                                           const QString &dockerfile) const
{
    // BuildKit reads <Dockerfile>.dockerignore first, then the context's .dockerignore. The
    // context is usually the Dockerfile's directory, but builds from a parent directory
    // (`docker build -f docker/Dockerfile .`) are common: take the nearest one upwards.
    const QString directory = parentDirectory(dockerfile);
    QStringList candidates{dockerfile + u".dockerignore"_s};
    for (QString dir = directory;; dir = parentDirectory(dir)) {
        candidates.append(joinPath(dir, u".dockerignore"_s));
        if (dir.isEmpty())
            break;
    }
    for (const QString &candidate : candidates) {
        const auto it = m_ignores.constFind(candidate);
        if (it == m_ignores.constEnd()) {
            if (repository.contains(candidate))
                return {}; // exists but was not readable as text: give it the benefit
            continue;
        }
        const bool git = it->excludes(u".git"_s) || it->excludes(u".git/HEAD"_s);
        const bool env = it->excludes(u".env"_s);
        if (git && env)
            return {};
        if (!git && !env)
            return tr("%1 excludes neither .git nor .env").arg(candidate);
        return tr("%1 does not exclude %2").arg(candidate, git ? u".env"_s : u".git"_s);
    }
    return tr("there is no .dockerignore next to the Dockerfile");
}

void DockerfileAnalyzer::finish(const RepositoryIndex &repository, FindingSink &sink)
{
    const QMutexLocker locker(&m_mutex);
    for (const ContextCopy &copy : std::as_const(m_copies)) {
        const QString problem = contextProblem(repository, copy.path);
        if (problem.isEmpty())
            continue;
        sink.report(makeFinding(CopyContext,
                                copy.path,
                                copy.line,
                                copy.column,
                                tr("%1 copies the whole build context, but %2")
                                        .arg(copy.instruction.left(80), problem),
                                copy.snippet));
    }
}

} // namespace greenlight
