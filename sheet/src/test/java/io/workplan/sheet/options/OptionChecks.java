package io.workplan.sheet.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.workplan.core.ValidationException;
import java.util.List;
import java.util.function.Supplier;

/** What the check of a format's options says when it refuses them, for every format's tests. */
public final class OptionChecks {
    private OptionChecks() {}

    /**
     * The problems that building a value lists, each as {@code path: reason}, once the build was
     * refused with a {@link ValidationException} naming the value's type.
     *
     * @param type the simple name of the value's type
     * @param build builds the value
     * @return the problems, in the order the check lists them
     */
    public static List<String> problems(String type, Supplier<?> build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::get);
        assertThat(e).as("the refusal of %s", type).isNotNull();
        assertThat(e.getMessage()).startsWith("Invalid " + type);
        return e.problems().stream().map(p -> p.path().orElse("(no path)") + ": " + p.reason()).toList();
    }
}
