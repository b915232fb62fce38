#pragma once

#include <QString>
#include <QStringList>

namespace greenlight::test {

// Runs the Node test tools (tests/tools: ajv, markdownlint-cli2) that the npm_tools_install
// CTest fixture installs into <build>/npm-tools.
class NodeTool
{
public:
    struct Result
    {
        bool finished = false;
        int exitCode = -1;
        QString output; // stdout then stderr
    };

    // Empty when node and the given package (under node_modules) are there, else why not.
    static QString missing(const QString &package);
    static QString toolsDir();
    // node <toolsDir>/<script> arguments...
    static Result run(const QString &script, const QStringList &arguments);
};

} // namespace greenlight::test
