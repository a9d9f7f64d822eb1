package io.workplan.json.internal;

import io.workplan.core.Progress;
import io.workplan.json.internal.Drafts.ProgressDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A stored progress against its text: the text is what a person sees, so the kind and the
 * percentage must be what the text says ({@link Progress#parse(String)}), the percentage rounded
 * half up to the decimals the text shows ({@code 53.6} shown as {@code 54%} agrees, {@code 61} shown
 * as {@code 60%} does not). And the percentage must be one a spreadsheet can hold as a number.
 * Otherwise the progress would change on its way through a sheet, or be shown as another figure
 * than the one summed.
 */
final class TextAndFigure {

    /** The largest number a spreadsheet cell holds (a double's largest), as a percentage: 100 times it. */
    private static final BigDecimal LARGEST_PERCENT = new BigDecimal(Double.MAX_VALUE).movePointRight(2);

    private TextAndFigure() {}

    /**
     * The progress, when its text, kind and percentage agree and a sheet can hold its percentage.
     *
     * @param progress the progress as stored
     * @param d its draft, for the places of its kind and percentage
     * @param problems where a disagreement is reported
     * @return the progress, or {@code null} when it was refused
     */
    static Progress check(Progress progress, ProgressDraft d, ProblemList problems) {
        Optional<BigDecimal> stored = progress.percent();
        if (stored.isPresent() && stored.get().abs().compareTo(LARGEST_PERCENT) > 0) {
            problems.add(problems.at(d.percentAt, Names.PERCENT).rawText(stored.get().toString())
                    .reason("the percentage is beyond what a spreadsheet cell holds as a number (about 1.8E+310 %)"));
            return null;
        }
        Progress shown = Progress.parse(progress.text());
        if (shown.kind() != progress.kind()) {
            problems.add(problems.at(d.kindAt, Names.KIND).rawText(Names.kindName(progress.kind()))
                    .reason("the text '" + progress.text() + "' says a progress of kind " + Names.kindName(shown.kind())
                            + ", not " + Names.kindName(progress.kind()) + ": the text is what a person sees, and the kind"
                            + " must be what it says"));
            return null;
        }
        Optional<BigDecimal> figure = shown.percent();
        boolean agree = figure.isPresent() == stored.isPresent()
                && (figure.isEmpty() || stored.get().setScale(figure.get().scale(), RoundingMode.HALF_UP).compareTo(figure.get()) == 0);
        if (!agree) {
            Spot at = d.percentAt != null ? d.percentAt : d.at;
            io.workplan.core.Problem.Builder problem = problems.at(at, Names.PERCENT);
            stored.ifPresent(s -> problem.rawText(s.toString()));
            problems.add(problem.reason("the text '" + progress.text() + "' shows "
                    + figure.map(f -> f.toPlainString() + " %").orElse("no percentage") + ", but the percentage "
                    + stored.map(s -> "is " + s.toPlainString()).orElse("is missing") + ": the text is what a person sees,"
                    + " and the percentage must be the figure it shows (rounded to the decimals it shows)"));
            return null;
        }
        return progress;
    }
}
