#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace loandesk {

// The body of a test client's POST, readable exactly once. QNetworkAccessManager silently
// resends a request when a kept-alive connection closes before any reply, POSTs included,
// replaying the body from the upload device; a device that cannot be rewound makes it report
// ContentReSendError instead. The simulator's tests count POSTs, so their client must not
// resend one. (LoanDesk's own client does not use QNetworkAccessManager: see HttpTransport.)
class SendOnceDevice final : public QIODevice {
public:
    explicit SendOnceDevice(QByteArray data, QObject *parent = nullptr)
        : QIODevice(parent)
        , m_data(std::move(data)) {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override {
        return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override {
        return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace loandesk
