package nl.nazorg.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.nazorg.partner.PartnerAdressen;
import nl.nazorg.identity.GemeenteTabel;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * The EXPLAIN (ANALYZE, BUFFERS) of the statements a report runs, summarised: the report's own code runs with a
 * template that explains every query before running it, so the plans are of exactly the SQL the API runs.
 */
final class Queryplannen {

    private static final Pattern NAAR_SCHIJF = Pattern.compile("Sort Method: external|Batches: ([2-9]|\\d{2,})");

    /** The whole period counted in one go, as the first request after a start does: the plans of the counting. */
    private static final Maandcache IN_EEN_KEER = new Maandcache(null) {
        @Override
        <T> T som(String rapport, Periode periode, Bereik bereik, int dagenAfhankelijkVanVandaag,
                  Function<Periode, Map<Integer, T>> perMaand, BinaryOperator<T> plus, T nul) {
            return perMaand.apply(periode).values().stream().reduce(nul, plus);
        }
    };

    private Queryplannen() {
    }

    static List<String> samenvatting(Rapportvraag vraag, ApplicationContext app) {
        UitleggendeJdbc jdbc = new UitleggendeJdbc(app.getBean(DataSource.class));
        rapport(vraag.rapport(), jdbc, app).maak(vraag.tijdvak().periode, vraag.kijker().bereik);
        return jdbc.samenvatting;
    }

    private static Rapportsoort rapport(String naam, NamedParameterJdbcTemplate jdbc, ApplicationContext app) {
        return switch (naam) {
            case "informatiebladen" -> new InformatiebladenRapport(jdbc, app.getBean(PartnerAdressen.class), IN_EEN_KEER);
            case Rapportages.UITSTROOM -> new UitstroomRapport(jdbc, app.getBean(GemeenteTabel.class), IN_EEN_KEER);
            case "termijnen" -> new TermijnenRapport(jdbc, IN_EEN_KEER);
            case "casuistiek" -> new CasuistiekRapport(jdbc, IN_EEN_KEER);
            case "zelfmelders" -> new ZelfmeldersRapport(jdbc, IN_EEN_KEER);
            case "uitstroomvoorbereiding" -> new UitstroomvoorbereidingRapport(jdbc, app.getBean(PartnerAdressen.class), IN_EEN_KEER);
            default -> throw new IllegalArgumentException(naam);
        };
    }

    /** The top of the plan with its buffers, every scan, sorts and hashes that spill to disk, and the time. */
    private static List<String> kern(List<String> plan) {
        List<String> kern = new ArrayList<>(List.of(plan.get(0)));
        plan.stream().filter(regel -> regel.trim().startsWith("Buffers:")).findFirst().ifPresent(kern::add);
        plan.stream().skip(1).filter(regel -> regel.contains(" Scan ") || NAAR_SCHIJF.matcher(regel).find()
                || regel.startsWith("Execution Time")).forEach(kern::add);
        return kern;
    }

    private static final class UitleggendeJdbc extends NamedParameterJdbcTemplate {

        private final List<String> samenvatting = new ArrayList<>();
        private int queries;

        UitleggendeJdbc(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public void query(String sql, SqlParameterSource parameters, RowCallbackHandler verwerker) {
            samenvatting.add("  query " + ++queries + ":");
            kern(queryForList("explain (analyze, buffers) " + sql, parameters, String.class))
                    .forEach(regel -> samenvatting.add("    " + regel));
            super.query(sql, parameters, verwerker);
        }
    }
}
