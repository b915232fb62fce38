# Installs the Node test tools (tests/tools/package.json, locked by package-lock.json) into
# the build directory: run by the npm_tools_install CTest fixture as
#   cmake -DNPM=<npm> -DPREFIX=<build>/npm-tools -P npm-ci.cmake
# The npm cache is used when it has the packages (--prefer-offline); the registry otherwise.
if(NOT NPM OR NOT EXISTS "${NPM}")
    message(FATAL_ERROR "npm is not installed, but the SARIF and report checks need it: run "
        "scripts/bootstrap (it installs node and npm), then re-run cmake.")
endif()
execute_process(
    COMMAND "${NPM}" ci --prefix "${PREFIX}" --prefer-offline --no-audit --no-fund
            --ignore-scripts --loglevel=error
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "npm ci in ${PREFIX} failed (${status}): the SARIF schema test and "
        "the approval-pack checks cannot run without ajv, @microsoft/jest-sarif and "
        "markdownlint-cli2.")
endif()
