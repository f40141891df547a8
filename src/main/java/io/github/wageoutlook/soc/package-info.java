/**
 * Standard Occupational Classification codes and their revisions.
 *
 * <p>A tour: {@link io.github.wageoutlook.soc.SocCode} is a code ({@code 43-4051}) with its place in the hierarchy
 * ({@link io.github.wageoutlook.soc.GroupLevel}: major group, minor group, broad and detailed occupation) and its
 * parent groups; {@link io.github.wageoutlook.soc.SocCrosswalk} holds BLS's SOC 2010 to 2018 crosswalk and the
 * OEWS hybrid structure of May 2019–2020 and says how codes of the three relate (successors, predecessors, retired
 * codes, shares of workers), so that an occupation can be followed across survey years.
 *
 * <p>{@link io.github.wageoutlook.soc.SocTablesReader} reads BLS's two workbooks and the national employment by code
 * the build derives from the embedded OEWS tables (what split codes' successors are weighed by), so that the SOC
 * tables stand below the OEWS model and know nothing of it.
 *
 * <pre>{@code
 * SocCode.parse("43-4051").majorGroup();                 // 43-0000
 * SocCrosswalk.bls().successorsOf("15-1132");           // 15-1252 (≈ 90% of its workers), 15-1253 (≈ 10%)
 * }</pre>
 */
package io.github.wageoutlook.soc;
