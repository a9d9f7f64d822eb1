package io.workplan.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.workplan.sheet.samples.RealSamples;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Telling a page by its first bytes, for a page saved under an .xls name. */
class LooksLikeHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html>", "<!doctype HTML>", "  \r\n\t<html lang=zh>", "<HTML>", "<table border=1>",
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">", "<!-- saved from url -->", "<head>", "<body>"})
    void pagesInUtf8Gbk16AreTold(String start) {
        assertThat(HtmlReader.looksLikeHtml(start.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlReader.looksLikeHtml((start + "拱墅区").getBytes(Charset.forName("GBK")))).isTrue();
        assertThat(HtmlReader.looksLikeHtml(("\uFEFF" + start).getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlReader.looksLikeHtml(("\uFEFF" + start).getBytes(StandardCharsets.UTF_16LE))).isTrue();
        assertThat(HtmlReader.looksLikeHtml(("\uFEFF" + start).getBytes(StandardCharsets.UTF_16BE))).isTrue();
        assertThat(HtmlReader.looksLikeHtml(start.getBytes(StandardCharsets.UTF_16LE))).isTrue();
    }

    @Test
    void workbooksTextAndNothingAreNot() {
        assertThat(HtmlReader.looksLikeHtml(RealSamples.bytes(RealSamples.GONGSHU_XLSX))).isFalse();
        assertThat(HtmlReader.looksLikeHtml(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1})).isFalse();
        assertThat(HtmlReader.looksLikeHtml("序号,主要工作内容,完成进度".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(HtmlReader.looksLikeHtml("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(HtmlReader.looksLikeHtml("{\"title\": 1}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(HtmlReader.looksLikeHtml(new byte[0])).isFalse();
        assertThat(HtmlReader.looksLikeHtml(new byte[] {(byte) 0xFF})).isFalse();
    }

    @Test
    void theRealPageIsTold() {
        assertThat(HtmlReader.looksLikeHtml(RealSamples.bytes(RealSamples.GONGSHU_HTML))).isTrue();
    }
}
