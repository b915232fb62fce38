#include "TestPackageCatalog.h"

#include <QCoreApplication>
#include <QHash>

#include "RequirementsParser.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

using Kind = TestPackageCatalog::Kind;

const QHash<QString, Kind> &pythonPackages()
{
    static const QHash<QString, Kind> packages
            = {{u"pytest"_s, Kind::Test},        {u"nose"_s, Kind::Test},
               {u"nose2"_s, Kind::Test},         {u"coverage"_s, Kind::Test},
               {u"tox"_s, Kind::Test},           {u"nox"_s, Kind::Test},
               {u"hypothesis"_s, Kind::Test},    {u"factory-boy"_s, Kind::Test},
               {u"faker"_s, Kind::Test},         {u"mock"_s, Kind::Test},
               {u"responses"_s, Kind::Test},     {u"freezegun"_s, Kind::Test},
               {u"requests-mock"_s, Kind::Test}, {u"moto"_s, Kind::Test},
               {u"model-bakery"_s, Kind::Test},  {u"testfixtures"_s, Kind::Test},
               {u"behave"_s, Kind::Test},        {u"fakeredis"_s, Kind::Test},
               {u"parameterized"_s, Kind::Test}, {u"flake8"_s, Kind::Lint},
               {u"pylint"_s, Kind::Lint},        {u"black"_s, Kind::Lint},
               {u"mypy"_s, Kind::Lint},          {u"ruff"_s, Kind::Lint},
               {u"isort"_s, Kind::Lint},         {u"pycodestyle"_s, Kind::Lint},
               {u"pyflakes"_s, Kind::Lint},      {u"bandit"_s, Kind::Lint},
               {u"pre-commit"_s, Kind::DevTool}};
    return packages;
}

const QHash<QString, Kind> &npmPackages()
{
    static const QHash<QString, Kind> packages
            = {{u"jest"_s, Kind::Test},         {u"ts-jest"_s, Kind::Test},
               {u"babel-jest"_s, Kind::Test},   {u"jest-environment-jsdom"_s, Kind::Test},
               {u"jest-junit"_s, Kind::Test},   {u"mocha"_s, Kind::Test},
               {u"chai"_s, Kind::Test},         {u"chai-as-promised"_s, Kind::Test},
               {u"sinon"_s, Kind::Test},        {u"sinon-chai"_s, Kind::Test},
               {u"supertest"_s, Kind::Test},    {u"nyc"_s, Kind::Test},
               {u"vitest"_s, Kind::Test},       {u"cypress"_s, Kind::Test},
               {u"karma"_s, Kind::Test},        {u"jasmine"_s, Kind::Test},
               {u"jasmine-core"_s, Kind::Test}, {u"@playwright/test"_s, Kind::Test},
               {u"enzyme"_s, Kind::Test},       {u"ava"_s, Kind::Test},
               {u"@types/jest"_s, Kind::Test},  {u"@types/mocha"_s, Kind::Test},
               {u"@types/chai"_s, Kind::Test},  {u"@types/supertest"_s, Kind::Test},
               {u"eslint"_s, Kind::Lint},       {u"prettier"_s, Kind::Lint},
               {u"stylelint"_s, Kind::Lint},    {u"nodemon"_s, Kind::DevTool},
               {u"husky"_s, Kind::DevTool},     {u"lint-staged"_s, Kind::DevTool}};
    return packages;
}

} // namespace

std::optional<TestPackageCatalog::Kind> TestPackageCatalog::classify(Ecosystem ecosystem,
                                                                     QStringView name)
{
    if (ecosystem == Ecosystem::Python) {
        const QString normalized = RequirementsParser::normalizedName(name);
        if (const auto found = pythonPackages().constFind(normalized);
            found != pythonPackages().constEnd())
            return *found;
        if (normalized.startsWith("pytest-"_L1))
            return Kind::Test; // pytest-django, pytest-cov, pytest-xdist, ...
        if (normalized.startsWith("flake8-"_L1))
            return Kind::Lint;
        return std::nullopt;
    }
    const QString exact = name.toString();
    if (const auto found = npmPackages().constFind(exact); found != npmPackages().constEnd())
        return *found;
    // Scoped families and plugin conventions.
    if (exact.startsWith("@testing-library/"_L1) || exact.startsWith("@vitest/"_L1)
        || exact.startsWith("karma-"_L1))
        return Kind::Test;
    if (exact.startsWith("@typescript-eslint/"_L1) || exact.startsWith("eslint-plugin-"_L1)
        || exact.startsWith("eslint-config-"_L1))
        return Kind::Lint;
    return std::nullopt;
}

QString TestPackageCatalog::kindDescription(Kind kind)
{
    switch (kind) {
    case Kind::Test:
        return QCoreApplication::translate("greenlight::TestPackageCatalog", "test-only package");
    case Kind::Lint:
        return QCoreApplication::translate("greenlight::TestPackageCatalog",
                                           "development lint/format tool");
    case Kind::DevTool:
        return QCoreApplication::translate("greenlight::TestPackageCatalog",
                                           "development-only tool");
    }
    return {};
}

} // namespace greenlight
