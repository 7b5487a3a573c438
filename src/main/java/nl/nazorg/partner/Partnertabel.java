package nl.nazorg.partner;

import java.util.Optional;

/** What the reference tables know of PIs and regions beside configuration (nl.nazorg.referentie). */
public interface Partnertabel {

    Partnertabel LEEG = new Partnertabel() {
        @Override
        public boolean kentPi(String piCode) {
            return false;
        }

        @Override
        public Optional<String> piNaam(String piCode) {
            return Optional.empty();
        }

        @Override
        public Optional<String> piMailbox(String piCode) {
            return Optional.empty();
        }

        @Override
        public Optional<String> regioMailbox(String zvhRegio) {
            return Optional.empty();
        }
    };

    boolean kentPi(String piCode);

    Optional<String> piNaam(String piCode);

    Optional<String> piMailbox(String piCode);

    Optional<String> regioMailbox(String zvhRegio);
}
