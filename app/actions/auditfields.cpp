#include "auditfields.h"

#include "domain/csvfield.h"
#include "domain/isoutc.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace loandesk::AuditFields {

namespace {

QString optionalText(const std::optional<Decimal> &value) {
    return value ? value->toString() : QString();
}

struct Field {
    // CSV column; nullptr: not exported (the CSV predates these fields).
    const char *csvName;
    // Hashed in rows of this format and later; 0: never hashed.
    int hashedFrom;
    // Typed by a person: the CSV guards it against spreadsheet formulas too.
    bool freeText;
    QString (*text)(const AuditEntry &);
    // How the CSV shows it, where that differs from the hashed text.
    QString (*csvText)(const AuditEntry &) = nullptr;
};

// Amounts are their exact decimal text; optional values are empty when absent.
const std::array<Field, 22> Fields = {{
    {"id", 1, false, [](const AuditEntry &e) { return QString::number(e.id); }},
    {"intent_id", 1, false, [](const AuditEntry &e) { return QString::number(e.intentId); }},
    {"time_utc", 1, false, [](const AuditEntry &e) { return QString::number(e.timeMs); },
     [](const AuditEntry &e) { return isoUtc(e.timeMs); }},
    {"os_user", 1, true, [](const AuditEntry &e) { return e.osUser; }},
    {"profile", 1, true, [](const AuditEntry &e) { return e.profile; }},
    {"action", 1, false, [](const AuditEntry &e) { return AuditEntry::actionName(e.action); }},
    {"group_id", 1, false, [](const AuditEntry &e) { return QString::number(e.groupId); }},
    {"asset", 1, false, [](const AuditEntry &e) { return e.asset; }},
    {"requested_amount", 1, false,
     [](const AuditEntry &e) { return e.requestedAmount.toString(); }},
    {"repay_from", 1, false, [](const AuditEntry &e) { return e.repayFrom; }},
    {"projected_ltv", 1, false, [](const AuditEntry &e) { return optionalText(e.projectedLtv); }},
    {"state", 1, false, [](const AuditEntry &e) { return AuditEntry::stateName(e.state); }},
    {"tran_id", 1, false, [](const AuditEntry &e) { return e.tranId; }},
    {"actual_amount", 1, false, [](const AuditEntry &e) { return optionalText(e.actualAmount); }},
    {"exchange_code", 1, false,
     [](const AuditEntry &e) { return QString::number(e.exchangeCode); }},
    {"exchange_message", 1, true, [](const AuditEntry &e) { return e.exchangeMessage; }},
    {"second_operator", 1, true, [](const AuditEntry &e) { return e.secondOperator; }},
    {nullptr, 1, false, [](const AuditEntry &e) { return QString::number(e.exchangeTimeMs); }},
    // Row format 2 also hashes its format, so a row cannot be passed off as an older one.
    {nullptr, 2, false, [](const AuditEntry &e) { return QString::number(e.rowFormat); }},
    {nullptr, 2, false, [](const AuditEntry &e) { return e.baseUrl; }},
    {nullptr, 2, false, [](const AuditEntry &e) { return optionalText(e.liabilityBefore); }},
    {"hash", 0, false, [](const AuditEntry &e) { return e.hash; }},
}};

} // namespace

QByteArray canonical(const AuditEntry &entry) {
    QJsonArray hashed;
    for (const Field &f : Fields) {
        if (f.hashedFrom > 0 && f.hashedFrom <= entry.rowFormat)
            hashed.append(f.text(entry));
    }
    return QJsonDocument(hashed).toJson(QJsonDocument::Compact);
}

QString chainHash(const QString &previous, const AuditEntry &entry) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    h.addData(canonical(entry));
    return QString::fromLatin1(h.result().toHex());
}

QByteArray csvHeader() {
    QByteArrayList names;
    for (const Field &f : Fields) {
        if (f.csvName)
            names.append(f.csvName);
    }
    return names.join(',') + "\r\n";
}

QByteArray csvRow(const AuditEntry &entry) {
    QByteArrayList cells;
    for (const Field &f : Fields) {
        if (f.csvName)
            cells.append(
                CsvField::encode(f.csvText ? f.csvText(entry) : f.text(entry), f.freeText));
    }
    return cells.join(',') + "\r\n";
}

} // namespace loandesk::AuditFields
