#include "CliTestHarness.h"

#include <QDir>
#include <QFile>

#include "CliApplication.h"
#include "CliCommand.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

CliTestHarness::CliTestHarness(const QString &databasePath,
                               const QStringList &extraTemplateDirectories)
    : m_databasePath(databasePath)
    , m_outStream(&m_out)
    , m_errStream(&m_err)
    , m_context(m_outStream, m_errStream, m_clock)
{
    m_context.setDatabasePath(databasePath);
    m_context.setExtraTemplateDirectories(extraTemplateDirectories);
}

CliRun CliTestHarness::run(CliCommand &command, const QStringList &arguments)
{
    const int code = command.execute(QStringList{command.name()} + arguments, m_context);
    return collect(code);
}

CliRun CliTestHarness::runApplication(const QStringList &arguments)
{
    CliApplication application(m_outStream, m_errStream, m_clock);
    const int code = application.run(QStringList{u"greenlight-cli"_s, u"--db"_s, m_databasePath}
                                     + arguments);
    return collect(code);
}

CliRun CliTestHarness::collect(int exitCode)
{
    m_outStream.flush();
    m_errStream.flush();
    CliRun run{exitCode, m_out, m_err};
    m_out.clear();
    m_err.clear();
    m_outStream.seek(0);
    m_errStream.seek(0);
    return run;
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &text)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text);
    return path;
}

QByteArray validTemplateYaml(const QString &id, const QString &itemPrefix)
{
    return uR"(schema: 1
id: %1
title: Fixture %1
version: "3.1.4"
description: A fixture template for the CLI tests.
sections:
  - id: basics
    title: Basics
    items:
      - id: %2-001
        title: The first fixture item holds
        severity: high
        evidence: optional
        guidance: Why it matters and how to verify it.
      - id: %2-002
        title: The second fixture item holds
        severity: low
        evidence: none
        guidance: Why it matters and how to verify it.
)"_s.arg(id, itemPrefix)
            .toUtf8();
}

} // namespace greenlight::test
