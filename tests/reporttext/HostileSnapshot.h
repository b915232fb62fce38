#pragma once

#include "report/AssessmentSnapshot.h"

namespace greenlight::test {

// SnapshotSamples::seedReview() with text that tries to break out of every format: pipes,
// backticks, <script>, newlines, Markdown markers, entities, control characters, bare URLs and
// a javascript: link, in notes, titles, owners, findings, waivers and sign-offs.
class HostileSnapshot
{
public:
    static AssessmentSnapshot make();
    static QString note(); // the first item's note
};

} // namespace greenlight::test
