#pragma once

#include <QString>

#include "domain/Result.h"

namespace greenlight {

class AssessmentStore;
class TemplateCatalog;

// "Open the demo": an assessment of the shipped example system (examples/demo-system, a
// small repository with realistic readiness gaps) over all six built-in templates, with
// the progress recorded in examples/demo-assessment.yaml (embedded as ":/examples/...")
// applied as ordinary audited edits. Creating it twice makes two assessments.
namespace DemoAssessment {

Result<qint64> create(AssessmentStore &store, const TemplateCatalog &catalog, const QString &actor);

} // namespace DemoAssessment
} // namespace greenlight
