package io.github.wageoutlook.oews;

import io.github.wageoutlook.wages.Figure;
import io.github.wageoutlook.wages.FigureStatus;
import io.github.wageoutlook.wages.WageBasis;
import io.github.wageoutlook.wages.WageFigure;

/**
 * Builds the typed records of an {@link OewsTable} row — {@link OccupationWages}, {@link Context} with its
 * {@link Area}, {@link Industry} and {@link Ownership} — from the table's columns, through its column-wise accessors.
 */
final class RowAssembly {
    private static final int JOBS_1000 = OewsTable.JOBS_1000;
    private static final int LOC_QUOTIENT = OewsTable.LOC_QUOTIENT;
    private static final int PCT_TOTAL = OewsTable.PCT_TOTAL;
    private static final int PCT_RPT = OewsTable.PCT_RPT;

    private RowAssembly() {
    }

    static OccupationWages row(OewsTable t, int index) {
        return new OccupationWages(t.surveyYear(index), area(t, index), industry(t, index), ownership(t, index),
                t.text(OewsTable.OCC_CODE, index), t.text(OewsTable.OCC_TITLE, index), t.groupLevel(index),
                figure(t, 0, index), figure(t, 1, index), figure(t, JOBS_1000, index), figure(t, LOC_QUOTIENT, index),
                figure(t, PCT_TOTAL, index), figure(t, PCT_RPT, index), figure(t, 4, index),
                summary(t, WageBasis.HOURLY, index, 2, 5), summary(t, WageBasis.ANNUAL, index, 3, 10),
                t.publishedBasis(index));
    }

    static Context context(OewsTable t, int row) {
        return new Context(t.surveyYear(row), area(t, row), industry(t, row), ownership(t, row));
    }

    private static Area area(OewsTable t, int row) {
        return new Area(t.text(OewsTable.AREA, row), t.text(OewsTable.AREA_TITLE, row),
                AreaType.parse(t.text(OewsTable.AREA_TYPE, row)).orElseThrow(), t.text(OewsTable.PRIM_STATE, row));
    }

    private static Industry industry(OewsTable t, int row) {
        return new Industry(t.text(OewsTable.NAICS, row), t.text(OewsTable.NAICS_TITLE, row),
                IndustryLevel.parse(t.text(OewsTable.I_GROUP, row)).orElseThrow());
    }

    private static Ownership ownership(OewsTable t, int row) {
        return new Ownership(t.text(OewsTable.OWN_CODE, row), t.text(OewsTable.OWN_TITLE, row));
    }

    private static Figure figure(OewsTable t, int figure, int row) {
        FigureStatus s = t.figureStatus(figure, row);
        return s.hasValue() ? new Figure(s, t.figureValue(figure, row)) : Figure.missing(s);
    }

    private static WageFigure wage(OewsTable t, WageBasis basis, int figure, int row) {
        FigureStatus s = t.figureStatus(figure, row);
        if (!s.hasValue()) {
            // ** in a wage cell reads as * (no wage); absent and not released keep their reason
            return s == FigureStatus.EMPLOYMENT_NOT_AVAILABLE ? WageFigure.notAvailable(basis)
                    : new WageFigure(basis, s, Double.NaN);
        }
        return new WageFigure(basis, s, t.figureValue(figure, row));
    }

    private static WageSummary summary(OewsTable t, WageBasis basis, int row, int meanFigure, int firstPercentile) {
        return new WageSummary(basis, wage(t, basis, meanFigure, row),
                wage(t, basis, firstPercentile, row), wage(t, basis, firstPercentile + 1, row),
                wage(t, basis, firstPercentile + 2, row), wage(t, basis, firstPercentile + 3, row),
                wage(t, basis, firstPercentile + 4, row));
    }
}
