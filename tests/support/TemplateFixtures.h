#pragma once

#include "domain/ChecklistTemplate.h"

namespace greenlight::test {

// Small in-memory templates for store, model and GUI tests, independent of the shipped set.
// "alpha": 2 sections (3 + 2 items, mixed severities); "beta": 1 section of 2 items,
// whose item ids partly collide with alpha's ("A-001") to exercise ambiguous keys.
ChecklistTemplate alphaTemplate();
ChecklistTemplate betaTemplate();

} // namespace greenlight::test
