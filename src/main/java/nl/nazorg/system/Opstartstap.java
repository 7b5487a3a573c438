package nl.nazorg.system;

/**
 * Work a feature needs done once per start, before the node serves anyone: {@link Opstart} runs every step in its
 * {@code @Order}, in one transaction under the start-up lock. A step finds what an earlier start made and adds only
 * what is missing.
 */
public interface Opstartstap {

    void richtIn();
}
