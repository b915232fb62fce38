#include "Logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>

#include "AppPaths.h"

namespace greenlight::Logging {

void initForGui()
{
    const QString dir = AppPaths::logDirectory();
    QDir().mkpath(dir);
    const std::string file = QDir(dir).filePath(QStringLiteral("greenlight.log")).toStdString();
    try {
        auto logger = spdlog::rotating_logger_mt("greenlight", file, 1024 * 1024, 3);
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex &e) {
        // An unwritable data dir must not stop the app: fall back to stderr.
        spdlog::set_default_logger(spdlog::stderr_color_mt("greenlight-stderr"));
        spdlog::warn("cannot open log file {}: {}", file, e.what());
    }
}

void initForCli(bool verbose)
{
    auto logger = spdlog::stderr_color_mt("greenlight-cli");
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    logger->set_pattern("greenlight-cli: %l: %v");
    spdlog::set_default_logger(logger);
}

} // namespace greenlight::Logging
