package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.Wage;
import io.github.wageoutlook.wages.WageFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every row of every shipped year and every hourly/annual pair (mean and five percentiles) and reports how many
 * published annual figures BLS's rule, annual = hourly × 2,080 rounded to the ten, reproduces from the published
 * hourly figure — and explains the rest.
 *
 * <p>BLS computes the annual figure from the unrounded hourly wage, then rounds both. The published hourly figure
 * is off the unrounded one by up to half a cent (× 2,080 = $10.40) and the annual figure is rounded to the ten
 * (± $5), so a difference of up to $15.40 is explained by rounding alone. 32 pairs in 2014–2020 differ by exactly
 * $15.60, which needs the annual figure rounded down to the ten rather than to the nearest ten; none after 2020.
 */
class AnnualFromHourlyReportTest {

    @Test
    void annualFromHourly_reproducedOrExplainedForEveryPair() {
        int reproduced = 0;
        int withinRounding = 0;
        int notComparable = 0;
        List<String> beyond = new ArrayList<>();
        BigDecimal roundingBound = new BigDecimal("15.40");
        for (int year : Oews.nationalYears()) {
            for (OccupationWages row : Oews.national(year).rows()) {
                List<WageFigure> hourly = new ArrayList<>(row.hourly().percentiles());
                List<WageFigure> annual = new ArrayList<>(row.annual().percentiles());
                hourly.add(0, row.hourly().mean());
                annual.add(0, row.annual().mean());
                for (int i = 0; i < hourly.size(); i++) {
                    if (!hourly.get(i).isExact() || !annual.get(i).isExact()) {
                        notComparable++;
                        continue;
                    }
                    Wage h = hourly.get(i).wage();
                    Wage a = annual.get(i).wage();
                    if (h.toAnnual().rounded().equals(a)) {
                        reproduced++;
                        continue;
                    }
                    BigDecimal diff = BigDecimal.valueOf(h.amount()).multiply(BigDecimal.valueOf(2080))
                            .subtract(BigDecimal.valueOf(a.amount())).abs();
                    if (diff.compareTo(roundingBound) <= 0) {
                        withinRounding++;
                    } else {
                        beyond.add(year + " " + row.socCode() + " " + h + " vs " + a + " (off by $" + diff + ")");
                    }
                }
            }
        }
        System.out.printf("annual = hourly × 2,080: reproduced %,d; within rounding ($15.40) %,d; beyond %d; "
                + "top-coded or not released %,d%n", reproduced, withinRounding, beyond.size(), notComparable);
        beyond.forEach(b -> System.out.println("  beyond rounding: " + b));
        assertEquals(99_678, reproduced + withinRounding + beyond.size() + notComparable, "6 pairs × 16,613 rows");
        assertEquals(45_654, reproduced);
        assertEquals(46_613, withinRounding);
        assertEquals(7_379, notComparable);
        assertEquals(32, beyond.size());
        assertTrue(beyond.stream().allMatch(b -> b.endsWith("off by $15.600)") || b.endsWith("off by $15.60)")),
                beyond.toString());
        assertTrue(beyond.stream().allMatch(b -> Integer.parseInt(b.substring(0, 4)) <= 2020), beyond.toString());
    }
}
