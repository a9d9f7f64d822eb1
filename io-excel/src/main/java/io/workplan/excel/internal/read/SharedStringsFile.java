package io.workplan.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings table of an .xlsx file ({@code xl/sharedStrings.xml}) kept in a temporary
 * file, not in the heap: a sheet written by Excel keeps every distinct text there, a million task
 * contents for a million tasks, far more than a small heap holds as strings. What stays in the heap
 * is the start of each string (8 bytes a string) and one block of the file.
 *
 * <p>The texts are those of POI's {@code ReadOnlySharedStringsTable} without phonetic runs, with
 * the {@code _xHHHH_} escapes decoded as the in-memory mode decodes them: the runs of a rich text
 * joined, the phonetic guide ({@code <rPh>}) left out. The file holds them as UTF-16 and is deleted
 * on {@link #close()}. Strings are mostly looked up in the order of the table, so the block read
 * last usually holds the next one; the texts a sheet repeats (lead units, {@code 已完成}, {@code /}),
 * which come early in the table, are kept once read (short ones only, in a fixed number of slots:
 * at most {@value #CACHE_SLOTS} strings of at most {@value #CACHED_CHARS} characters), so that
 * looking them up does not move the block away from the next task's content.
 */
final class SharedStringsFile extends DefaultHandler implements AutoCloseable {
    private static final int BLOCK_BYTES = 1 << 16;
    private static final int CACHE_SLOTS = 4096;
    private static final int CACHED_CHARS = 256;

    private final FileChannel channel;
    private long[] starts = new long[1024];
    private int count;
    private long chars;

    private final ByteBuffer out = ByteBuffer.allocate(BLOCK_BYTES);
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;
    private boolean inRun;
    private boolean plain;
    private boolean runs;
    /** The strings with both a plain text and runs, which the sheet's cells refuse. */
    private final java.util.BitSet mixed = new java.util.BitSet();

    private final ByteBuffer block = ByteBuffer.allocate(BLOCK_BYTES);
    /** The code units of the string read last. */
    private char[] units = new char[CACHED_CHARS];
    private long blockStart = -1;

    /** Strings read, direct-mapped by index: a slot holds the string of index {@code cachedIndex - 1}. */
    private final String[] cached = new String[CACHE_SLOTS];
    private final int[] cachedIndex = new int[CACHE_SLOTS];

    private SharedStringsFile(FileChannel channel) {
        this.channel = channel;
    }

    /** A table of no strings, for a workbook without one. */
    static SharedStringsFile empty() throws IOException {
        return new SharedStringsFile(null);
    }

    /**
     * Reads a shared strings table into a temporary file.
     *
     * @param sst the XML of the table
     * @return the table
     * @throws IOException when the XML cannot be read or the file cannot be written
     */
    static SharedStringsFile read(InputStream sst) throws IOException {
        Path file = Files.createTempFile("workplan-sst-", ".utf16");
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        SharedStringsFile table = new SharedStringsFile(channel);
        try {
            XmlEvents.parse(sst, table);
            table.flush();
            return table;
        } catch (SAXException e) {
            table.close();
            throw new IOException("the shared strings cannot be read: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            table.close();
            throw e;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si":
                text.setLength(0);
                plain = false;
                runs = false;
                break;
            case "t":
                inText = !inPhonetic;
                plain |= !inPhonetic && !inRun;
                break;
            case "r":
                inRun = !inPhonetic;
                runs |= !inPhonetic;
                break;
            case "rPh":
                inPhonetic = true;
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            SheetHandler.append(text, ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "t":
                inText = false;
                break;
            case "rPh":
                inPhonetic = false;
                break;
            case "r":
                inRun = false;
                break;
            case "si":
                if (plain && runs) {
                    mixed.set(count);
                }
                try {
                    add(SheetHandler.decode(text.toString()));
                } catch (IOException e) {
                    throw new SAXException(e);
                }
                break;
            default:
                break;
        }
    }

    private void add(String s) throws IOException {
        if (count + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[count++] = chars;
        for (int i = 0; i < s.length(); i++) {
            if (!out.hasRemaining()) {
                flush();
            }
            out.putChar(s.charAt(i));
        }
        chars += s.length();
        starts[count] = chars;
    }

    private void flush() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        out.clear();
    }

    /**
     * The string at an index of the table.
     *
     * @param index the 0-based index, as a cell of type {@code s} gives it
     * @return the string
     * @throws IllegalArgumentException when the table has no such string
     */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("a cell refers to the shared string " + index
                    + ", but the table has " + count);
        }
        int slot = index & (CACHE_SLOTS - 1);
        if (cachedIndex[slot] == index + 1) {
            return cached[slot];
        }
        long from = starts[index] * 2;
        int bytes = (int) ((starts[index + 1] - starts[index]) * 2);
        if (bytes <= CACHED_CHARS * 2) {
            cached[slot] = read(from, bytes);
            cachedIndex[slot] = index + 1;
            return cached[slot];
        }
        return read(from, bytes);
    }

    private String read(long from, int bytes) {
        try {
            if (bytes > BLOCK_BYTES) {
                ByteBuffer whole = ByteBuffer.allocate(bytes);
                fill(whole, from);
                return decode(whole, 0, bytes);
            }
            if (blockStart < 0 || from < blockStart || from + bytes > blockStart + block.limit()) {
                block.clear();
                fill(block, from);
                blockStart = from;
            }
            return decode(block, (int) (from - blockStart), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the shared strings cannot be read back from their temporary file", e);
        }
    }

    private void fill(ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        buffer.flip();
    }

    /**
     * The string of UTF-16 code units at a place of a buffer, put together by hand: the file holds
     * what was written, code unit by code unit, so nothing needs the charset's decoder (which was
     * a tenth of a streaming reading).
     */
    private String decode(ByteBuffer buffer, int offset, int bytes) {
        int length = bytes / 2;
        if (units.length < length) {
            units = new char[Math.max(length, units.length * 2)];
        }
        byte[] b = buffer.array();
        int at = buffer.arrayOffset() + offset;
        for (int i = 0; i < length; i++, at += 2) {
            units[i] = (char) (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF));
        }
        return new String(units, 0, length);
    }

    /**
     * Whether a string has both a plain text and runs of rich text ({@link CellDamage#mixedRichText}).
     *
     * @param index the 0-based index
     * @return whether it is mixed
     */
    boolean isMixed(int index) {
        return mixed.get(index);
    }

    /**
     * How many strings the table holds.
     *
     * @return the count
     */
    int size() {
        return count;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
    }
}
