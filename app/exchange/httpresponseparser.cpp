#include "httpresponseparser.h"

namespace loandesk {

namespace {

bool hasToken(QByteArrayView value, QByteArrayView token) {
    for (const QByteArray &part : value.toByteArray().split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void HttpResponseParser::fail(const QString &why) {
    m_state = State::Failed;
    m_failure = why;
    m_body.clear();
}

// Collects one CRLF- (or bare LF-) terminated line across feeds; false until it is complete.
bool HttpResponseParser::readLine(QByteArrayView data, qsizetype &pos, QByteArray &line) {
    const qsizetype end = data.indexOf('\n', pos);
    const qsizetype stop = end < 0 ? data.size() : end + 1;
    m_line.append(data.sliced(pos, stop - pos));
    m_headerBytes += stop - pos;
    pos = stop;
    if (m_headerBytes > MaxHeaderBytes) {
        fail(QStringLiteral("the response header is longer than %1 bytes").arg(MaxHeaderBytes));
        return false;
    }
    if (end < 0)
        return false;
    line = std::exchange(m_line, {});
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line) {
    // HTTP/1.1 200 OK
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ') {
        fail(
            QStringLiteral("not an HTTP response: \"%1\"").arg(QString::fromLatin1(line.left(40))));
        return false;
    }
    bool ok = false;
    const int status = line.mid(9, 3).toInt(&ok);
    if (!ok || status < 100 || status > 599 || (line.size() > 12 && line.at(12) != ' ')) {
        fail(QStringLiteral("malformed HTTP status line: \"%1\"")
                 .arg(QString::fromLatin1(line.left(40))));
        return false;
    }
    m_status = status;
    m_keepAlive = line.at(7) == '1'; // HTTP/1.0 closes unless told otherwise; we do not ask
    m_headers.clear();
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line) {
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.front() == ' ' || line.front() == '\t') {
        fail(QStringLiteral("malformed HTTP header line: \"%1\"")
                 .arg(QString::fromLatin1(line.left(40))));
        return false;
    }
    m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    return true;
}

void HttpResponseParser::headersComplete() {
    QByteArray length;
    bool chunked = false;
    int lengths = 0;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (lengths++ > 0 && value != length) {
                fail(QStringLiteral("conflicting Content-Length headers"));
                return;
            }
            length = value;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            chunked = chunked || hasToken(value, "chunked");
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (hasToken(value, "close"))
                m_keepAlive = false;
        }
    }
    if (m_status < 200) { // 100 Continue and the like: the real answer follows
        m_headerBytes = 0;
        m_status = 0;
        m_state = State::StatusLine;
        return;
    }
    if (m_noBody || m_status == 204 || m_status == 304) {
        m_framing = Framing::Length;
        m_state = State::Done;
        return;
    }
    if (chunked) {
        m_framing = Framing::Chunked;
        m_state = State::ChunkSize;
        return;
    }
    if (lengths > 0) {
        bool ok = false;
        const qint64 n = length.toLongLong(&ok);
        if (!ok || n < 0 || length.startsWith('+')) {
            fail(QStringLiteral("invalid Content-Length \"%1\"").arg(QString::fromLatin1(length)));
            return;
        }
        m_framing = Framing::Length;
        m_remaining = m_remaining0 = n;
        m_state = n == 0 ? State::Done : State::Body;
        return;
    }
    m_framing = Framing::UntilClose;
    m_state = State::Body;
}

void HttpResponseParser::appendBody(QByteArrayView bytes) {
    m_body.append(bytes);
    m_bodySize += bytes.size();
}

bool HttpResponseParser::takeDue(QByteArrayView data, qsizetype &pos) {
    const qsizetype take = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
    appendBody(data.sliced(pos, take));
    pos += take;
    return (m_remaining -= take) == 0;
}

qsizetype HttpResponseParser::feed(QByteArrayView data) {
    qsizetype pos = 0;
    QByteArray line;
    while (pos < data.size() && m_state != State::Done && m_state != State::Failed) {
        switch (m_state) {
        case State::StatusLine:
            if (!readLine(data, pos, line))
                break;
            if (line.isEmpty() && m_status == 0 && m_headerBytes <= 2)
                continue; // a stray CRLF after an interim response
            if (parseStatusLine(line))
                m_state = State::Headers;
            break;
        case State::Headers:
            if (!readLine(data, pos, line))
                break;
            if (line.isEmpty())
                headersComplete();
            else
                parseHeaderLine(line);
            break;
        case State::Body:
            if (m_framing == Framing::UntilClose) {
                appendBody(data.sliced(pos));
                pos = data.size();
            } else if (takeDue(data, pos)) {
                m_state = State::Done;
            }
            break;
        case State::ChunkSize: {
            if (!readLine(data, pos, line))
                break;
            const qsizetype extension = line.indexOf(';');
            const QByteArray size = (extension < 0 ? line : line.first(extension)).trimmed();
            bool ok = false;
            const qint64 n = size.toLongLong(&ok, 16);
            if (!ok || n < 0 || size.isEmpty()) {
                fail(QStringLiteral("malformed chunk size \"%1\"")
                         .arg(QString::fromLatin1(line.left(20))));
                break;
            }
            m_headerBytes = 0; // the header limit applies per line from here on
            m_remaining = n;
            m_state = n == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData:
            if (takeDue(data, pos))
                m_state = State::ChunkEnd;
            break;
        case State::ChunkEnd:
            if (!readLine(data, pos, line))
                break;
            if (!line.isEmpty()) {
                fail(QStringLiteral("a chunk is longer than its declared size"));
                break;
            }
            m_headerBytes = 0;
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!readLine(data, pos, line))
                break;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case State::Done:
        case State::Failed:
            break;
        }
    }
    return pos;
}

void HttpResponseParser::finishAtClose() {
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        m_state = State::Done;
        return;
    }
    if (m_state == State::Done || m_state == State::Failed)
        return;
    fail(m_status > 0 ? QStringLiteral("the connection closed before the whole body arrived")
                      : QStringLiteral("the connection closed before a response arrived"));
}

} // namespace loandesk
