package io.workplan.excel.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The reader's own check of a part's prolog reads no more than its bound. */
class PackageCheckTest {

    @Test
    void aPrologOfExcelsSizeIsRead() throws IOException {
        assertThat(PackageCheck.prologProblem(new StringReader("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "\r\n<!-- a comment --><worksheet/>"))).isNull();
    }

    @Test
    void aPrologOfEndlessBlanksIsRefusedAfterItsBound() throws IOException {
        long[] read = new long[1];
        Reader endless = new Reader() {
            @Override
            public int read(char[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, ' ');
                read[0] += len;
                return len;
            }

            @Override
            public int read() {
                read[0]++;
                return ' ';
            }

            @Override
            public void close() {}
        };
        assertThat(PackageCheck.prologProblem(endless)).isEqualTo("has more than 1,048,576 characters before its first"
                + " element (Excel writes about 60); the file is refused unread");
        assertThat(read[0]).isEqualTo(PackageCheck.MAX_PROLOG_CHARS);
    }
}
