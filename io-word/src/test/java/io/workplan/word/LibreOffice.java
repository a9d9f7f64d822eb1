package io.workplan.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice's Writer, where it is installed: {@code soffice} on the PATH with its Writer library
 * ({@code libswlo.so}, the package {@code libreoffice-writer-nogui}) beside it. A machine with
 * LibreOffice Calc alone has {@code soffice} but cannot open a Word document.
 */
final class LibreOffice {
    private LibreOffice() {}

    /** The {@code soffice} program, when it can convert Word documents; else {@code null}. */
    static Path writer() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, "soffice");
            if (Files.isExecutable(candidate)) {
                try {
                    Path program = candidate.toRealPath().getParent();
                    return Files.exists(program.resolve("libswlo.so")) ? candidate : null;
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Converts files with a profile of its own in {@code dir}.
     *
     * @param soffice the program
     * @param dir where the profile, the log and the converted files go
     * @param format the target, such as {@code pdf} or {@code docx:MS Word 2007 XML}
     * @param writerImport whether to open the files in Writer (an HTML page otherwise opens in Writer/Web)
     * @param files the files
     */
    static void convert(Path soffice, Path dir, String format, boolean writerImport, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless"));
        if (writerImport) {
            command.add("--writer");
        }
        command.addAll(List.of("--convert-to", format, "--outdir", dir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
}
