package io.kiosque.syndication;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a UTF-8 XML document with the JDK's streaming writer, which escapes text and attributes; characters XML 1.0
 * cannot carry (control characters pasted from wire copy) are dropped, so the document is always well-formed.
 */
final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private final XMLStreamWriter xml;

    XmlWriter() {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element; {@code attributes} are name, value pairs ({@code xmlns:*} declares a namespace). */
    XmlWriter start(String name, String... attributes) {
        try {
            xml.writeStartElement(name);
            return attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlWriter end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text content; nothing when the text is null. */
    XmlWriter element(String name, String text, String... attributes) {
        if (text == null) {
            return this;
        }
        start(name, attributes);
        try {
            xml.writeCharacters(clean(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    /** An empty element, such as {@code <atom:link href="..."/>}. */
    XmlWriter empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement(name);
            return attributes(attributes);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private XmlWriter attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
        }
        return this;
    }

    byte[] finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 822 date, as RSS 2.0 wants it. */
    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    /** W3C datetime, as sitemaps want it. */
    static String w3c(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** Drops what XML 1.0 cannot carry: control characters but tab and line breaks, lone surrogates, U+FFFE/U+FFFF. */
    static String clean(String text) {
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (cleaned != null) {
                    cleaned.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }
}
