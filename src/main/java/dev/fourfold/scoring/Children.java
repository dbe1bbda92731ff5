package dev.fourfold.scoring;

import java.util.Arrays;
import java.util.List;

/**
 * A parent's children in the roll-up: its own (KPIs or objectives) followed by the scorecards it includes. Without
 * inclusions the shared arrays are used as they are, so most parents copy nothing.
 */
final class Children {

    private Children() {
    }

    static double[] weights(double[] own, List<IncludedResult> included) {
        if (included.isEmpty()) {
            return own;
        }
        double[] all = Arrays.copyOf(own, own.length + included.size());
        for (int i = 0; i < included.size(); i++) {
            all[own.length + i] = included.get(i).inclusion().weight().doubleValue();
        }
        return all;
    }

    static ScoreResult[] results(ScoreResult[] own, List<IncludedResult> included) {
        if (included.isEmpty()) {
            return own;
        }
        ScoreResult[] all = Arrays.copyOf(own, own.length + included.size());
        for (int i = 0; i < included.size(); i++) {
            all[own.length + i] = included.get(i).result();
        }
        return all;
    }

    static String[] names(String[] own, List<IncludedResult> included) {
        if (included.isEmpty()) {
            return own;
        }
        String[] all = Arrays.copyOf(own, own.length + included.size());
        for (int i = 0; i < included.size(); i++) {
            all[own.length + i] = included.get(i).name();
        }
        return all;
    }
}
