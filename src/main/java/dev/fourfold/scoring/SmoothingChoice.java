package dev.fourfold.scoring;

/**
 * Chooses and fits the forecast model: Holt unless Holt-Winters is asked for or {@code auto} finds it better; a
 * series shorter than two full seasons always gets Holt. Given parameters are used, missing ones fitted. The choice
 * for a series seen recently comes from the {@link FitCache}.
 */
final class SmoothingChoice {

    private SmoothingChoice() {
    }

    static SmoothingFit fit(NativeSeries series, int seasonLength, ForecastSettings settings) {
        double[] y = series.values();
        int[] positions = seasonLength > 0 ? series.positions(seasonLength) : new int[0];
        FitCache.Key key = new FitCache.Key(y, positions, seasonLength, settings);
        FitCache.Choice choice = FitCache.get(key);
        if (choice == null) {
            SmoothingFit fit = choose(y, positions, seasonLength, settings);
            FitCache.put(key, new FitCache.Choice(fit.method(), fit.alpha(), fit.beta(), fit.gamma()));
            return fit;
        }
        return choice.method() == ForecastMethod.HOLT ? Smoothing.holt(y, choice.alpha(), choice.beta())
                : Smoothing.holtWinters(y, positions, seasonLength, choice.alpha(), choice.beta(), choice.gamma());
    }

    private static SmoothingFit choose(double[] y, int[] positions, int seasonLength, ForecastSettings settings) {
        double alpha = settings.alpha() == null ? Double.NaN : settings.alpha();
        double beta = settings.beta() == null ? Double.NaN : settings.beta();
        double[] holtParameters = ParameterSearch.minimise(new double[] {alpha, beta}, 21, SmoothingErrors.holt(y));
        SmoothingFit holt = Smoothing.holt(y, holtParameters[0], holtParameters[1]);
        boolean seasonal = seasonLength > 0 && y.length >= 2 * seasonLength;
        if (settings.method() == ForecastMethod.HOLT || !seasonal) {
            return holt;
        }
        double[] hwParameters = ParameterSearch.minimise(new double[] {alpha, beta, Double.NaN}, 11,
                SmoothingErrors.holtWinters(y, positions, seasonLength));
        SmoothingFit holtWinters = Smoothing.holtWinters(y, positions, seasonLength, hwParameters[0], hwParameters[1],
                hwParameters[2]);
        if (settings.method() == ForecastMethod.HOLT_WINTERS) {
            return holtWinters;
        }
        return holtWinters.mse() < holt.mse() ? holtWinters : holt;
    }
}
