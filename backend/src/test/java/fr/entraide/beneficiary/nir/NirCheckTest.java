package fr.entraide.beneficiary.nir;

import static fr.entraide.beneficiary.nir.NirContext.Sex.FEMALE;
import static fr.entraide.beneficiary.nir.NirContext.Sex.MALE;
import static fr.entraide.beneficiary.nir.NirIssue.Code.BIRTHPLACE;
import static fr.entraide.beneficiary.nir.NirIssue.Code.BIRTH_MONTH;
import static fr.entraide.beneficiary.nir.NirIssue.Code.BIRTH_YEAR;
import static fr.entraide.beneficiary.nir.NirIssue.Code.CORSICA_OLD_CODE;
import static fr.entraide.beneficiary.nir.NirIssue.Code.FORMAT;
import static fr.entraide.beneficiary.nir.NirIssue.Code.KEY;
import static fr.entraide.beneficiary.nir.NirIssue.Code.MONTH;
import static fr.entraide.beneficiary.nir.NirIssue.Code.PROVISIONAL;
import static fr.entraide.beneficiary.nir.NirIssue.Code.SEX_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DOMAIN.md §9 rules 1-5, and the fictional test cases T1-T8 and T14 with the table's expectations. */
class NirCheckTest {

    /** Appends the key computed with rule 2 to a 13-character body. */
    static String withKey(String body) {
        return body + String.format("%02d", Nir.key(body));
    }

    @Nested
    class DomainTestCases {

        @Test
        void t1AcceptsJeanneMartinBornInRouen() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31",
                    new NirContext(FEMALE, LocalDate.of(1941, 3, 14), "76540"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            assertThat(result.normalised()).isEqualTo("241037654012331");
            assertThat(result.display()).isEqualTo("2 41 03 76 540 123 31");
            assertThat(Nir.key("2410376540123")).isEqualTo(31);
        }

        @Test
        void t2RejectsSameNirWithKey32AndNamesTheExpectedKey() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 32",
                    new NirContext(FEMALE, LocalDate.of(1941, 3, 14), "76540"));

            assertThat(result.isValid()).isFalse();
            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(KEY);
            assertThat(result.errors().getFirst().message())
                    .isEqualTo("La clé du NIR ne correspond pas : 31 attendu, 32 saisi.");
        }

        @Test
        void t3AcceptsCorsica2AWith2AReadAs19() {
            NirResult result = NirCheck.check("1 50 07 2A 004 012 71",
                    new NirContext(MALE, LocalDate.of(1950, 7, 2), "2A004"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
            assertThat(Nir.key("150072A004012")).isEqualTo(71).isEqualTo(97 - (int) (1500719004012L % 97));
        }

        @Test
        void t4AcceptsCorsica2BWith2BReadAs18() {
            // Born in November 1944 in Bastia: the day is not known, so no date is given to the check.
            NirResult result = NirCheck.check("1 44 11 2B 033 101 79", new NirContext(MALE, null, "2B033"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
            assertThat(Nir.key("144112B033101")).isEqualTo(79).isEqualTo(97 - (int) (1441118033101L % 97));
        }

        @Test
        void t4AcceptsOldCorsicaCode20WithAWarningOnly() {
            NirResult result = NirCheck.check("1 50 07 20 004 012 44",
                    new NirContext(MALE, LocalDate.of(1950, 7, 2), "2A004"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(CORSICA_OLD_CODE);
            assertThat(Nir.key("1500720004012")).isEqualTo(44);
        }

        @Test
        void t5AcceptsFerreiraBornInPortugal() {
            NirResult result = NirCheck.check("1 48 05 99 139 045 05",
                    new NirContext(MALE, LocalDate.of(1948, 5, 9), "99139"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
            assertThat(Nir.key("1480599139045")).isEqualTo(5);
        }

        @Test
        void t7AcceptsUnknownMonth20WithoutComparingItToTheRecordedDecemberDate() {
            NirResult result = NirCheck.check("2 38 20 99 350 007 19",
                    new NirContext(FEMALE, LocalDate.of(1938, 12, 31), "99350"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
            assertThat(Nir.key("2382099350007")).isEqualTo(19);
        }

        @Test
        void t8AcceptsKey97WhenTheNumberIsAMultipleOf97() {
            NirResult result = NirCheck.check("2 47 09 14 118 031 97",
                    new NirContext(FEMALE, LocalDate.of(1947, 9, 15), "14118"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
            assertThat(2470914118031L % 97).isZero();
            assertThat(Nir.key("2470914118031")).isEqualTo(97);
        }

        @Test
        void t14RejectsUnknownCorsicaLetter2CAsFormat() {
            NirResult result = NirCheck.check("1 50 07 2C 004 012 71", NirContext.unknown());

            assertThat(result.isValid()).isFalse();
            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(FORMAT);
            assertThat(result.errors().getFirst().message()).contains("2A ou 2B").contains("« 2C »");
            assertThat(result.warnings()).isEmpty();
            assertThat(result.display()).isNull();
        }

        @Test
        void t14RejectsThirteenCharactersAsFormat() {
            NirResult result = NirCheck.check("2 41 03 76 540 123", NirContext.unknown());

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(FORMAT);
            assertThat(result.errors().getFirst().message())
                    .isEqualTo("Le NIR doit compter 15 caractères (13 pour le numéro, 2 pour la clé) : "
                            + "13 caractères saisis.");
        }
    }

    @Nested
    class Format {

        @Test
        void normalisesSpacesDotsAndLowerCaseCorsicaLetters() {
            NirResult result = NirCheck.check(" 1.50.07.2a.004.012.71 ", NirContext.unknown());

            assertThat(result.isValid()).isTrue();
            assertThat(result.normalised()).isEqualTo("150072A00401271");
        }

        @Test
        void rejectsEmptyAndNullInput() {
            assertThat(NirCheck.check("", NirContext.unknown()).errors()).extracting(NirIssue::code).containsExactly(FORMAT);
            assertThat(NirCheck.check(null, null).errors().getFirst().message()).isEqualTo("Le NIR est vide : il doit compter 15 caractères.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "5", "6", "9"})
        void rejectsSexDigitOutside1To4And7To8(String sex) {
            NirResult result = NirCheck.check(sex + "41037654012331", NirContext.unknown());

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(FORMAT);
            assertThat(result.errors().getFirst().message()).contains("premier chiffre").contains("« " + sex + " »");
        }

        @Test
        void rejectsALetterOutsideTheDepartementAndNamesItsPosition() {
            NirResult result = NirCheck.check("2 41 03 76 54O 123 31", NirContext.unknown());

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(FORMAT);
            assertThat(result.errors().getFirst().message()).contains("« O » en position 10");
        }

        @Test
        void acceptsOverseasThreeDigitDepartement() {
            // Saint-Denis, La Réunion: 974 + 11.
            String nir = withKey("1550397411123");
            NirResult result = NirCheck.check(nir, new NirContext(MALE, LocalDate.of(1955, 3, 1), "97411"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
            assertThat(result.display()).isEqualTo("1 55 03 97 411 123 " + nir.substring(13));
        }
    }

    @Nested
    class SexDigit {

        @ParameterizedTest
        @ValueSource(strings = {"3", "7"})
        void warnsThatAnOddProvisionalNumberIsProvisionalButMatchesAMan(String sex) {
            NirResult result = NirCheck.check(withKey(sex + "410376540123"), new NirContext(MALE, null, null));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(PROVISIONAL);
        }

        @ParameterizedTest
        @ValueSource(strings = {"4", "8"})
        void warnsThatAnEvenProvisionalNumberIsProvisionalButMatchesAWoman(String sex) {
            NirResult result = NirCheck.check(withKey(sex + "410376540123"), new NirContext(FEMALE, null, null));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(PROVISIONAL);
        }

        @Test
        void warnsButDoesNotRejectWhenParityDiffersFromDeclaredSex() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31", new NirContext(MALE, null, null));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(SEX_MISMATCH);
            assertThat(result.warnings().getFirst().message()).contains("femme").contains("masculin");
        }

        @Test
        void skipsTheSexCheckWhenSexIsUnknown() {
            assertThat(NirCheck.check("2 41 03 76 540 123 31", new NirContext(NirContext.Sex.UNKNOWN, null, null))
                    .warnings()).isEmpty();
        }
    }

    @Nested
    class YearAndMonth {

        @Test
        void rejectsYearThatDiffersFromTheRecordedBirthYear() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31",
                    new NirContext(FEMALE, LocalDate.of(1942, 3, 14), null));

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(BIRTH_YEAR);
            assertThat(result.errors().getFirst().message()).contains("(41)").contains("1942");
        }

        @Test
        void rejectsRealMonthThatDiffersFromTheRecordedBirthMonth() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31",
                    new NirContext(FEMALE, LocalDate.of(1941, 4, 14), null));

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(BIRTH_MONTH);
            assertThat(result.errors().getFirst().message()).contains("(03)").contains("(04)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"20", "30", "35", "42", "50", "77", "99"})
        void skipsTheMonthCheckForUnknownMonthCodes(String month) {
            NirResult result = NirCheck.check(withKey("241" + month + "76540123"),
                    new NirContext(FEMALE, LocalDate.of(1941, 12, 31), "76540"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "13", "19", "21", "29", "43", "49"})
        void rejectsMonthValuesThatAreNeitherAMonthNorAnUnknownMonthCode(String month) {
            NirResult result = NirCheck.check(withKey("241" + month + "76540123"), NirContext.unknown());

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(MONTH);
            assertThat(result.errors().getFirst().message()).contains("(" + month + ")");
        }
    }

    @Nested
    class Birthplace {

        @Test
        void warnsButDoesNotRejectWhenTheCommuneDiffers() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31",
                    new NirContext(FEMALE, LocalDate.of(1941, 3, 14), "76541"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
            assertThat(result.warnings().getFirst().message()).contains("76540").contains("76541");
        }

        @Test
        void warnsWhenTheDepartementDiffers() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31", new NirContext(FEMALE, null, "14118"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
        }

        @Test
        void warnsWhenTheCountryDiffers() {
            NirResult result = NirCheck.check("1 48 05 99 139 045 05", new NirContext(MALE, null, "99350"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
            assertThat(result.warnings().getFirst().message()).contains("99139").contains("99350");
        }

        @Test
        void warnsWhenTheNirSaysAbroadAndTheRecordSaysFrance() {
            NirResult result = NirCheck.check("1 48 05 99 139 045 05", new NirContext(MALE, null, "76540"));

            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
            assertThat(result.warnings().getFirst().message()).contains("étranger").contains("76540");
        }

        @Test
        void warnsWhenTheNirSaysFranceAndTheRecordSaysAbroad() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 31", new NirContext(FEMALE, null, "99139"));

            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
        }

        @Test
        void warnsWhen2AAndRecordIn2B() {
            NirResult result = NirCheck.check("1 50 07 2A 004 012 71", new NirContext(MALE, null, "2B004"));

            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
        }

        @Test
        void acceptsAlgeriaBornBeforeIndependenceWithDepartement91To94() {
            for (String departement : new String[] {"91", "92", "93", "94"}) {
                NirResult result = NirCheck.check(withKey("15502" + departement + "352011"),
                        new NirContext(MALE, LocalDate.of(1955, 2, 1), "99352"));

                assertThat(result.isValid()).as(departement).isTrue();
                assertThat(result.warnings()).as(departement).isEmpty();
            }
        }

        @Test
        void acceptsAlgeriaCodeUpTo1962ButWarnsAfter() {
            NirResult in1962 = NirCheck.check(withKey("16206" + "91" + "352011"),
                    new NirContext(MALE, LocalDate.of(1962, 6, 1), "99352"));
            NirResult in1963 = NirCheck.check(withKey("16306" + "91" + "352011"),
                    new NirContext(MALE, LocalDate.of(1963, 6, 1), "99352"));

            assertThat(in1962.warnings()).isEmpty();
            assertThat(in1963.isValid()).isTrue();
            assertThat(in1963.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
            assertThat(in1963.warnings().getFirst().message()).contains("1962").contains("99 352");
        }

        @Test
        void acceptsMorocco95AndTunisia96UpTo1964() {
            NirResult morocco = NirCheck.check(withKey("16403" + "95" + "350011"),
                    new NirContext(MALE, LocalDate.of(1964, 3, 1), "99350"));
            NirResult tunisia = NirCheck.check(withKey("26403" + "96" + "351011"),
                    new NirContext(FEMALE, LocalDate.of(1964, 3, 1), "99351"));
            NirResult moroccoLate = NirCheck.check(withKey("16503" + "95" + "350011"),
                    new NirContext(MALE, LocalDate.of(1965, 3, 1), "99350"));

            assertThat(morocco.warnings()).isEmpty();
            assertThat(tunisia.warnings()).isEmpty();
            assertThat(moroccoLate.isValid()).isTrue();
            assertThat(moroccoLate.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
        }

        @Test
        void warnsWhenAPreIndependenceCodeDoesNotMatchTheCountry() {
            // 95 was Morocco, not Algeria.
            NirResult result = NirCheck.check(withKey("15502" + "95" + "352011"),
                    new NirContext(MALE, LocalDate.of(1955, 2, 1), "99352"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
        }

        @Test
        void warnsWhenOverseasCommuneDiffers() {
            NirResult result = NirCheck.check(withKey("1550397411123"), new NirContext(MALE, null, "97415"));

            assertThat(result.isValid()).isTrue();
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(BIRTHPLACE);
        }

        @Test
        void skipsTheBirthplaceCheckWhenTheBirthplaceIsUnknown() {
            assertThat(NirCheck.check("2 41 03 76 540 123 31", new NirContext(FEMALE, null, " ")).warnings()).isEmpty();
        }

        @Test
        void keepsCheckingContentWhenTheKeyIsWrong() {
            NirResult result = NirCheck.check("2 41 03 76 540 123 32",
                    new NirContext(MALE, LocalDate.of(1950, 3, 14), "76540"));

            assertThat(result.errors()).extracting(NirIssue::code).containsExactly(KEY, BIRTH_YEAR);
            assertThat(result.warnings()).extracting(NirIssue::code).containsExactly(SEX_MISMATCH);
        }
    }
}
