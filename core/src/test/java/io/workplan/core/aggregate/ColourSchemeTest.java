package io.workplan.core.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workplan.core.Progress;
import io.workplan.core.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColourSchemeTest {

    private static ScheduleAssessment at50(String progress) {
        return ScheduleRule.standard().assess(ScheduleRuleTest.TASK, Optional.of(Progress.parse(progress)), new BigDecimal("50"));
    }

    @ParameterizedTest(name = "{0} at Q2: {1} / {2}")
    @CsvSource({
        "已完成, GREEN, GREEN",
        "60%, GREEN, GREEN",
        "50%, GREEN, GREEN",
        "正常进行中, GREEN, GREEN",
        "45%, AMBER, AMBER_GREEN",
        "44.9%, AMBER, AMBER",
        "40%, AMBER, AMBER",
        "39.9%, RED, AMBER_RED",
        "30%, RED, AMBER_RED",
        "29%, RED, RED",
    })
    void theBuiltInSchemes(String progress, TrafficLight light, DeliveryConfidence confidence) {
        assertThat(ColourScheme.trafficLights().colourOf(at50(progress))).contains(light);
        assertThat(ColourScheme.deliveryConfidence().colourOf(at50(progress))).contains(confidence);
    }

    @Test
    void notAssessableHasNoColourUnlessGiven() {
        ColourScheme<TrafficLight> rag = ColourScheme.trafficLights();
        assertThat(rag.colourOf(at50("/"))).isEmpty();
        ColourScheme<String> mine = ColourScheme.notBehind("绿").behindUpTo(new BigDecimal("5"), "黄").beyond("红").notAssessable("灰");
        assertThat(mine.colourOf(at50("/"))).contains("灰");
        assertThat(mine.colourOf(at50("46%"))).contains("黄");
        assertThat(mine.colourOf(at50("44%"))).contains("红");
    }

    @Test
    void bandsMustAscend() {
        assertThatThrownBy(() -> ColourScheme.notBehind("g").behindUpTo(BigDecimal.TEN, "a").behindUpTo(BigDecimal.ONE, "b").beyond("r"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ascending");
    }

    @Test
    void deliveryConfidenceLabels() {
        assertThat(DeliveryConfidence.AMBER_GREEN.label()).isEqualTo("Amber/Green");
        assertThat(DeliveryConfidence.AMBER_RED.label()).isEqualTo("Amber/Red");
    }
}
