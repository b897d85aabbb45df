package fr.entraide.referentiel;

import fr.entraide.referentiel.dto.EpciView;
import fr.entraide.referentiel.dto.RefCommuneView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Read access to the COG reference data: current communes, EPCI and their members. */
@ApplicationScoped
public class Referentiel {

    private static final String COMMUNE_COLUMNS = "code, name, departement, epci_code, postcodes, population";

    @Inject
    EntityManager em;

    public Optional<RefCommuneView> currentCommune(String inseeCode) {
        return communes("select " + COMMUNE_COLUMNS + " from ref_commune where type = 'commune-actuelle' and code = ?1",
                inseeCode, 1).stream().findFirst();
    }

    /**
     * A place of birth: any commune code the COG has known (current, déléguée, associée, or a
     * former code of a merged commune), or an INSEE country code.
     */
    public boolean isKnownBirthPlace(String code) {
        return !em.createNativeQuery("""
                select 1 from ref_commune where code = ?1 or ?1 = any(former_codes)
                union all select 1 from ref_country where code = ?1
                limit 1""").setParameter(1, code).getResultList().isEmpty();
    }

    /** The label of a birthplace code: commune name (with département) or country name. */
    public Optional<String> birthPlaceLabel(String code) {
        List<?> rows = em.createNativeQuery("""
                select name || ' (' || departement || ')' from ref_commune where code = ?1
                union all select name from ref_commune where ?1 = any(former_codes)
                union all select name from ref_country where code = ?1
                limit 1""").setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /**
     * Names of current communes (and municipal arrondissements) by code. The reference data only
     * change at start, so names are kept in memory once read: most pages show the same communes.
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> communeNames(java.util.Collection<String> codes) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String code : codes) {
            String name = COMMUNE_NAMES.get(code);
            if (name != null) {
                names.put(code, name);
            } else {
                missing.add(code);
            }
        }
        if (!missing.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("""
                    select code, name from ref_commune
                    where code in (:codes) and type in ('commune-actuelle', 'arrondissement-municipal')""")
                    .setParameter("codes", missing).getResultList();
            rows.forEach(r -> {
                names.put((String) r[0], (String) r[1]);
                COMMUNE_NAMES.put((String) r[0], (String) r[1]);
            });
        }
        return names;
    }

    private final java.util.Map<String, String> COMMUNE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A commune where a person can live today (current commune or municipal arrondissement). */
    public Optional<RefCommuneView> residenceCommune(String inseeCode) {
        return communes("select " + COMMUNE_COLUMNS + " from ref_commune where type in ('commune-actuelle', "
                + "'arrondissement-municipal') and code = ?1 order by type", inseeCode, 1).stream().findFirst();
    }

    public List<RefCommuneView> communesOfEpci(String epciCode) {
        return communes("select " + COMMUNE_COLUMNS + " from ref_commune where type = 'commune-actuelle' and epci_code = ?1"
                + " order by name", epciCode, 1000);
    }

    /** Current communes by INSEE code, postcode or name start (accents and case ignored). */
    public List<RefCommuneView> searchCommunes(String query, String departement, int limit) {
        String q = query == null ? "" : query.trim();
        StringBuilder sql = new StringBuilder("select " + COMMUNE_COLUMNS + " from ref_commune where type = 'commune-actuelle'");
        if (!q.isEmpty()) {
            sql.append(" and (code = ?1 or ?1 = any(postcodes) or ")
                    .append(Normalise.SQL_FUNCTION).append("(name) like ").append(Normalise.SQL_FUNCTION).append("(?2) || '%'")
                    .append(" or ").append(Normalise.SQL_FUNCTION).append("(name) like '% ' || ").append(Normalise.SQL_FUNCTION).append("(?2) || '%'")
                    .append(")");
        }
        if (departement != null && !departement.isBlank()) {
            sql.append(" and departement = ?3");
        }
        sql.append(" order by case when code = ?1 then 0 else 1 end, population desc nulls last, name limit ").append(limit);
        var query1 = em.createNativeQuery(sql.toString());
        query1.setParameter(1, q);
        if (!q.isEmpty()) {
            query1.setParameter(2, q);
        }
        if (departement != null && !departement.isBlank()) {
            query1.setParameter(3, departement.trim().toUpperCase());
        }
        return mapCommunes(query1.getResultList());
    }

    public Optional<EpciView> epci(String code) {
        return epcis("select e.code, e.name, e.type, e.population, "
                + "(select count(*) from ref_commune c where c.epci_code = e.code and c.type = 'commune-actuelle') "
                + "from ref_epci e where e.code = ?1", code, 1).stream().findFirst();
    }

    public List<EpciView> searchEpci(String query, String departement, int limit) {
        String q = query == null ? "" : query.trim();
        StringBuilder sql = new StringBuilder("select e.code, e.name, e.type, e.population, "
                + "(select count(*) from ref_commune c where c.epci_code = e.code and c.type = 'commune-actuelle') "
                + "from ref_epci e where (e.code = ?1 or " + Normalise.SQL_FUNCTION + "(e.name) like '%' || "
                + Normalise.SQL_FUNCTION + "(?1) || '%')");
        if (departement != null && !departement.isBlank()) {
            sql.append(" and exists (select 1 from ref_commune c where c.epci_code = e.code and c.departement = ?2)");
        }
        sql.append(" order by e.name limit ").append(limit);
        var nativeQuery = em.createNativeQuery(sql.toString()).setParameter(1, q);
        if (departement != null && !departement.isBlank()) {
            nativeQuery.setParameter(2, departement.trim().toUpperCase());
        }
        return mapEpcis(nativeQuery.getResultList());
    }

    private List<RefCommuneView> communes(String sql, String parameter, int limit) {
        return mapCommunes(em.createNativeQuery(sql).setParameter(1, parameter).setMaxResults(limit).getResultList());
    }

    private List<EpciView> epcis(String sql, String parameter, int limit) {
        return mapEpcis(em.createNativeQuery(sql).setParameter(1, parameter).setMaxResults(limit).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<RefCommuneView> mapCommunes(List<?> rows) {
        return ((List<Object[]>) rows).stream()
                .map(r -> new RefCommuneView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        toList(r[4]), r[5] == null ? null : ((Number) r[5]).intValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<EpciView> mapEpcis(List<?> rows) {
        return ((List<Object[]>) rows).stream()
                .map(r -> new EpciView((String) r[0], (String) r[1], (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).intValue(), ((Number) r[4]).intValue()))
                .toList();
    }

    private static List<String> toList(Object array) {
        if (array == null) {
            return List.of();
        }
        if (array instanceof String[] strings) {
            return Arrays.asList(strings);
        }
        if (array instanceof Object[] objects) {
            return Arrays.stream(objects).map(String::valueOf).toList();
        }
        if (array instanceof java.sql.Array sqlArray) {
            try {
                return Arrays.stream((Object[]) sqlArray.getArray()).map(String::valueOf).toList();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of(array.toString());
    }

    /** Accent- and case-insensitive comparison in SQL (unaccent is installed by migration V2). */
    static final class Normalise {
        static final String SQL_FUNCTION = "entraide_normalise";

        private Normalise() {
        }
    }
}
