package io.workplan.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The UTF-8 check passes well-formed bytes unchanged and finds a malformed sequence at the same
 * place however the bytes arrive: whole, or in chunks that cut characters apart.
 */
class Utf8InputProperties {

    /** Malformed sequences, each with what the check says of it. */
    private static final List<Object[]> MALFORMED = List.of(
            new Object[] {new byte[] {(byte) 0x80}, "80", "a continuation byte that continues no character"},
            new Object[] {new byte[] {(byte) 0xC0, (byte) 0xAF}, "C0", "an overlong form, which UTF-8 forbids"},
            new Object[] {new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, "E0 80", "an overlong form, which UTF-8 forbids"},
            new Object[] {new byte[] {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, "F0 8F",
                "an overlong form, which UTF-8 forbids"},
            new Object[] {new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "ED A0",
                "a surrogate (U+D800 to U+DFFF), which UTF-8 cannot hold"},
            new Object[] {new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "F4 90",
                "beyond U+10FFFF, the last code point"},
            new Object[] {new byte[] {(byte) 0xF5}, "F5", "a byte that UTF-8 never uses"},
            new Object[] {new byte[] {(byte) 0xC4, (byte) 0xEA}, "C4 EA", "a character cut short"},
            new Object[] {new byte[] {(byte) 0xE5, (byte) 0xB9, '"'}, "E5 B9 22", "a character cut short"});

    @Property(tries = 300)
    void wellFormedBytesPassUnchanged(@ForAll("text") String text, @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 9) Integer> chunks)
            throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(readAll(new Utf8Input(new Chunked(bytes, chunks)))).isEqualTo(bytes);
    }

    @Property(tries = 300)
    void aMalformedSequenceIsFoundWhereItStartsWhateverTheChunks(@ForAll("text") String before, @ForAll("text") String after,
            @ForAll("malformed") Object[] malformed, @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 9) Integer> chunks) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] bad = (byte[]) malformed[0];
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(head);
        input.writeBytes(bad);
        input.writeBytes(after.getBytes(StandardCharsets.UTF_8));

        Utf8Input.Malformed e = catchThrowableOfType(Utf8Input.Malformed.class,
                () -> readAll(new Utf8Input(new Chunked(input.toByteArray(), chunks))));

        assertThat(e).isNotNull();
        assertThat(e.offset).isEqualTo(head.length);
        assertThat(e.bytes).isEqualTo(malformed[1]);
        assertThat(e.reason).isEqualTo(malformed[2]);
        String lastLine = before.substring(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1);
        assertThat(e.line).isEqualTo(1 + before.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count());
        assertThat(e.column).isEqualTo(lastLine.getBytes(StandardCharsets.UTF_8).length + 1);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.of('a', '"', '\n', '\r', 'é', '年', '€'), Arbitraries.chars().range('\u0000', '\u07FF'))
                .list().ofMaxSize(30)
                .flatMap(cs -> Arbitraries.of("", "😀", "𠀀").map(astral -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.append(astral).toString();
                }));
    }

    @Provide
    Arbitrary<Object[]> malformed() {
        return Arbitraries.of(MALFORMED);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16];
        int n;
        while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Bytes handed out in chunks of the sizes given, in turn. */
    private static final class Chunked extends InputStream {
        private final byte[] bytes;
        private final List<Integer> sizes;
        private int position;
        private int reads;

        Chunked(byte[] bytes, List<Integer> sizes) {
            this.bytes = bytes;
            this.sizes = sizes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, sizes.get(reads++ % sizes.size())), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }
    }
}
