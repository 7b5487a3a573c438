package nl.nazorg.prestaties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Durations per step of a case, from several client threads; p50 and p95 by nearest rank, and the slowest. */
final class Stapmetingen {

    private final Map<String, List<Double>> msPerStap = new LinkedHashMap<>();
    private final Map<String, Integer> conflictenPerTaak = new LinkedHashMap<>();

    synchronized void leg(String stap, long startNanos) {
        msPerStap.computeIfAbsent(stap, s -> new ArrayList<>()).add((System.nanoTime() - startNanos) / 1e6);
    }

    synchronized void telConflict(String taakKey) {
        conflictenPerTaak.merge(taakKey, 1, Integer::sum);
    }

    synchronized int conflicten() {
        return conflictenPerTaak.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized void print() {
        System.out.println("| stap | aantal | p50 ms | p95 ms | max ms |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        msPerStap.forEach((stap, ms) -> System.out.printf("| %s | %d | %.0f | %.0f | %.0f |%n",
                stap, ms.size(), percentiel(ms, 50), percentiel(ms, 95), percentiel(ms, 100)));
        System.out.println("Optimistic-locking-conflicten bij voltooien (taak opnieuw voltooid): "
                + (conflictenPerTaak.isEmpty() ? "geen" : conflictenPerTaak));
    }

    private static double percentiel(List<Double> waarden, int p) {
        List<Double> gesorteerd = new ArrayList<>(waarden);
        Collections.sort(gesorteerd);
        int rang = (int) Math.ceil(p / 100.0 * gesorteerd.size());
        return gesorteerd.get(Math.max(rang, 1) - 1);
    }
}
