package dev.fourfold.scoring;

/**
 * Chooses and fits the forecast model: Holt unless Holt-Winters is asked for or {@code auto} finds it better; a
 * series shorter than two full seasons always gets Holt. Given parameters are used, missing ones fitted.
 */
final class SmoothingChoice {

    private SmoothingChoice() {
    }

    static SmoothingFit fit(NativeSeries series, int seasonLength, ForecastSettings settings) {
        double[] y = series.values();
        double alpha = settings.alpha() == null ? Double.NaN : settings.alpha();
        double beta = settings.beta() == null ? Double.NaN : settings.beta();
        double[] holtParameters = ParameterSearch.minimise(new double[] {alpha, beta}, 21,
                SmoothingErrors.holt(y));
        SmoothingFit holt = Smoothing.holt(y, holtParameters[0], holtParameters[1]);
        boolean seasonal = seasonLength > 0 && y.length >= 2 * seasonLength;
        if (settings.method() == ForecastMethod.HOLT || !seasonal) {
            return holt;
        }
        int[] positions = series.positions(seasonLength);
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
