package io.workplan.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a workbook says of its sheets beyond their names and rows, the same in both reading modes:
 * which are hidden (Excel's "hidden" and "very hidden", which a person opening the workbook does not
 * see), which is active (shown when the workbook opens), and two sheets of one name (which Excel
 * does not allow), refused.
 */
public final class WorkbookSheets {
    private WorkbookSheets() {}

    /**
     * What {@code xl/workbook.xml} declares of its sheets.
     *
     * @param hidden the names of the hidden and very hidden sheets
     * @param active the name of the active sheet, when the workbook names one
     */
    public record Declared(Set<String> hidden, Optional<String> active) {
        /**
         * Whether a sheet is hidden.
         *
         * @param name its name
         * @return whether the workbook hides it
         */
        public boolean hidden(String name) {
            return hidden.contains(name);
        }
    }

    /**
     * Reads the sheets' states and the active tab from {@code xl/workbook.xml}, already checked by
     * {@link PackageCheck} (no DOCTYPE, bounded in size).
     *
     * @param workbookXml the part's bytes
     * @return what it declares
     * @throws IOException when the part is no XML
     */
    public static Declared declared(InputStream workbookXml) throws IOException {
        Set<String> hidden = new HashSet<>();
        int[] activeTab = {-1};
        List<String> order = new ArrayList<>();
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
                    if (name.equals("workbookView") && activeTab[0] < 0) {
                        String tab = attributes.getValue("activeTab");
                        activeTab[0] = tab == null ? 0 : parse(tab);
                    } else if (name.equals("sheet")) {
                        String sheetName = attributes.getValue("name");
                        String state = attributes.getValue("state");
                        if (sheetName != null) {
                            order.add(sheetName);
                            if (state != null && !state.equals("visible")) {
                                hidden.add(sheetName);
                            }
                        }
                    }
                }
            });
            xml.parse(new InputSource(workbookXml));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
        String active = activeTab[0] >= 0 && activeTab[0] < order.size() ? order.get(activeTab[0]) : null;
        return new Declared(Set.copyOf(hidden), Optional.ofNullable(active));
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The reason a workbook is refused for giving two sheets one name (Excel compares names without
     * case), which no workbook saved by Excel does: a sheet chosen by name would be either.
     *
     * @param names the sheets' names, in order
     * @return the reason, when two sheets share a name
     */
    public static Optional<String> sameNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i).toLowerCase(Locale.ROOT))) {
                int first = -1;
                for (int j = 0; j < i && first < 0; j++) {
                    if (names.get(j).equalsIgnoreCase(names.get(i))) {
                        first = j;
                    }
                }
                return Optional.of("the workbook has two sheets named " + names.get(first) + " (sheets " + (first + 1)
                        + " and " + (i + 1) + " of " + names + "), which Excel does not allow: the file is damaged or"
                        + " was not written by Excel; open it in a spreadsheet program, rename one and save it");
            }
        }
        return Optional.empty();
    }
}
