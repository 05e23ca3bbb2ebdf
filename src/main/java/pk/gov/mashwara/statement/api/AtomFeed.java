package pk.gov.mashwara.statement.api;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import pk.gov.mashwara.statement.IssuedStatement;

/**
 * The issued statements as an Atom 1.0 feed (RFC 4287), written with the platform's XML stream writer so that every
 * text is escaped. Each entry's id is a tag URI that never changes; its {@code updated} is the time of issue.
 */
final class AtomFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String FEED_ID = "tag:mashwara.gov.pk,2021:statements/issued";

    private AtomFeed() {
    }

    static byte[] write(List<IssuedStatement> issued, String baseUrl) {
        var base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        var out = new ByteArrayOutputStream();
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", FEED_ID);
            text(xml, "title", "Statements issued on engagement with social media companies (direction 5, "
                    + "No. 1(1)/AS-II/2021)");
            var latest = issued.stream().map(IssuedStatement::issuedAt).max(Instant::compareTo)
                    .orElse(Instant.parse("2021-10-04T00:00:00Z"));
            text(xml, "updated", time(latest));
            xml.writeStartElement("author");
            text(xml, "name", "National Social Media Coordination Working Group");
            xml.writeEndElement();
            link(xml, "self", base + "api/statements/issued.atom", "application/atom+xml");
            link(xml, "alternate", base + "statements", "text/html");
            for (var s : issued) {
                xml.writeStartElement("entry");
                text(xml, "id", "tag:mashwara.gov.pk,2021:statement/" + s.statementId());
                text(xml, "title", s.company() + ": " + s.occasion());
                text(xml, "updated", time(s.issuedAt()));
                text(xml, "published", time(s.issuedAt()));
                xml.writeStartElement("author");
                text(xml, "name", s.issuerName());
                xml.writeEndElement();
                xml.writeStartElement("category");
                xml.writeAttribute("term", s.channel().name());
                xml.writeEndElement();
                link(xml, "alternate", base + "statements/" + s.statementId(), "text/html");
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(xmlSafe(s.finalText()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        xml.writeEndElement();
    }

    /** Without the control characters XML 1.0 cannot carry (the writer escapes markup, not these). */
    static String xmlSafe(String value) {
        var out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** RFC 3339, in UTC, to the second. */
    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
