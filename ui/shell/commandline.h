#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace loandesk {

// The command line of `loandesk` (a contract: scripts and reports depend on it; see README).
struct CommandLine {
    bool demo = false;
    QString scenario = QStringLiteral("calm");
    QString snapshot; // FILE.png or FILE.pdf: headless mode
    QString dump;     // FILE.json
    std::optional<qint64> groupId;
    QUrl baseUrl;
    bool maskEmails = false;
    QString profile;
    QString language;

    bool headless() const { return !snapshot.isEmpty() || !dump.isEmpty(); }

    // Parses arguments; on --help/--version prints and exits; on an error returns false with
    // one line in `error`.
    static bool parse(const QStringList &arguments, CommandLine *out, QString *error);
};

} // namespace loandesk
