#include "HostileSnapshot.h"

#include "SnapshotSamples.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

QString HostileSnapshot::note()
{
    return u"pipe | in a note, `code | span`, unbalanced ` tick, <script>alert(1)</script>\n"
           "# not a heading\n- not a list\r\n1. nor this & &amp; [link](javascript:alert(1)) "
           "*bold* _under_ ~~gone~~ $x$ \x01 https://evil.example.com/x?a=1|2 dana@example.com "
           "www.example.com trailing #"_s;
}

AssessmentSnapshot HostileSnapshot::make()
{
    AssessmentSnapshot s = SnapshotSamples::seedReview();
    s.name = u"Release <b>2.4</b> | \"quoted\" & 'single'"_s;
    s.system = u"pay|ments"_s;
    SnapshotItem &first = s.items[0];
    first.note = note();
    first.title = u"Title with <b>tags</b> | and # hash\nand a second line"_s;
    first.owner = u"o|wner `x`"_s;
    first.warnings = {u"Evidence <img src=x> | went stale."_s};
    SnapshotEvidence link;
    link.name = u"https://example.com/a|b>c\"d"_s;
    link.kindKey = u"url"_s;
    link.sha256 = QString(64, u'9');
    link.addedAt = s.generatedAt;
    link.addedBy = u"sam | <sam>"_s;
    SnapshotEvidence file = link;
    file.name = u"report | final <v2>.pdf"_s;
    file.kindKey = u"file"_s;
    file.size = 1234;
    first.evidence = {link, file};
    s.items[1].note = u"```\nfenced?\n```"_s;
    s.items[2].note = u"   leading spaces and a trailing backslash \\"_s;
    for (SnapshotCategory &c : s.categories) {
        c.sectionTitle += u" | <i>x</i>"_s;
        c.templateTitle = u"T & <T> #1"_s;
    }
    for (SnapshotItem &i : s.items)
        i.templateTitle = u"T & <T> #1"_s;
    s.findings[0].title = u"Title *with* `a|b` <em>markup</em> ]["_s;
    s.findings[0].issue = u"Issue with a | pipe\nand a newline"_s;
    s.findings[0].location = u"dir with `tick`/file|name:3"_s;
    s.waivers[0].justification = u"Because | reasons\n<script>x</script>"_s;
    s.waivers[0].ticketUrl = u"javascript:alert(1)"_s;
    s.signoffs[0].roleTitle = u"Role <x> | y"_s;
    s.signoffs[0].signerName = u"Eve \"Q\" <eve@example.com>"_s;
    s.signoffs[0].comment = u"ok | fine\n- bullet"_s;
    s.signoffs[2].meaning = u"[ ] already a box | <u>"_s;
    s.runbookGaps << u"- starts like a list | with a pipe"_s;
    s.recommendations << u"2. starts like a number"_s;
    return s;
}

} // namespace greenlight::test
