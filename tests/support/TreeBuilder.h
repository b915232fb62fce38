#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace greenlight::test {

// Builds a fixture repository in a temporary directory from {relative path -> content}, so
// tests never commit nested git repositories. Git helpers run the `git` binary; tests that
// need them QSKIP when gitAvailable() is false.
class TreeBuilder
{
public:
    using Tree = QMap<QString, QByteArray>;

    TreeBuilder();
    explicit TreeBuilder(const Tree &tree);

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString filePath(const QString &relativePath) const { return m_dir.filePath(relativePath); }

    // Writes (or overwrites) the files, creating parent directories. False on any I/O error.
    bool write(const Tree &tree);
    bool writeFile(const QString &relativePath, const QByteArray &content);
    bool remove(const QString &relativePath);

    static bool gitAvailable();
    // `git init` with a fixed identity and default branch "main", so commits work on a box
    // without a global git configuration.
    bool gitInit();
    bool gitCommitAll(const QString &message = QStringLiteral("fixture"));
    // Runs git in the root; false on a non-zero exit. stdout goes to *output when given.
    bool git(const QStringList &arguments, QString *output = nullptr) const;
    QString lastGitError() const { return m_lastGitError; }

private:
    QTemporaryDir m_dir;
    mutable QString m_lastGitError;
};

} // namespace greenlight::test
