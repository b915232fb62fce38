#include "TemplateLoader.h"

#include <exception>
#include <string>

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/node/parse.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "ProblemSink.h"
#include "TemplateValidator.h"
#include "YamlInputGuard.h"
#include "YamlPreScanner.h"

namespace greenlight {
namespace {

// tr() for this file, in the context all template-loading messages share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)
};

TemplateLoadResult failure(const QString &file, const QString &message)
{
    TemplateLoadResult result;
    result.problems.append(TemplateProblem{file, 0, 0, message});
    return result;
}

TemplateLoadResult tooLarge(const QString &file, qint64 size)
{
    return failure(
            file,
            Text::tr("file is too large: %1 bytes (templates are limited to 1 MiB)").arg(size));
}

TemplateLoadResult emptyFile(const QString &file)
{
    return failure(file, Text::tr("file is empty"));
}

} // namespace

TemplateLoadResult TemplateLoader::loadFile(const QString &path) const
{
    // Decide from the metadata before reading: a hostile "template" may be huge, or a
    // device or FIFO whose reported size (0) says nothing about what reading it would do.
    const QFileInfo info(path);
    if (!info.exists())
        return failure(path, Text::tr("file not found"));
    if (info.isDir())
        return failure(path, Text::tr("is a folder, not a template file"));
    if (!info.isFile())
        return failure(path, Text::tr("not a regular file"));
    if (info.size() > MaxFileSize)
        return tooLarge(path, info.size());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, Text::tr("cannot open the file: %1").arg(file.errorString()));
    // One byte more than allowed, in case the file grew since we looked at its size.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(path, Text::tr("cannot read the file: %1").arg(file.errorString()));
    return loadData(data, path);
}

TemplateLoadResult TemplateLoader::loadData(const QByteArray &data,
                                            const QString &displayName) const
{
    if (data.size() > MaxFileSize)
        return tooLarge(displayName, data.size());
    // Without a UTF-8 byte order mark, byte offsets and columns agree with what editors show.
    const QByteArray yaml = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    if (yaml.trimmed().isEmpty())
        return emptyFile(displayName);

    ProblemSink sink(displayName);
    if (!YamlInputGuard::check(yaml, sink))
        return TemplateLoadResult{std::nullopt, sink.take()};

    // Events first: anchors, depth and size are refused before any node tree exists.
    const std::string text = yaml.toStdString();
    YamlPreScanner scanner(MaxDepth, MaxNodes, sink);
    if (!scanner.scan(text))
        return TemplateLoadResult{std::nullopt, sink.take()};
    if (scanner.documentCount() == 0) // nothing but comments
        return emptyFile(displayName);

    ChecklistTemplate checklist;
    try {
        const YAML::Node root = YAML::Load(text);
        if (root.IsNull())
            return emptyFile(displayName);
        checklist = TemplateValidator(sink).read(root);
    } catch (const YAML::Exception &e) {
        // The pre-scan parsed the same text, so this is unexpected; report, don't crash.
        sink.add(e.mark, Text::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        sink.addFileProblem(
                Text::tr("cannot load the file: %1").arg(QString::fromLocal8Bit(e.what())));
    }

    TemplateLoadResult result;
    result.problems = sink.take();
    if (result.problems.isEmpty()) {
        checklist.sourcePath = displayName;
        result.checklist = std::move(checklist);
    }
    return result;
}

} // namespace greenlight
