#include "journalanchor.h"

#include "settings/secretstore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace loandesk {

namespace {

QByteArray serialise(const JournalAnchor::Head &head) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), head.id}, {QStringLiteral("hash"), head.hash}})
        .toJson(QJsonDocument::Compact);
}

std::optional<JournalAnchor::Head> parse(const QByteArray &value) {
    const QJsonObject o = QJsonDocument::fromJson(value).object();
    const qint64 id = o.value(QStringLiteral("id")).toInteger();
    const QString hash = o.value(QStringLiteral("hash")).toString();
    if (id <= 0 || hash.size() != 64)
        return std::nullopt;
    return JournalAnchor::Head{id, hash};
}

} // namespace

JournalAnchor::JournalAnchor(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store) {}

JournalAnchor::~JournalAnchor() = default;

QString JournalAnchor::entryName(const QString &journalPath) {
    const QFileInfo info(journalPath);
    const QString canonical = info.canonicalFilePath();
    const QString path = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    return QStringLiteral("journal-anchor/") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

void JournalAnchor::load(const QString &journalPath) {
    m_requests.cancel();
    m_trusted.reset();
    m_expected.reset();
    m_detail.clear();
    m_writing = false;
    if (!m_store) {
        m_status = Status::NotConfigured;
        return;
    }
    m_name = entryName(journalPath);
    m_status = Status::Loading;
    m_requests = m_store->read(m_name, this, [this](const SecretResult &r) {
        switch (r.status) {
        case SecretResult::Status::Ok:
            m_trusted = parse(r.secret);
            m_status = !m_trusted       ? Status::Failed
                       : r.inMemoryOnly ? Status::MemoryOnly
                                        : Status::Anchored;
            if (!m_trusted)
                m_detail = QStringLiteral("the keychain's anchor for this journal is unreadable");
            break;
        case SecretResult::Status::NotFound:
            m_status = r.inMemoryOnly ? Status::MemoryOnly : Status::NoAnchorYet;
            break;
        case SecretResult::Status::Unavailable:
            m_status = Status::MemoryOnly;
            m_detail = r.detail;
            break;
        case SecretResult::Status::Failed:
            m_status = Status::Failed;
            m_detail = r.detail;
            break;
        }
        Q_EMIT loaded();
    });
}

void JournalAnchor::advance(const Head &head) {
    m_expected = head;
    if (!m_store || m_status == Status::Loading || m_status == Status::NotConfigured)
        return;
    write();
}

void JournalAnchor::write() {
    if (m_writing || !m_expected)
        return;
    m_writing = true;
    const Head head = *m_expected;
    m_requests.add(
        m_store->write(m_name, serialise(head), this, [this, head](const SecretResult &r) {
            m_writing = false;
            if (r.ok()) {
                m_trusted = head;
                m_status = r.inMemoryOnly ? Status::MemoryOnly : Status::Anchored;
                m_detail.clear();
            } else {
                m_status = Status::Failed;
                m_detail = r.detail;
            }
            // Appends made while this write was in flight: store the newest one too.
            if (r.ok() && m_expected && !(*m_expected == head))
                write();
        }));
}

} // namespace loandesk
