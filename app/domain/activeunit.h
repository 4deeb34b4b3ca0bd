#pragma once

#include "collateralaccount.h"

#include <QList>
#include <QString>

namespace loandesk {

// A risk unit as listed by loan-groups/activated (parent key only).
struct ActiveUnit {
    struct Member {
        QString email;
        MemberRole role = MemberRole::Collateral;
        bool enableMargin = false;
        bool enableSpot = false;
        bool operator==(const Member &) const = default;
    };

    qint64 groupId = 0;
    QList<Member> members;
    qint64 createTimeMs = 0;

    bool operator==(const ActiveUnit &) const = default;
};

} // namespace loandesk
