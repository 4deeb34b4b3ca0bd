#include "interesthistoryparser.h"

#include "pagereader.h"

namespace loandesk {

namespace {

InterestRecord readRow(const JsonReader &r) {
    InterestRecord row;
    row.groupId = r.integer(u"groupId"); // documented STRING, example a number
    row.asset = r.string(u"assetName");
    row.principal = r.decimal(u"principal");
    row.interestRate = r.decimal(u"interestRate"); // hourly
    row.interest = r.decimal(u"interest");
    row.timestampMs = r.integer(u"interestTimestamp");
    return row;
}

} // namespace

Result<Page<InterestRecord>> InterestHistoryParser::parse(const QJsonValue &json) {
    return readPage<InterestRecord>(json, QStringLiteral("interest-history"), readRow);
}

} // namespace loandesk
