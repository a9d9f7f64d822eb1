package io.workplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.core.internal.FileKind.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a file is, by its first bytes and, for a zip, by its directory: the one answer every reader asks for. */
class FileKindTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "%PDF-1.7\\n1 0 obj|PDF",
        "{\\rtf1\\ansi|RTF",
        "  {\"formatVersion\":2}|JSON",
        "[1,2]|JSON",
        "<!DOCTYPE html><html>|HTML",
        "\uFEFF<table><tr>|HTML",
        "<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><Workbook>|XML_SPREADSHEET",
        "<?xml version=\"1.0\"?><note/>|XML",
        "MIME-Version: 1.0\\nContent-Type: multipart/related|WEB_ARCHIVE",
        "序号,主要工作内容,完成进度|TEXT"})
    void textAndSignatures(String start, Kind kind) {
        byte[] bytes = start.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(FileKind.of(bytes).kind()).isEqualTo(kind);
    }

    @Test
    void imagesEmptyAndBinary() {
        assertThat(FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).what()).startsWith("a PNG image");
        assertThat(FileKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1}).kind()).isEqualTo(Kind.IMAGE);
        assertThat(FileKind.of(new byte[0]).refusal("a JSON report")).isEqualTo("the file is empty (0 bytes), not a JSON report");
        assertThat(FileKind.of(new byte[] {1, 0, 0, 0, 7, 0, 0, 0}).kind()).isEqualTo(Kind.BINARY);
        assertThat(FileKind.of(new byte[] {0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00}).kind()).isEqualTo(Kind.XLS_OLD);
    }

    @Test
    void utf16TextIsText() {
        assertThat(FileKind.of("\uFEFF序号\t完成进度".getBytes(StandardCharsets.UTF_16LE)).kind()).isEqualTo(Kind.TEXT);
        assertThat(FileKind.of("{\"a\":1}".getBytes(StandardCharsets.UTF_16BE)).kind()).isEqualTo(Kind.JSON);
    }

    @Test
    void zipsByTheirEntries() throws IOException {
        assertThat(kindOf(zip(false, "[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(Kind.XLSX);
        assertThat(kindOf(zip(false, "[Content_Types].xml", "word/document.xml"))).isEqualTo(Kind.DOCX);
        assertThat(kindOf(zip(false, "[Content_Types].xml", "xl/workbook.bin"))).isEqualTo(Kind.XLSB);
        assertThat(kindOf(zip(false, "[Content_Types].xml", "ppt/presentation.xml"))).isEqualTo(Kind.OFFICE_OTHER);
        assertThat(kindOf(zip(true, "mimetype", "content.xml"))).isEqualTo(Kind.ODS);
        FileKind archive = FileKind.of(write(zip(false, "附件1.xlsx", "说明.txt")));
        assertThat(archive.refusal("a Word document (.docx)")).isEqualTo("it is a zip archive (holding 附件1.xlsx, 说明.txt),"
                + " not a Word document (.docx): unpack it and read 附件1.xlsx");
    }

    @Test
    void aTruncatedZipIsToldByTheEntriesItsFirstBytesName() throws IOException {
        byte[] xlsx = zip(false, "[Content_Types].xml", "xl/workbook.xml");
        byte[] cut = java.util.Arrays.copyOf(xlsx, xlsx.length - 30);
        assertThat(FileKind.of(write(cut)).kind()).isEqualTo(Kind.XLSX);
        byte[] nothing = java.util.Arrays.copyOf(zip(false, "a.txt"), 20);
        assertThat(FileKind.of(write(nothing)).kind()).isEqualTo(Kind.DAMAGED_ZIP);
    }

    @Test
    void aStrictWorkbookByItsNamespaces() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                    + " Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"/>".getBytes(StandardCharsets.UTF_8));
        }
        FileKind strict = FileKind.of(write(bytes.toByteArray()));
        assertThat(strict.kind()).isEqualTo(Kind.XLSX_STRICT);
        assertThat(strict.todo()).contains("\"Excel Workbook (*.xlsx)\"");
    }

    private Kind kindOf(byte[] zip) throws IOException {
        Kind fromFile = FileKind.of(write(zip)).kind();
        assertThat(FileKind.of(zip).kind()).as("from the bytes alone").isEqualTo(fromFile);
        return fromFile;
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "kind-", ".bin");
        Files.write(file, bytes);
        return file;
    }

    /** A zip of empty entries but a stored {@code mimetype} of an OpenDocument spreadsheet, first, when asked. */
    private static byte[] zip(boolean openDocument, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                byte[] content = name.equals("mimetype") && openDocument
                        ? "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII) : new byte[] {'x'};
                if (name.equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
