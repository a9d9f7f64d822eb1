package io.workplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.Category;
import io.workplan.core.Problem;
import io.workplan.core.ProgressReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What version 2 adds, what version 1 refuses, and the places of the problems of the new properties. */
class FormatVersionsTest {

    private static final String V2 = "{\"formatVersion\":2,\"title\":\"县政府民生实事项目进展情况\",\"categories\":[],";

    private static List<String> problems(JsonReader reader, String json) {
        JsonException e = catchThrowableOfType(JsonException.class, () -> reader.readString(json));
        assertThat(e).as("a JsonException for %s", json).isNotNull();
        return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
    }

    private static List<String> problems(String json) {
        return problems(JsonReader.create(), json);
    }

    @Test
    void version2TasksGoWithoutCategoryAndReportsWithoutPeriod() {
        ProgressReport report = JsonReader.create().readString(V2 + "\"extraColumns\":[\"责任人\",\"时间节点\"],\"tasks\":["
                + "{\"number\":1,\"content\":\"新建幼儿园5所。\",\"leadUnits\":[],\"extras\":{\"时间节点\":\"6月底前\",\"责任人\":\"陈六\"},"
                + "\"progress\":{\"text\":\"52%\",\"kind\":\"percent\",\"percent\":52}}]}");

        assertThat(report.period()).isEmpty();
        assertThat(report.categories()).isEmpty();
        assertThat(report.tasks().get(0).category()).isEmpty();
        assertThat(report.tasks().get(0).extras()).containsExactly(Map.entry("时间节点", "6月底前"), Map.entry("责任人", "陈六"));
        assertThat(report.extraColumns()).containsExactly("责任人", "时间节点");
        assertThat(report.entries().get(0).period()).isEmpty();
    }

    @Test
    void extraColumnsLeftOutAreTheTasksExtrasInOrder() {
        ProgressReport report = JsonReader.create().readString(V2 + "\"tasks\":["
                + "{\"content\":\"甲\",\"leadUnits\":[],\"extras\":{\"时间节点\":\"6月底前\"}},"
                + "{\"content\":\"乙\",\"leadUnits\":[],\"extras\":{\"责任人\":\"陈六\",\"时间节点\":\"全年\"}}]}");
        assertThat(report.extraColumns()).containsExactly("时间节点", "责任人");
    }

    @Test
    void version2MixesTasksWithAndWithoutCategory() {
        ProgressReport report = JsonReader.create().readString("{\"formatVersion\":2,\"title\":\"t\",\"period\":{\"year\":2024},"
                + "\"categories\":[{\"name\":\"民生实事\"}],\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[]},"
                + "{\"category\":\"民生实事\",\"content\":\"乙\",\"leadUnits\":[]}]}");
        assertThat(report.tasks()).extracting(t -> t.category()).containsExactly(Optional.empty(), Optional.of(Category.of("民生实事")));
    }

    @Test
    void version1StillRequiresPeriodAndCategoryAndHasNoExtras() {
        assertThat(problems("{\"formatVersion\":1,\"title\":\"t\",\"categories\":[],\"extraColumns\":[\"责任人\"],"
                + "\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[],\"extras\":{\"责任人\":\"陈六\"}}]}"))
                .containsExactly(
                        "/extraColumns (line 1, column 63) [extraColumns]: unknown property 'extraColumns'; the properties here are"
                                + " formatVersion, title, period, region, publishedOn, source, categories, tasks",
                        "/tasks/0/extras (line 1, column 119) [extras]: unknown property 'extras'; the properties here are number,"
                                + " category, content, leader, leadUnits, responsibleUnits, remark, progress",
                        "/tasks/0 (line 1, column 80) [category]: the required property 'category' is missing",
                        "(line 1, column 1) [period]: the required property 'period' is missing");
    }

    @Test
    void version1IsKnownAtTheEndWhenItsVersionComesLast() {
        String json = "{\"title\":\"t\",\"period\":{\"year\":2024},\"categories\":[{\"name\":\"c\"}],"
                + "\"tasks\":[{\"category\":\"c\",\"content\":\"甲\",\"leadUnits\":[],\"extras\":{\"责任人\":\"陈六\"}},"
                + "{\"content\":\"乙\",\"leadUnits\":[]}],\"formatVersion\":1}";
        assertThat(problems(json)).containsExactly(
                "/tasks/0/extras (line 1, column 128) [extras]: unknown property 'extras'; the properties here are number,"
                        + " category, content, leader, leadUnits, responsibleUnits, remark, progress",
                "/tasks/1 (line 1, column 142) [category]: the required property 'category' is missing");
        ProgressReport ignoring = JsonReader.create().ignoringUnknownProperties().readString(json.replace(
                ",{\"content\":\"乙\",\"leadUnits\":[]}", ""));
        assertThat(ignoring.tasks().get(0).extras()).isEmpty();
        assertThat(ignoring.extraColumns()).isEmpty();
        assertThat(JsonReader.create().readString(json.replace("\"formatVersion\":1", "\"formatVersion\":2")).tasks())
                .extracting(t -> t.extras().size()).containsExactly(1, 0);
    }

    @Test
    void theNewPropertiesProblemsHaveTheirPointersAndPlaces() {
        assertThat(problems(V2 + "\"extraColumns\":[\"责任人\",5,\"责任人\"],\"tasks\":[]}")).containsExactly(
                "/extraColumns/1 (line 1, column 82) [extraColumns] \"5\": a string is expected, not a number");
        assertThat(problems(V2 + "\"extraColumns\":[\"责任人\",\"责任人\"],\"tasks\":[]}")).containsExactly(
                "/extraColumns/1 (line 1, column 82): the extra column '责任人' is listed twice");
        assertThat(problems(V2 + "\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[],\"extras\":{\"责任人\":[\"陈六\"]}}]}")).containsExactly(
                "/tasks/0/extras/责任人 (line 1, column 115) [责任人] \"[\": a string is expected, not an array");
        assertThat(problems(V2 + "\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[],\"extras\":{\"责任人\":\"a\",\"责任人\":\"b\"}}]}"))
                .containsExactly("/tasks/0/extras/责任人 (line 1, column 125) [责任人]: the extra column '责任人' is given twice");
        assertThat(problems(V2 + "\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[],\"extras\":\"陈六\"}]}")).containsExactly(
                "/tasks/0/extras (line 1, column 108) [extras] \"陈六\": an object is expected, not a string");
        assertThat(problems(V2 + "\"extraColumns\":[\"时间节点\"],\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[],"
                + "\"extras\":{\"责任人\":\"陈六\"}}]}")).containsExactly("/tasks/0/extras/责任人 (line 1, column 93) [责任人]:"
                + " the extra column '责任人' is not among the report's extra columns");
        assertThat(problems(V2 + "\"tasks\":[{\"content\":\"甲\",\"leadUnits\":[],\"extras\":{\" \":\"陈六\"}}]}")).containsExactly(
                "/tasks/0/extras (line 1, column 69) [extras]: the header of an extra column must not be blank");
        assertThat(problems(V2 + "\"tasks\":[{\"category\":\"c\",\"content\":\"甲\",\"leadUnits\":[]}]}")).containsExactly(
                "/tasks/0/category (line 1, column 81) [category] \"c\": no category of /categories has the name 'c';"
                        + " the report lists none");
    }
}
