package io.workplan.excel;

import io.workplan.sheet.samples.RealSamples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** Whatever bytes a file holds, the reader gives a report or our exception: never a POI or JDK exception. */
class CorruptFilesProperties {
    private static final byte[] SAMPLE = sample();

    private static byte[] sample() {
        try {
            return Files.readAllBytes(RealSamples.file(RealSamples.GONGSHU_XLSX));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 40)
    void aDamagedWorkbookGivesOurExceptionOrAReport(@ForAll("damage") List<Tuple2<Integer, Byte>> damage,
            @ForAll("lengths") int length) throws Exception {
        byte[] bytes = java.util.Arrays.copyOf(SAMPLE, length);
        for (Tuple2<Integer, Byte> d : damage) {
            if (d.get1() < bytes.length) {
                bytes[d.get1()] = d.get2();
            }
        }
        Path file = Files.createTempFile("workplan-damaged-", ".xlsx");
        try {
            Files.write(file, bytes);
            for (boolean streaming : new boolean[] {false, true}) {
                Throwable t = catchThrowable(() -> new ExcelReader(
                        ExcelReadOptions.builder().streaming(streaming).lenient(true).build()).read(file));
                if (t != null) {
                    assertThat(t).isExactlyInstanceOf(ExcelException.class);
                    assertThat(t.getMessage()).contains(file.getFileName().toString());
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<List<Tuple2<Integer, Byte>>> damage() {
        return Combinators.combine(Arbitraries.integers().between(0, SAMPLE.length - 1), Arbitraries.bytes())
                .as(Tuple::of).list().ofMinSize(0).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(SAMPLE.length)),
                Tuple.of(1, Arbitraries.integers().between(0, SAMPLE.length)));
    }
}
