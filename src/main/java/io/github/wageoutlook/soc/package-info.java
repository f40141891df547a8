/**
 * Standard Occupational Classification codes and their revisions.
 *
 * <p>A tour: {@link io.github.wageoutlook.soc.SocCode} is a code ({@code 43-4051}) with its place in the hierarchy
 * ({@link io.github.wageoutlook.soc.GroupLevel}: major group, minor group, broad and detailed occupation) and its
 * parent groups; {@link io.github.wageoutlook.soc.SocCrosswalk} says how codes of SOC 2010, the OEWS hybrid codes of
 * May 2019–2020 and SOC 2018 relate, so that an occupation can be followed across survey years.
 *
 * <pre>{@code
 * SocCode.parse("43-4051").majorGroup();                 // 43-0000
 * SocCrosswalk.oews().relation("15-1132", "15-1252");   // Optional[PART_OF]
 * }</pre>
 */
package io.github.wageoutlook.soc;
