#pragma once

#include <QStringView>

#include "DeclaredDependency.h"

namespace greenlight {

// pip requirements files (requirements.txt, requirements/*.in, ...): one requirement per
// logical line (backslash continuations joined), comments, options, `-r` includes, PEP 508
// names with extras, version specifiers, URLs and environment markers.
class RequirementsParser
{
public:
    enum class Role { Production, Development, Unknown };

    // Every requirement is marked production; whether the file is is Role's business.
    static RequirementsFile parse(QStringView content);

    // By path: requirements.txt, requirements/base.txt, requirements/prod*.txt,
    // requirements-prod.txt are Production; requirements-dev.txt, test-requirements.txt,
    // docs/requirements.txt, requirements/ci.txt are Development; others Unknown (production
    // only when a production file includes them).
    static Role role(QStringView path);
    // requirements*.txt / *requirements*.in anywhere, and any .txt/.in inside a directory whose
    // name contains "requirements" (requirements/base.in).
    static bool isRequirementsFile(QStringView path);

    // The PEP 508 distribution name at the start of a requirement ("pytest-django>=4" ->
    // "pytest-django", "pytest[xdist]; python_version>'3.8'" -> "pytest"); empty for URLs,
    // paths and options.
    static QString requirementName(QStringView requirement);
    // PEP 503 normalised: lower case, runs of -_. as one '-' ("Pytest_Django" -> "pytest-django").
    static QString normalizedName(QStringView name);
};

} // namespace greenlight
