#include "SignoffFixture.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

ChecklistTemplate signoffTemplate()
{
    ChecklistTemplate t;
    t.id = u"signoff"_s;
    t.title = u"Sign-off"_s;
    t.version = u"1.0.0"_s;
    t.language = u"en"_s;
    TemplateItem item;
    item.id = u"S-001"_s;
    item.title = u"On-call rotation covers the launch"_s;
    item.severity = Severity::High;
    t.sections = {{u"team"_s, u"Team"_s, {item}}};
    t.signoffRoles = {
            {u"security-review"_s, u"Security Review"_s, u"Security controls verified"_s, true},
            {u"operations-review"_s, u"Operations Review"_s, u"Runbooks exercised"_s, true},
            {u"business-review"_s, u"Business Review"_s, u"Scope accepted"_s, false},
            {u"deployment-approval"_s,
             u"Deployment Approval"_s,
             u"Approved for Production"_s,
             true},
    };
    return t;
}

} // namespace greenlight::test
