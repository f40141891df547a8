package io.github.wageoutlook.soc;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The finest pieces of occupation that BLS's OEWS hybrid structure distinguishes, and which of them each code covers
 * in each period of OEWS codes. A piece ("atom") is one pair of a SOC 2010 code and a SOC 2018 code on a row of the
 * hybrid structure; a code covers the atoms of the rows that name it in the column of its period:
 * <ul>
 *   <li>May 2018 and before: the OES 2018 estimates code or the SOC 2010 code (May 2014–2016 publish some SOC
 *       2010 codes that the May 2017–2018 files aggregate, e.g. 13-1021 within 13-1020);</li>
 *   <li>May 2019–2020: the OES 2019 (hybrid) code;</li>
 *   <li>May 2021 on: the SOC 2018 code, else the OES 2019 code (OEWS kept some of its aggregates, e.g. 25-2052).</li>
 * </ul>
 * Two codes of different periods are the same occupation when they cover the same atoms, one is part of the other
 * when its atoms are a subset, and they overlap when they share some atoms only. Immutable.
 */
final class CodeAtoms {
    /** The three periods of OEWS codes. */
    enum Period {
        /** SOC 2010 with OES aggregates: OEWS May 2012–2018. */
        SOC_2010,
        /** The OEWS hybrid structure: May 2019 and May 2020. */
        HYBRID,
        /** SOC 2018 with OES aggregates: May 2021 on. */
        SOC_2018;

        static Period of(int year) {
            return year <= 2018 ? SOC_2010 : year <= 2020 ? HYBRID : SOC_2018;
        }
    }

    private final Map<Period, Map<String, BitSet>> byCode = new HashMap<>();
    private final Map<Period, Map<Integer, Set<String>>> byAtom = new HashMap<>();

    CodeAtoms(List<SocCrosswalk.HybridRow> rows) {
        Map<String, Integer> atomIds = new HashMap<>();
        for (Period p : Period.values()) {
            byCode.put(p, new HashMap<>());
            byAtom.put(p, new HashMap<>());
        }
        Map<String, BitSet> hybridCodes = new HashMap<>();
        for (SocCrosswalk.HybridRow r : rows) {
            int atom = atomIds.computeIfAbsent(r.soc2010Code() + "|" + r.soc2018Code(), k -> atomIds.size());
            add(Period.SOC_2010, r.oes2018Code(), atom);
            add(Period.SOC_2010, r.soc2010Code(), atom);
            add(Period.HYBRID, r.oewsCode(), atom);
            add(Period.SOC_2018, r.soc2018Code(), atom);
            hybridCodes.computeIfAbsent(r.oewsCode(), k -> new BitSet()).set(atom);
        }
        // OEWS aggregates kept after May 2020 carry their hybrid code; a SOC 2018 code of that number wins.
        hybridCodes.forEach((code, atoms) -> {
            if (!byCode.get(Period.SOC_2018).containsKey(code)) {
                atoms.stream().forEach(a -> add(Period.SOC_2018, code, a));
            }
        });
    }

    private void add(Period p, String code, int atom) {
        byCode.get(p).computeIfAbsent(code, k -> new BitSet()).set(atom);
        byAtom.get(p).computeIfAbsent(atom, k -> new TreeSet<>()).add(code);
    }

    /** @return the atoms the code covers in the period (empty when the period has no such code) */
    BitSet atoms(String code, Period p) {
        BitSet b = byCode.get(p).get(code);
        return b == null ? new BitSet() : (BitSet) b.clone();
    }

    /** @return true when the period's codes include the code */
    boolean has(String code, Period p) {
        return byCode.get(p).containsKey(code);
    }

    /** @return the period's codes that share at least one atom with the given atoms, ascending */
    Set<String> codesSharing(BitSet atoms, Period p) {
        Set<String> out = new TreeSet<>();
        atoms.stream().forEach(a -> out.addAll(byAtom.get(p).getOrDefault(a, Set.of())));
        return out;
    }

    /**
     * How an occupation covering {@code a} relates to one covering {@code b}.
     *
     * @return the relation seen from {@code a}, or null when they share nothing
     */
    static SocCrosswalk.Relation relation(BitSet a, BitSet b) {
        if (!a.intersects(b)) {
            return null;
        }
        if (a.equals(b)) {
            return SocCrosswalk.Relation.SAME_OCCUPATION;
        }
        BitSet aOnly = (BitSet) a.clone();
        aOnly.andNot(b);
        BitSet bOnly = (BitSet) b.clone();
        bOnly.andNot(a);
        if (aOnly.isEmpty()) {
            return SocCrosswalk.Relation.PART_OF;
        }
        return bOnly.isEmpty() ? SocCrosswalk.Relation.CONTAINS : SocCrosswalk.Relation.OVERLAPS;
    }
}
