package io.github.wageoutlook.projections;

import io.github.wageoutlook.oews.Oews;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Backtests against the real OEWS national files. */
class BacktestTest {

    @Test
    void customerServiceRepresentatives_2016_26_againstOews2016To2025() {
        BacktestLine b = Backtest.occupation(Projections.cycle("2016-26"), "43-4051");
        assertTrue(b.isCompared());
        assertEquals(2016, b.fromYear());
        assertEquals(2025, b.toYear());
        // OEWS TOT_EMP, May 2016, May 2024 and May 2025.
        assertEquals(2_707_040, b.realized().get(2016), 1e-9);
        assertEquals(2_725_930, b.realized().get(2024), 1e-9);
        assertEquals(2_595_750, b.realized().get(2025), 1e-9);
        assertEquals(10, b.realized().size());
        assertEquals(Math.pow(2_595_750.0 / 2_707_040, 1.0 / 9) - 1, b.realizedGrowthRate(), 1e-15);
        assertEquals(100 * (b.projectedGrowthRate() - b.realizedGrowthRate()), b.errorPointsPerYear(), 1e-12);
        assertFalse(b.directionRight(), "projected +4.9%, realized a fall by 2025");
        Table path = b.path();
        assertEquals(10, path.rowCount());
        assertEquals(100.0, path.doubleColumn("REALIZED_INDEX").get(0), 1e-12);
        assertEquals(100.0 * 2_725_930 / 2_707_040, path.doubleColumn("REALIZED_INDEX").get(8), 1e-9);
        // The projected index in 2024 is eight years of compounding at the cycle's CAGR.
        assertEquals(100 * Math.pow(2920.8 / 2784.5, 0.8), path.doubleColumn("PROJECTED_INDEX").get(8), 1e-9);
    }

    @Test
    void codeRetiredBySoc2018_isFollowedToItsLastYear_andSaysSo() {
        // 15-1132 (software developers, applications) became part of 15-1252 in SOC 2018.
        BacktestLine b = Backtest.occupation(Projections.cycle("2016-26"), "15-1132");
        assertTrue(b.isCompared());
        assertTrue(b.toYear() < 2024, b.toString());
        assertTrue(b.note().contains("SOC revision"), b.note());
    }

    @Test
    void cycleWithoutRealizedYears_isReported_notFaked() {
        List<Integer> upTo2024 = Oews.nationalYears().stream().filter(y -> y <= 2024).toList();
        BacktestLine b = Backtest.occupation(Projections.cycle("2024-34").occupation("43-4051").orElseThrow(),
                upTo2024, Oews::national);
        assertEquals(BacktestLine.Status.NO_REALIZED_YEARS, b.status());
        assertThrows(IllegalStateException.class, b::realizedGrowthRate);
        BacktestSummary s = Backtest.summary(Projections.cycle("2024-34"), upTo2024, Oews::national);
        assertTrue(s.compared().isEmpty());
        assertThrows(IllegalStateException.class, s::meanAbsoluteError);
    }

    @Test
    void summary_2016_26_accountsForEveryDetailedOccupation() {
        ProjectionsTable t = Projections.cycle("2016-26");
        BacktestSummary s = Backtest.summary(t);
        assertEquals(t.lineItems().size(), s.lines().size());
        assertEquals(s.lines().size(), s.compared().size() + s.notCompared().size());
        assertTrue(s.compared().size() > 700, s.toString());
        assertFalse(s.notCompared().isEmpty());
        assertTrue(s.notCompared().stream().allMatch(l -> !l.note().isEmpty()));
        assertTrue(s.medianAbsoluteError() <= s.meanAbsoluteError() + 1e-12 || s.compared().size() < 3);
        assertTrue(s.directionHitRate() > 0 && s.directionHitRate() <= 1);
    }
}
