# Precompiled headers. Parsing Qt's headers was most of the build: a test that includes <QtTest>
# parses all of QtCore (about 6 CPU-seconds a file), a widget about 2, a core class about 1.
# Each list below is compiled once per target family and reused, so a file only parses its own
# code. The lists name only Qt (and standard) headers that many files of the family include; a
# file must still include what it uses (configure with -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON to
# check).
#
# GCC rejects a PCH unless the defines it depends on (QT_*_LIB, QT_NO_*) and the code-generation
# flags are the same where it is used; the ci preset turns that into an error (-Winvalid-pch
# -Werror), so a mismatch is never a silent slowdown.

# With a compiler cache (-DCMAKE_CXX_COMPILER_LAUNCHER=ccache), precompiled headers are off unless
# asked for: ccache cannot cache a file compiled with one (without sloppiness settings), and a
# .gch differs between build trees, so the cache's hits across work trees would be lost.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache" AND NOT DEFINED CMAKE_DISABLE_PRECOMPILE_HEADERS)
    set(CMAKE_DISABLE_PRECOMPILE_HEADERS ON)
endif()

# app/: QtCore, QtNetwork and QtSql only (the core never sees QtGui).
set(LOANDESK_PCH_CORE
    <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QList> <QtCore/QByteArray>
    <QtCore/QHash> <QtCore/QMap> <QtCore/QSet> <QtCore/QDateTime> <QtCore/QTimeZone>
    <QtCore/QTimer> <QtCore/QPointer> <QtCore/QUrl> <QtCore/QJsonValue> <QtCore/QJsonObject>
    <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QFile> <QtCore/QDir> <QtCore/QFileInfo>
    <QtCore/QCoreApplication> <QtCore/QStandardPaths> <QtCore/QAbstractTableModel>
    <QtSql/QSqlQuery> <QtSql/QSqlError> <QtSql/QSqlDatabase>
    <QtNetwork/QNetworkAccessManager> <QtNetwork/QNetworkReply>
    <memory> <optional> <functional> <algorithm>)

# ui/: the widgets most panels and dialogs use. QtCharts stays out: only ui/charts includes it.
set(LOANDESK_PCH_WIDGETS
    <QtWidgets/QWidget> <QtWidgets/QApplication> <QtWidgets/QLabel> <QtWidgets/QVBoxLayout>
    <QtWidgets/QHBoxLayout> <QtWidgets/QFormLayout> <QtWidgets/QPushButton> <QtWidgets/QLineEdit>
    <QtWidgets/QComboBox> <QtWidgets/QHeaderView> <QtWidgets/QTableView> <QtWidgets/QDialog>
    <QtWidgets/QDialogButtonBox> <QtWidgets/QMessageBox> <QtGui/QPainter>)

# tests/: QtTest (which includes all of QtCore) and what most tests use beside it.
set(LOANDESK_PCH_TEST
    <QtTest/QtTest> <QtTest/QSignalSpy> <QtCore/QTemporaryDir> <QtCore/QProcess>)
