#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

// Reads the #include lines of app/ and ui/ the way the compiler resolves them: the including
// file's own folder first, then app/ (every target's root), then ui/ (only for ui/ files).
// A folder is a layer's direct subfolder (app/monitor, ui/shell); files at a layer's top level
// (ui/main.cpp) form a folder of their own.
class TestLayers final : public QObject {
    Q_OBJECT

    struct Include {
        QString from;    // the including file, relative to the source root
        QString to;      // the included file, relative to the source root
        QString written; // what the #include line says
    };

    QDir m_root{QStringLiteral(LOANDESK_SOURCE_DIR)};
    QSet<QString> m_files;
    QList<Include> m_includes;

    static QString folderOf(const QString &path) {
        const QStringList parts = path.split(u'/');
        return parts.size() > 2 ? parts[0] + u'/' + parts[1] : parts[0];
    }

    QString resolve(const QString &from, const QString &written) const {
        QStringList bases{QFileInfo(from).path(), QStringLiteral("app")};
        if (from.startsWith(QLatin1String("ui/")))
            bases << QStringLiteral("ui");
        for (const QString &base : bases) {
            const QString candidate = QDir::cleanPath(base + u'/' + written);
            if (m_files.contains(candidate))
                return candidate;
        }
        return {};
    }

    // Folder → folders it includes from, with one example include per edge for the message.
    QMap<QString, QMap<QString, QString>> folderGraph() const {
        QMap<QString, QMap<QString, QString>> graph;
        for (const Include &i : m_includes) {
            const QString a = folderOf(i.from), b = folderOf(i.to);
            if (a != b && !graph[a].contains(b))
                graph[a][b] = i.from + QStringLiteral(" includes \"") + i.written + u'"';
        }
        return graph;
    }

private Q_SLOTS:
    void initTestCase() {
        const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                         QRegularExpression::MultilineOption);
        QStringList sources;
        for (const QString &layer : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(m_root.filePath(layer),
                            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << m_root.relativeFilePath(it.next());
        }
        m_files = QSet<QString>(sources.cbegin(), sources.cend());
        QVERIFY2(m_files.size() > 100, "the source tree was not found");
        for (const QString &file : std::as_const(sources)) {
            QFile f(m_root.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto it = include.globalMatch(text); it.hasNext();) {
                const QString written = it.next().captured(1);
                const QString to = resolve(file, written);
                if (!to.isEmpty())
                    m_includes.append({file, to, written});
            }
        }
        QVERIFY(m_includes.size() > 500);
    }

    void coreNeverIncludesWidgets() {
        for (const Include &i : std::as_const(m_includes)) {
            if (i.from.startsWith(QLatin1String("app/")))
                QVERIFY2(!i.to.startsWith(QLatin1String("ui/")),
                         qPrintable(i.from + QStringLiteral(" includes ") + i.to));
        }
    }

    void folderNamesAreUnique() {
        // An include such as "settings/x.h" must say which layer it comes from.
        QMap<QString, QString> seen;
        for (const QString &file : std::as_const(m_files)) {
            const QString folder = folderOf(file);
            const QString name = folder.section(u'/', 1);
            if (name.isEmpty() || seen.value(name) == folder)
                continue;
            QVERIFY2(!seen.contains(name), qPrintable(seen.value(name) + QStringLiteral(" and ") +
                                                      folder + QStringLiteral(" share a name")));
            seen.insert(name, folder);
        }
    }

    void foldersHaveNoCycles() {
        const auto graph = folderGraph();
        // Depth-first search; a back edge closes a cycle, reported with one include per step.
        QMap<QString, int> state; // 0 unvisited, 1 on the path, 2 done
        QStringList path;
        QString cycle;
        std::function<bool(const QString &)> visit = [&](const QString &folder) {
            state[folder] = 1;
            path << folder;
            for (auto it = graph.value(folder).cbegin(); it != graph.value(folder).cend(); ++it) {
                if (state.value(it.key()) == 1) {
                    const QStringList loop = path.mid(path.indexOf(it.key())) << it.key();
                    for (qsizetype k = 0; k + 1 < loop.size(); ++k)
                        cycle += QStringLiteral("\n  ") + graph[loop[k]][loop[k + 1]];
                    return true;
                }
                if (state.value(it.key()) == 0 && visit(it.key()))
                    return true;
            }
            path.removeLast();
            state[folder] = 2;
            return false;
        };
        for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
            if (state.value(it.key()) == 0 && visit(it.key()))
                QFAIL(
                    qPrintable(QStringLiteral("folders include each other in a circle:") + cycle));
        }
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
