package dev.fourfold.shared;

/**
 * What a batch of writes did: how many records (targets, values) were created, changed and left as they were.
 * A batch of the API answers with it; an import adds it up.
 */
public record BatchResult(int created, int updated, int unchanged) {

    /** What writing one record of a batch did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Counts the outcomes of a batch's writes, one at a time. */
    public static final class Counter {

        private int created;
        private int updated;
        private int unchanged;

        /** Counts one write. */
        public void add(Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        /** The counts so far. */
        public BatchResult result() {
            return new BatchResult(created, updated, unchanged);
        }
    }
}
