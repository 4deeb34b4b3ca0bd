#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace loandesk {

// Reads one HTTP/1.1 response from bytes fed as they arrive, in pieces of any size: the status
// line, the header fields, and a body framed by Content-Length, by chunked transfer coding or
// by the end of the connection. Interim 1xx responses are skipped. Pure and synchronous, so
// each framing and each malformed input is tested without a socket.
class HttpResponseParser {
public:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Failed
    };

    // A header block longer than this is not an exchange's answer.
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    // The request was a HEAD: no body follows whatever the header says.
    void setNoBody(bool noBody) { m_noBody = noBody; }

    // Consumes as much of `data` as belongs to this response; returns how many bytes that was
    // (bytes past the end belong to nothing: the exchange never pipelines).
    qsizetype feed(QByteArrayView data);
    // The connection closed: a body framed by the close ends here, anything else is cut short.
    void finishAtClose();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    bool hasStatus() const { return m_status > 0; }
    // Between the header and the end of the body (body bytes may be arriving).
    bool inBody() const {
        return m_state == State::Body || m_state == State::ChunkSize ||
               m_state == State::ChunkData || m_state == State::ChunkEnd ||
               m_state == State::Trailers;
    }
    QString failure() const { return m_failure; } // English, for logs and messages

    int status() const { return m_status; }
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // The declared Content-Length, or -1 when the body is chunked or runs to the close.
    qint64 declaredLength() const { return m_framing == Framing::Length ? m_remaining0 : -1; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    qint64 bodySize() const { return m_bodySize; }
    // The connection can carry the next request: HTTP/1.1, no "Connection: close", and a body
    // whose end was known without the close.
    bool keepsAlive() const { return isDone() && m_keepAlive && m_framing != Framing::UntilClose; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };

    bool readLine(QByteArrayView data, qsizetype &pos, QByteArray &line);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    void headersComplete();
    void appendBody(QByteArrayView bytes);
    // Takes what `data` has of the m_remaining bytes still due; true once none are due.
    bool takeDue(QByteArrayView data, qsizetype &pos);
    void fail(const QString &why);

    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    bool m_noBody = false;
    bool m_keepAlive = true;
    int m_status = 0;
    QString m_failure;
    QByteArray m_line;
    qsizetype m_headerBytes = 0;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_bodySize = 0;
    qint64 m_remaining = 0;  // of the fixed-length body or of the current chunk
    qint64 m_remaining0 = 0; // the declared length
};

} // namespace loandesk
