package dev.kabinet.demodata;

import java.util.List;

/**
 * A small deterministic random source: SplitMix64 (Steele, Lea, Flood 2014), written out here so that its sequence can
 * never change with a JDK version. Seeded from several numbers (the generator's seed, a record's index …), so any record
 * can be made on its own, in any order, on any thread, and always comes out the same.
 */
final class Dice {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    Dice(long... seeds) {
        long s = GOLDEN_GAMMA;
        for (long seed : seeds) {
            s = mix(s ^ mix(seed + GOLDEN_GAMMA));
        }
        state = s;
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** 0 ≤ result < bound. */
    int below(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** lowest ≤ result ≤ highest. */
    int between(int lowest, int highest) {
        return lowest + below(highest - lowest + 1);
    }

    /** True in {@code percent} cases out of 100. */
    boolean chance(int percent) {
        return below(100) < percent;
    }

    <T> T pick(List<T> choices) {
        return choices.get(below(choices.size()));
    }

    /** An index into {@code weights}, each chosen in proportion to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = below(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
