#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace greenlight {

// Packages that belong in development/test environments only. Lint and format tools count
// too (eslint, prettier, black, flake8, mypy, pylint, ruff): like test runners they are
// never imported by a running service, so in a production manifest they only add image size
// and attack surface. Tools with real production uses (selenium, puppeteer, playwright
// itself) are deliberately absent.
class TestPackageCatalog
{
public:
    enum class Ecosystem { Python, Npm };
    enum class Kind { Test, Lint, DevTool };

    // name: for Python any spelling (normalised here); for npm the exact package name.
    static std::optional<Kind> classify(Ecosystem ecosystem, QStringView name);
    static QString kindDescription(Kind kind); // translated: "test-only package", ...
};

} // namespace greenlight
