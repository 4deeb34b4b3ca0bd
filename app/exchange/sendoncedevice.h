#pragma once

#include <QByteArray>
#include <QIODevice>

namespace loandesk {

// The body of a borrow/repay POST, readable exactly once. Qt's HTTP stack silently resends a
// request when a kept-alive connection closes before any reply, and it does so for POSTs too,
// replaying the body from the upload device. A device that cannot be rewound makes that
// impossible: Qt reports ContentReSendError instead, which the client treats as an unknown
// outcome. Without this, a lost response could become a second borrow.
class SendOnceDevice final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnceDevice)

public:
    explicit SendOnceDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace loandesk
