package io.github.wageoutlook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, as Maven wrote it into {@code version.properties} at build time. */
final class Version {
    private Version() {
    }

    /** @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown} when the resource is missing (a build without Maven) */
    static String text() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown").strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
