#include "TreeBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace greenlight::test {

TreeBuilder::TreeBuilder() = default;

TreeBuilder::TreeBuilder(const Tree &tree)
{
    write(tree);
}

bool TreeBuilder::write(const Tree &tree)
{
    bool ok = m_dir.isValid();
    for (auto it = tree.cbegin(); ok && it != tree.cend(); ++it)
        ok = writeFile(it.key(), it.value());
    return ok;
}

bool TreeBuilder::writeFile(const QString &relativePath, const QByteArray &content)
{
    const QString path = m_dir.filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

bool TreeBuilder::remove(const QString &relativePath)
{
    return QFile::remove(m_dir.filePath(relativePath));
}

bool TreeBuilder::gitAvailable()
{
    return !QStandardPaths::findExecutable(u"git"_s).isEmpty();
}

bool TreeBuilder::gitInit()
{
    return git({u"init"_s, u"--quiet"_s, u"--initial-branch=main"_s});
}

bool TreeBuilder::gitCommitAll(const QString &message)
{
    return git({u"add"_s, u"--all"_s}) && git({u"commit"_s, u"--quiet"_s, u"-m"_s, message});
}

bool TreeBuilder::git(const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    // Isolated from the user's configuration and hooks; a fixed identity so commit works.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Fixture"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"fixture@example.invalid"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Fixture"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"fixture@example.invalid"_s);
    process.setProcessEnvironment(env);
    process.start(u"git"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_lastGitError = QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    return true;
}

} // namespace greenlight::test
