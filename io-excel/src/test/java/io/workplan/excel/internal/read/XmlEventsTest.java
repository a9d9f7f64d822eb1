package io.workplan.excel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The streaming mode's parser hands on what the JDK's SAX parser would (namespaces, qualified names,
 * attributes, text), refuses a DOCTYPE and malformed XML with its place, and never holds a long
 * text whole.
 */
class XmlEventsTest {

    /** What a handler saw, one line an event. */
    private static final class Events extends DefaultHandler {
        final List<String> seen = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int longestPiece;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flush();
            StringBuilder b = new StringBuilder("<" + uri + "|" + localName + "|" + qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                b.append(' ').append(attributes.getURI(i)).append('|').append(attributes.getLocalName(i)).append('|')
                        .append(attributes.getQName(i)).append('=').append(attributes.getValue(i));
            }
            seen.add(b.append('>').toString());
            if (attributes.getIndex("r") >= 0) {
                seen.add("r=" + attributes.getValue("r") + " q:s=" + attributes.getValue("q:s") + " {urn:q}s="
                        + attributes.getValue("urn:q", "s") + " missing=" + attributes.getValue("t"));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            seen.add("</" + uri + "|" + localName + "|" + qName + ">");
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            longestPiece = Math.max(longestPiece, length);
            text.append(ch, start, length);
        }

        private void flush() {
            if (text.length() > 0) {
                seen.add(text.toString());
                text.setLength(0);
            }
        }
    }

    private static Events parse(String xml) throws Exception {
        Events events = new Events();
        XmlEvents.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), events);
        return events;
    }

    @Test
    void namespacesNamesAttributesAndTextAsSaxGivesThem() throws Exception {
        Events events = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- a comment --><w xmlns=\"urn:x\""
                + " xmlns:q=\"urn:q\"><c r=\"A1\" q:s=\"2\">1 &amp; &lt;2&gt; &#x4E2D;<![CDATA[<&>]]></c><q:e/>"
                + "<n xmlns=\"\"/></w>");
        assertThat(events.seen).containsExactly(
                "<urn:x|w|w>",
                "<urn:x|c|c |r|r=A1 urn:q|s|q:s=2>",
                "r=A1 q:s=2 {urn:q}s=2 missing=null",
                "1 & <2> 中<&>",
                "</urn:x|c|c>",
                "<urn:q|e|q:e>",
                "</urn:q|e|q:e>",
                "<|n|n>",
                "</|n|n>",
                "</urn:x|w|w>");
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityResolved() {
        for (String doctype : List.of("<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                "<!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>", "<!DOCTYPE w>")) {
            assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?>" + doctype + "<w><t>&x;&b;</t></w>"))
                    .isInstanceOf(SAXParseException.class);
        }
    }

    @Test
    void malformedXmlIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> parse("<w>\n<c r=\"1\" r=\"2\"/></w>")).isInstanceOfSatisfying(SAXParseException.class,
                e -> {
                    assertThat(e.getLineNumber()).isEqualTo(2);
                    assertThat(e.getMessage()).doesNotContain("\n at [");
                });
        assertThatThrownBy(() -> parse("<w><c></w>")).isInstanceOf(SAXParseException.class);
        // Aalto hands on an undeclared entity as an event of its own; it is refused, not left out
        assertThatThrownBy(() -> parse("<w>a&undeclared;b</w>")).isInstanceOf(SAXParseException.class)
                .hasMessageContaining("&undeclared;");
        assertThatThrownBy(() -> parse("<w x=\"&u;\"/>")).isInstanceOf(SAXParseException.class);
        assertThatThrownBy(() -> parse("<w>\u0001</w>")).isInstanceOf(SAXParseException.class);
        // a part cut inside an element, or empty: Aalto asks for more bytes after the end, it is not asked twice
        assertThatThrownBy(() -> parse("<w><c>")).isInstanceOf(SAXParseException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> parse("")).isInstanceOf(SAXParseException.class);
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?>")).isInstanceOf(SAXParseException.class);
    }

    @Test
    void aLongTextComesInPiecesNeverWhole() throws Exception {
        int length = 3_000_000;
        InputStream xml = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream("<w><v>".getBytes(StandardCharsets.US_ASCII)),
                new ByteArrayInputStream("x".repeat(length).getBytes(StandardCharsets.US_ASCII)),
                new ByteArrayInputStream("</v></w>".getBytes(StandardCharsets.US_ASCII)))));
        Events events = new Events();
        XmlEvents.parse(xml, events);
        assertThat(events.seen).hasSize(5);
        assertThat(events.seen.get(2)).hasSize(length);
        assertThat(events.longestPiece).isLessThanOrEqualTo(1 << 16);
    }

    @Test
    void anExceptionOfTheHandlerGoesOnAsItIs() {
        CellDamage damage = new CellDamage("A1", "damaged");
        DefaultHandler handler = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                throw damage;
            }
        };
        assertThatThrownBy(() -> XmlEvents.parse(new ByteArrayInputStream("<w/>".getBytes(StandardCharsets.UTF_8)), handler))
                .isSameAs(damage);
    }

    @Test
    void aFailingInputIsTheInputsException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the disk is gone");
            }
        };
        assertThatThrownBy(() -> XmlEvents.parse(broken, new DefaultHandler())).isInstanceOf(IOException.class)
                .hasMessage("the disk is gone");
    }
}
