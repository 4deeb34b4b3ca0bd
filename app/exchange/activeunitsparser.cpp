#include "activeunitsparser.h"

#include "jsonreader.h"

namespace loandesk {

namespace {

ActiveUnit readUnit(const JsonReader &r) {
    ActiveUnit u;
    u.groupId = r.integer(u"groupId");
    for (const JsonReader &m : r.array(u"members")) {
        ActiveUnit::Member member;
        member.email = m.string(u"email");
        const QString type = m.string(u"type");
        if (const auto role = memberRoleFromWire(type))
            member.role = *role;
        else if (!m.failed())
            m.fail(u"type", QStringLiteral("unknown member type \"%1\"").arg(type));
        member.enableMargin = m.boolean(u"enableMargin");
        member.enableSpot = m.boolean(u"enableSpot");
        u.members.append(member);
    }
    u.createTimeMs = r.integer(u"createTime");
    return u;
}

} // namespace

Result<QList<ActiveUnit>> ActiveUnitsParser::parse(const QJsonValue &json) {
    QString error;
    QList<ActiveUnit> units;
    for (const JsonReader &r : JsonReader::elements(json, QStringLiteral("activated"), &error))
        units.append(readUnit(r));
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return units;
}

} // namespace loandesk
