#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace greenlight::test {

struct ProcessRun
{
    int exitCode = -1; // -1 when the process crashed or timed out
    QString out;
    QString err;
};

// Runs the real greenlight-cli executable the way a CI job does, sandboxed: HOME and
// XDG_DATA_HOME point into a temporary folder (so no user template leaks in) and the
// database lives there too.
class CliProcess
{
public:
    CliProcess();

    bool isValid() const { return m_dir.isValid(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("greenlight.sqlite")); }
    QString sandbox() const { return m_dir.path(); }

    // `greenlight-cli --db <db> arguments...`
    ProcessRun run(const QStringList &arguments, int timeoutMs = 120000) const;
    // The same, started and left running (for tests that signal it).
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

    static QString executable();

private:
    QTemporaryDir m_dir;
};

} // namespace greenlight::test
