#pragma once

#include "domain/ChecklistTemplate.h"

namespace greenlight::test {

// A sign-off template in the shape of the shipped checklists/signoff.yaml: two required
// reviews, an optional one and deployment-approval, plus one high item (S-001).
ChecklistTemplate signoffTemplate();

} // namespace greenlight::test
