package dev.vpsnap.cli;

import dev.vpsnap.error.VpsnapException;

/** {@code --max-rate N/s | N/m}: requests per second; {@code 0} means unpaced (only a 429 pauses the workers). */
final class MaxRate {
    private MaxRate() {
    }

    static double parse(String text) {
        String t = text.trim();
        double per = 1;
        if (t.endsWith("/s")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("/m")) {
            t = t.substring(0, t.length() - 2);
            per = 60;
        }
        try {
            double n = Double.parseDouble(t);
            if (n < 0 || Double.isNaN(n) || Double.isInfinite(n)) {
                throw new NumberFormatException();
            }
            return n / per;
        } catch (NumberFormatException e) {
            throw VpsnapException.usage("--max-rate expects N/s or N/m with N >= 0, e.g. 8/s or 500/m, not '" + text + "'");
        }
    }
}
