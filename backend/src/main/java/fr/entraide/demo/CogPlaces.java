package fr.entraide.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The places of the packaged COG reference data (the files ReferenceDataLoader loads into
 * ref_commune and ref_country), read without a database so that the generator stays pure.
 */
public final class CogPlaces {

    /** A current commune: where a person can live or have been born. */
    public record Commune(String code, String name, String departement, List<String> postcodes, int population) {

        /** The label the service gives a birthplace: "Rouen (76)". */
        public String birthPlaceLabel() {
            return name + " (" + departement + ")";
        }
    }

    private static final String COMMUNES = "refdata/communes.tsv.gz";
    private static final String COUNTRIES = "refdata/pays.tsv.gz";
    /** Overseas collectivities whose NIR coding is not documented in DOMAIN.md: never birthplaces. */
    private static final Set<String> NO_BIRTHS = Set.of("975", "977", "978", "984", "986", "987", "988", "989");

    private static volatile CogPlaces instance;

    private final Map<String, Commune> byCode;
    private final List<Commune> birthplaces;
    private final Map<String, String> countries;

    private CogPlaces(Map<String, Commune> byCode, List<Commune> birthplaces, Map<String, String> countries) {
        this.byCode = byCode;
        this.birthplaces = birthplaces;
        this.countries = countries;
    }

    /** Loaded once from the classpath (about 35,000 communes, a few hundred milliseconds). */
    public static CogPlaces get() {
        CogPlaces loaded = instance;
        if (loaded == null) {
            synchronized (CogPlaces.class) {
                loaded = instance;
                if (loaded == null) {
                    loaded = load();
                    instance = loaded;
                }
            }
        }
        return loaded;
    }

    /** A current commune or municipal arrondissement by its INSEE code. */
    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Places a person may have been born in: current communes, with the municipal arrondissements
     * of Paris, Lyon and Marseille instead of the communes themselves (a NIR carries the
     * arrondissement), without the overseas collectivities listed in {@link #NO_BIRTHS}.
     */
    public List<Commune> birthplaces() {
        return birthplaces;
    }

    /** The INSEE name of a country code 99xxx. */
    public Optional<String> countryName(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    private static CogPlaces load() {
        Map<String, Commune> byCode = new HashMap<>();
        Set<String> splitIntoArrondissements = new HashSet<>();
        List<String[]> rows = new ArrayList<>();
        read(COMMUNES, cells -> {
            String type = cells[2];
            if (type.equals("commune-actuelle") || type.equals("arrondissement-municipal")) {
                rows.add(cells);
                if (type.equals("arrondissement-municipal") && !cells[8].isEmpty()) {
                    splitIntoArrondissements.add(cells[8]);
                }
            }
        });
        List<Commune> birthplaces = new ArrayList<>();
        for (String[] cells : rows) {
            List<String> postcodes = cells[6].isBlank() ? List.of() : Arrays.asList(cells[6].trim().split(" +"));
            int population = cells[7].isBlank() ? 0 : Integer.parseInt(cells[7]);
            Commune commune = new Commune(cells[0], cells[1], cells[3], List.copyOf(postcodes), population);
            byCode.putIfAbsent(commune.code(), commune);
            if (!splitIntoArrondissements.contains(commune.code()) && !NO_BIRTHS.contains(commune.departement())) {
                birthplaces.add(commune);
            }
        }
        Map<String, String> countries = new HashMap<>();
        read(COUNTRIES, cells -> countries.put(cells[0], cells[1]));
        return new CogPlaces(Map.copyOf(byCode), List.copyOf(birthplaces), Map.copyOf(countries));
    }

    private static void read(String resource, Consumer<String[]> row) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = CogPlaces.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
