package io.github.wageoutlook.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** System properties a test sets, saved first and put back afterwards (cleared where they were not set). */
public final class SavedProperties {
    private final Map<String, String> before = new HashMap<>();

    private SavedProperties(List<String> keys) {
        keys.forEach(k -> before.put(k, System.getProperty(k)));
    }

    /**
     * @param keys the properties the test will set
     * @return their values now, to {@link #restore()} later
     */
    public static SavedProperties save(List<String> keys) {
        return new SavedProperties(keys);
    }

    /** Puts every saved property back as it was. */
    public void restore() {
        before.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
