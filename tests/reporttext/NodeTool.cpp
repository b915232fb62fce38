#include "NodeTool.h"

#include <QFileInfo>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace greenlight::test {

QString NodeTool::toolsDir()
{
    return QStringLiteral(GREENLIGHT_NPM_TOOLS_DIR);
}

QString NodeTool::missing(const QString &package)
{
    const QString node = QStringLiteral(GREENLIGHT_NODE);
    if (node.isEmpty() || node.endsWith(u"NOTFOUND"_s) || !QFileInfo(node).isExecutable()) {
        return u"node is not installed: the report checks need node and npm (run "
               "scripts/bootstrap, then re-run cmake)"_s;
    }
    if (!QFileInfo::exists(toolsDir() + u"/node_modules/"_s + package)) {
        return u"the Node test tools are not installed in %1: run ctest (its npm_tools_install "
               "fixture installs them) or npm ci --prefix there"_s.arg(toolsDir());
    }
    return {};
}

NodeTool::Result NodeTool::run(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(toolsDir());
    process.start(QStringLiteral(GREENLIGHT_NODE),
                  QStringList{toolsDir() + u'/' + script} + arguments);
    Result result;
    result.finished
            = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return result;
}

} // namespace greenlight::test
