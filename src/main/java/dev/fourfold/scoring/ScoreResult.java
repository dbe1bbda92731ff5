package dev.fourfold.scoring;

/**
 * The score of a KPI or of a parent in the roll-up: {@link Scored} with a number and a colour, or
 * {@link NotScorable} with the reason (no actual, no target, a missing method parameter, no scored child, …).
 */
public sealed interface ScoreResult permits ScoreResult.Scored, ScoreResult.NotScorable {

    /** The score, or {@code null} when not scorable. */
    Double score();

    /** The colour; {@code none} when not scorable. */
    Status status();

    /** Why there is no score, or {@code null} when scored. */
    String reason();

    /** A score and its colour. */
    record Scored(double value, Status status) implements ScoreResult {
        public Scored {
            if (!Double.isFinite(value) || status == null || status == Status.NONE) {
                throw new IllegalArgumentException("a score is a finite number with a colour");
            }
        }

        @Override
        public Double score() {
            return value;
        }

        @Override
        public String reason() {
            return null;
        }
    }

    /** No score, and why. */
    record NotScorable(String reason) implements ScoreResult {
        public NotScorable {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("say why there is no score");
            }
        }

        @Override
        public Double score() {
            return null;
        }

        @Override
        public Status status() {
            return Status.NONE;
        }
    }
}
