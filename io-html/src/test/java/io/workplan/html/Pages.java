package io.workplan.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import io.workplan.sheet.TableReader;

/** Small pages written in the tests, read from their UTF-8 bytes. */
final class Pages {
    static final String TITLE = "2024年第二季度拱墅区《政府工作报告》主要任务完成情况";
    static final String HEADER = "<tr><td>序号</td><td>项目名称</td><td>主要工作内容</td><td>牵头单位</td><td>完成进度</td></tr>";

    private Pages() {}

    static TableReader.Read read(String html) {
        return read(html, HtmlReadOptions.defaults());
    }

    static TableReader.Read read(String html, HtmlReadOptions options) {
        return HtmlReader.create(HtmlReadOptions.builder().from(options).sourceName("page.html").build())
                .read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** A progress table: a title row, the header, and the given rows. */
    static String table(String rows) {
        return "<table border=\"1\"><tr><td colspan=\"5\">" + TITLE + "</td></tr>" + HEADER + rows + "</table>";
    }

    /**
     * The rows of a table: a header of cells split at {@code |}, then each row of cells split so (an empty
     * cell kept).
     */
    static String rows(String header, String... rows) {
        StringBuilder html = new StringBuilder("<tr>");
        for (String h : header.split("\\|")) {
            html.append("<td>").append(h).append("</td>");
        }
        html.append("</tr>");
        for (String row : rows) {
            html.append("<tr>");
            for (String cell : row.split("\\|", -1)) {
                html.append("<td>").append(cell).append("</td>");
            }
            html.append("</tr>");
        }
        return html.toString();
    }

    static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某区政府门户网站</title></head><body>" + body
                + "</body></html>";
    }
}
