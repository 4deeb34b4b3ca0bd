#include "sendoncedevice.h"

#include <algorithm>
#include <cstring>

namespace loandesk {

SendOnceDevice::SendOnceDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data)) {
    open(QIODevice::ReadOnly);
}

qint64 SendOnceDevice::bytesAvailable() const {
    return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
}

bool SendOnceDevice::atEnd() const {
    return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 SendOnceDevice::readData(char *data, qint64 maxSize) {
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return m_pos >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

qint64 SendOnceDevice::writeData(const char *, qint64) {
    return -1;
}

} // namespace loandesk
