package io.workplan.excel.internal.read;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * How the streaming mode parses a workbook's XML parts (a sheet, the shared strings): Aalto's
 * non-blocking parser ({@code com.fasterxml.aalto}), fed the part's bytes a block at a time, its
 * events handed to a SAX {@link DefaultHandler} as the JDK's parser would hand them, so that the
 * handlers do not know which parser runs under them. It takes about a third of the time of the
 * JDK's SAX parser on a sheet (see {@code docs/benchmarks.md}).
 *
 * <h2>What is handed on</h2>
 *
 * {@code startDocument}, {@code startElement} (namespace URI, {@code ""} for none; local name;
 * qualified name; the attributes, {@link #attributes}), {@code characters} (text and CDATA, in
 * pieces of at most a block: a text of any length never lies whole in memory, as with the JDK's
 * parser), {@code endElement} and {@code endDocument}. Prefix mappings, processing instructions and
 * comments are not handed on: no handler of a workbook part asks for them.
 *
 * <h2>Strict</h2>
 *
 * A part that declares a DOCTYPE is refused here as well as by {@link PackageCheck} before it: no
 * entity but XML's five and character references is ever expanded, nothing external is resolved.
 * Malformed XML is refused as a {@link SAXParseException} with its line and column; an exception of
 * a handler (a {@link SAXException}, or a runtime exception such as {@link CellDamage}) goes on as
 * it is.
 */
final class XmlEvents {
    /** The bytes fed to the parser at a time. */
    private static final int BLOCK = 1 << 16;

    private static final InputFactoryImpl FACTORY = factory();

    private XmlEvents() {}

    private static InputFactoryImpl factory() {
        InputFactoryImpl f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return f;
    }

    /**
     * Parses a part, handing its events to a handler.
     *
     * @param in the part's bytes (not closed here)
     * @param handler the handler
     * @throws IOException when the bytes cannot be read
     * @throws SAXException when the XML is malformed or declares a DOCTYPE, or the handler throws one
     */
    static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        AsyncXMLStreamReader<AsyncByteArrayFeeder> xml = FACTORY.createAsyncForByteArray();
        byte[] block = new byte[BLOCK];
        Attributes attributes = attributes(xml);
        boolean ended = false;
        try {
            handler.startDocument();
            while (true) {
                switch (xml.next()) {
                    case AsyncXMLStreamReader.EVENT_INCOMPLETE:
                        if (ended) {
                            // Aalto asks for more after the end of a part cut inside an element, or of an empty one
                            throw new SAXParseException("the XML ends before its root element is closed: the part is"
                                    + " truncated", null, null, xml.getLocation().getLineNumber(),
                                    xml.getLocation().getColumnNumber());
                        }
                        int n = in.readNBytes(block, 0, BLOCK);
                        if (n <= 0) {
                            xml.getInputFeeder().endOfInput();
                            ended = true;
                        } else {
                            xml.getInputFeeder().feedInput(block, 0, n);
                        }
                        break;
                    case XMLStreamConstants.START_ELEMENT:
                        handler.startElement(uri(xml.getNamespaceURI()), xml.getLocalName(), qName(xml.getPrefix(),
                                xml.getLocalName()), attributes);
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        handler.endElement(uri(xml.getNamespaceURI()), xml.getLocalName(), qName(xml.getPrefix(),
                                xml.getLocalName()));
                        break;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        break;
                    case XMLStreamConstants.DTD:
                        throw new SAXParseException("the XML declares a DOCTYPE, which Excel never writes; no entity"
                                + " is resolved", null, null, xml.getLocation().getLineNumber(),
                                xml.getLocation().getColumnNumber());
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        // Aalto reports an undeclared entity and goes on; the JDK's parser refuses it, and so does this
                        throw new SAXParseException("the entity reference &" + xml.getLocalName() + "; is none of XML's"
                                + " own (&amp; &lt; &gt; &quot; &apos;) and nothing declares it: the XML is malformed", null,
                                null, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
                    case XMLStreamConstants.END_DOCUMENT:
                        handler.endDocument();
                        return;
                    default:
                        // the XML declaration, comments, processing instructions: nothing for a handler
                        break;
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new SAXParseException(message(e), null, null, at == null ? -1 : at.getLineNumber(),
                    at == null ? -1 : at.getColumnNumber(), e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held but memory
            }
        }
    }

    /** Aalto's message without the location it appends (the exception carries it). */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("\n at [");
        return at < 0 ? m : m.substring(0, at);
    }

    private static String uri(String uri) {
        return uri == null ? "" : uri;
    }

    private static String qName(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /**
     * The attributes of the element the reader is at, as SAX gives them: read from the reader
     * when asked (valid during {@code startElement} only, as SAX's are).
     */
    static Attributes attributes(AsyncXMLStreamReader<?> xml) {
        return new Attributes() {
            @Override
            public int getLength() {
                return xml.getAttributeCount();
            }

            @Override
            public String getURI(int index) {
                return index < 0 || index >= getLength() ? null : uri(xml.getAttributeNamespace(index));
            }

            @Override
            public String getLocalName(int index) {
                return index < 0 || index >= getLength() ? null : xml.getAttributeLocalName(index);
            }

            @Override
            public String getQName(int index) {
                return index < 0 || index >= getLength() ? null : qName(xml.getAttributePrefix(index),
                        xml.getAttributeLocalName(index));
            }

            @Override
            public String getType(int index) {
                return index < 0 || index >= getLength() ? null : "CDATA";
            }

            @Override
            public String getValue(int index) {
                return index < 0 || index >= getLength() ? null : xml.getAttributeValue(index);
            }

            @Override
            public int getIndex(String uri, String localName) {
                for (int i = 0, n = getLength(); i < n; i++) {
                    if (xml.getAttributeLocalName(i).equals(localName) && uri(xml.getAttributeNamespace(i)).equals(uri)) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public int getIndex(String qName) {
                for (int i = 0, n = getLength(); i < n; i++) {
                    if (isQName(qName, xml.getAttributePrefix(i), xml.getAttributeLocalName(i))) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public String getType(String uri, String localName) {
                return getIndex(uri, localName) < 0 ? null : "CDATA";
            }

            @Override
            public String getType(String qName) {
                return getIndex(qName) < 0 ? null : "CDATA";
            }

            @Override
            public String getValue(String uri, String localName) {
                return getValue(getIndex(uri, localName));
            }

            @Override
            public String getValue(String qName) {
                return getValue(getIndex(qName));
            }
        };
    }

    /** Whether {@code prefix:local} (or {@code local} without a prefix) is a qualified name, without making it. */
    private static boolean isQName(String qName, String prefix, String local) {
        if (prefix == null || prefix.isEmpty()) {
            return qName.equals(local);
        }
        return qName.length() == prefix.length() + 1 + local.length() && qName.startsWith(prefix)
                && qName.charAt(prefix.length()) == ':' && qName.endsWith(local);
    }
}
