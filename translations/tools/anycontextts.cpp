// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: writes a copy of a Qt Linguist .ts file with every finished message in the one
// context "certdesk-any" (each source text once), for the console's fallback translator
// (app/gui/translator.cpp). lupdate files a message under the class or namespace that calls tr(),
// while CertDesk's core and connectors translate through small helpers with a fixed context, so
// some lookups name another context than the catalogue; the fallback finds them by source text.
// Usage: certdesk_anycontextts IN.ts OUT.ts
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

struct Message
{
    QString source;
    QString comment;
    bool numerus = false;
    QString translation;
    QStringList forms;
    bool finished = true;
};

Message readMessage(QXmlStreamReader &xml)
{
    Message message;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translation = xml.readElementText();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: certdesk_anycontextts IN.ts OUT.ts\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    QXmlStreamReader xml(&in);
    QString language;
    QList<Message> messages;
    QSet<QString> seen;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("TS"))
            language = xml.attributes().value(QLatin1String("language")).toString();
        if (!xml.isStartElement() || xml.name() != QLatin1String("message"))
            continue;
        Message message = readMessage(xml);
        const QString key = message.source + QChar(0) + message.comment;
        if (message.finished && !seen.contains(key)) {
            seen.insert(key);
            messages << message;
        }
    }
    if (xml.hasError()) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(xml.errorString()));
        return 1;
    }

    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", argv[2]);
        return 1;
    }
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    writer.writeStartElement(QStringLiteral("TS"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    writer.writeAttribute(QStringLiteral("language"), language);
    writer.writeStartElement(QStringLiteral("context"));
    writer.writeTextElement(QStringLiteral("name"), QStringLiteral("certdesk-any"));
    for (const Message &message : std::as_const(messages)) {
        writer.writeStartElement(QStringLiteral("message"));
        if (message.numerus)
            writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
        writer.writeTextElement(QStringLiteral("source"), message.source);
        if (!message.comment.isEmpty())
            writer.writeTextElement(QStringLiteral("comment"), message.comment);
        if (message.numerus) {
            writer.writeStartElement(QStringLiteral("translation"));
            for (const QString &form : message.forms)
                writer.writeTextElement(QStringLiteral("numerusform"), form);
            writer.writeEndElement();
        } else {
            writer.writeTextElement(QStringLiteral("translation"), message.translation);
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return out.error() == QFile::NoError ? 0 : 1;
}
