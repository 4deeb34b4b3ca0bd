// The committed translations are finished and complete with respect to the current sources.
//
// For each resources/translations/loandesk_<locale>.ts:
//  - no message is unfinished or empty (every numerus form filled, zh_CN has one form);
//  - no message the sources still use is marked obsolete or vanished;
//  - a fresh lupdate over app/ and ui/ finds no (context, source, comment) that the .ts lacks;
//  - each translation keeps the source's placeholders (%1, %L1, %n), HTML tags, line breaks and
//    its one accelerator (&X), so a translation cannot silently drop a number or a shortcut.
// On failure the message lists every offending string; the fix is
//     cmake --build build --target loandesk_update_translations
// and translating the new entries.

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
    QStringList forms; // the translation, or each numerus form
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString label() const {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source, comment.isEmpty() ? QString() : QString(u" (" + comment + u')'));
    }
};

struct TsFile {
    QString language;
    QList<Message> messages;
};

bool readTs(const QString &path, TsFile *out, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            out->language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == u"source") {
                    m.source = xml.readElementText();
                } else if (child == u"comment") {
                    m.comment = xml.readElementText();
                } else if (child == u"translation") {
                    m.type = xml.attributes().value(QLatin1StringView("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.forms.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out->messages.append(m);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

// What a translation must carry over from its source, as a sorted list of tokens.
QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    out.sort();
    return out;
}

QStringList htmlTags(const QString &text) {
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*\\b[^<>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

QString accelerator(const QString &text) {
    static const QRegularExpression re(QStringLiteral("&([^&\\s])"));
    QString stripped = text;
    stripped.replace(QStringLiteral("&&"), QString());
    const auto m = re.match(stripped);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

int expectedNumerusForms(const QString &language) {
    // Chinese, Japanese and Korean have one plural form.
    return language.startsWith(u"zh") || language.startsWith(u"ja") || language.startsWith(u"ko")
               ? 1
               : 2;
}

QString list(const QStringList &lines) {
    return u"\n    " + lines.join(u"\n    ");
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finished_data();
    void finished();
    void completeForSources_data();
    void completeForSources();

private:
    QList<Message> m_fresh; // what lupdate finds in the sources now
};

void TstTranslations::initTestCase() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString freshTs = dir.filePath(QStringLiteral("fresh.ts"));
    QStringList args = QStringLiteral(LOANDESK_LUPDATE_SOURCES).split(u',');
    args << QStringLiteral("-extensions") << QStringLiteral("cpp,h") << QStringLiteral("-locations")
         << QStringLiteral("none") << QStringLiteral("-silent") << QStringLiteral("-ts") << freshTs;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LOANDESK_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LOANDESK_LUPDATE), args);
    QVERIFY2(lupdate.waitForStarted(), qPrintable(lupdate.errorString()));
    if (!lupdate.waitForFinished(90'000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        QFAIL("lupdate did not finish in 90 s. Qt 6.4's lupdate never returns on a numerus "
              "argument like tr(\"%n x\", nullptr, int(a / b)); name the count first.");
    }
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
    TsFile fresh;
    QString error;
    QVERIFY2(readTs(freshTs, &fresh, &error), qPrintable(error));
    m_fresh = fresh.messages;
    QVERIFY2(m_fresh.size() > 100, "lupdate found suspiciously few strings in app/ and ui/");
}

void TstTranslations::finished_data() {
    QTest::addColumn<QString>("ts");
    for (const QString &ts : QStringLiteral(LOANDESK_TS_FILES).split(u','))
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TstTranslations::finished() {
    QFETCH(QString, ts);
    TsFile file;
    QString error;
    QVERIFY2(readTs(ts, &file, &error), qPrintable(ts + u": " + error));
    QVERIFY2(!file.language.isEmpty(), "the <TS> element has no language attribute");

    QSet<QString> used;
    for (const Message &m : std::as_const(m_fresh))
        used.insert(m.key());

    QStringList unfinished, empty, obsoleteButUsed, badForms, mismatched;
    QSet<QString> seen;
    for (const Message &m : std::as_const(file.messages)) {
        if (m.type == u"obsolete" || m.type == u"vanished") {
            if (used.contains(m.key()))
                obsoleteButUsed.append(m.label());
            continue;
        }
        seen.insert(m.key());
        if (m.type == u"unfinished")
            unfinished.append(m.label());
        if (m.forms.isEmpty() ||
            std::any_of(m.forms.cbegin(), m.forms.cend(),
                        [](const QString &f) { return f.trimmed().isEmpty(); }))
            empty.append(m.label());
        if (m.numerus && m.forms.size() != expectedNumerusForms(file.language))
            badForms.append(m.label() + QStringLiteral(": %1 forms").arg(m.forms.size()));
        for (const QString &t : m.forms) {
            if (t.trimmed().isEmpty())
                continue;
            QStringList why;
            if (placeholders(t) != placeholders(m.source))
                why << QStringLiteral("placeholders");
            if (htmlTags(t) != htmlTags(m.source))
                why << QStringLiteral("HTML tags");
            if (t.count(u'\n') != m.source.count(u'\n'))
                why << QStringLiteral("line breaks");
            if (accelerator(t) != accelerator(m.source))
                why << QStringLiteral("accelerator");
            if (!why.isEmpty())
                mismatched.append(m.label() + u" → \"" + t + u"\": " + why.join(u", "));
        }
    }
    // One failure that lists every problem, so one run shows all there is to fix.
    QStringList problems;
    const auto section = [&problems](const QString &title, const QStringList &lines) {
        if (!lines.isEmpty())
            problems.append(title + list(lines));
    };
    section(QStringLiteral("unfinished:"), unfinished);
    section(QStringLiteral("empty:"), empty);
    section(QStringLiteral("marked obsolete but still used in the sources:"), obsoleteButUsed);
    section(QStringLiteral("wrong number of numerus forms:"), badForms);
    section(QStringLiteral("placeholders, HTML tags, line breaks or accelerator not carried over:"),
            mismatched);
    QVERIFY2(problems.isEmpty(), qPrintable(ts + u'\n' + problems.join(u'\n')));
}

void TstTranslations::completeForSources_data() {
    finished_data();
}

void TstTranslations::completeForSources() {
    QFETCH(QString, ts);
    TsFile file;
    QString error;
    QVERIFY2(readTs(ts, &file, &error), qPrintable(ts + u": " + error));
    QSet<QString> translated;
    for (const Message &m : std::as_const(file.messages)) {
        if (m.type.isEmpty() && !m.forms.isEmpty())
            translated.insert(m.key());
    }
    QStringList missing;
    QSet<QString> used;
    for (const Message &m : std::as_const(m_fresh)) {
        used.insert(m.key());
        if (!translated.contains(m.key()))
            missing.append(m.label());
    }
    QStringList unused;
    for (const Message &m : std::as_const(file.messages)) {
        if (m.type != u"obsolete" && m.type != u"vanished" && !used.contains(m.key()))
            unused.append(m.label());
    }
    if (!unused.isEmpty())
        qInfo("%s", qPrintable(u"no longer in the sources (harmless; run "
                               u"loandesk_update_translations to drop them):" +
                               list(unused)));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) in app/ and ui/ have no finished translation "
                                       "in %2 (cmake --build build --target "
                                       "loandesk_update_translations, then translate them):")
                            .arg(missing.size())
                            .arg(ts) +
                        list(missing)));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
