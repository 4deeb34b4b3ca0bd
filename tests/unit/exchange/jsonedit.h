#pragma once

// Edits one value of a JSON body by path, for the parser tests' bad-input rows.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace loandesk::test {

// Replaces (or, with an undefined value, removes) the value at `path` ("0.wallets.1.x").
inline QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value) {
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else if (index == array.size())
            array.append(edited(QJsonValue(), path, value));
        else
            array[index] = edited(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object[key] = edited(object.value(key), path, value);
    return object;
}

inline QByteArray edit(const QByteArray &body, const QString &path, const QJsonValue &value) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue out = edited(root, path.split(u'.'), value);
    return out.isArray() ? QJsonDocument(out.toArray()).toJson(QJsonDocument::Compact)
                         : QJsonDocument(out.toObject()).toJson(QJsonDocument::Compact);
}

inline const QJsonValue Removed(QJsonValue::Undefined);

} // namespace loandesk::test
