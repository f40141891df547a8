package io.github.wageoutlook.fetch;

/**
 * The Employment Projections occupation workbook of the current cycle, {@code occupation.xlsx}, as BLS publishes
 * it at {@code https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx} (Table 1.2, occupational projections and
 * worker characteristics; 2024–34 until BLS publishes the next cycle, each September). BLS replaces it in place, so a
 * cached copy older than {@link FetchOptions#maxAge()} is checked against BLS's server before use.
 *
 * <pre>{@code ProjectionsTable t = Projections.fetchLatest();}</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public record ProjectionsFile() implements BlsFile {

    /** @return the current cycle's occupation workbook */
    public static ProjectionsFile latest() {
        return new ProjectionsFile();
    }

    @Override
    public String fileName() {
        return "occupation.xlsx";
    }

    @Override
    public BlsSite.Host host() {
        return BlsSite.Host.WWW;
    }

    @Override
    public String path() {
        return "emp/ind-occ-matrix/occupation.xlsx";
    }

    @Override
    public String description() {
        return "Employment Projections occupation workbook, current cycle";
    }

    @Override
    public String fetchCommand() {
        return "java -jar wage-outlook.jar fetch ep";
    }

    @Override
    public boolean changesOverTime() {
        return true;
    }

    @Override
    public boolean isZip() {
        return true;
    }
}
