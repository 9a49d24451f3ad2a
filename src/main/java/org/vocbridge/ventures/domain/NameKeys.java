package org.vocbridge.ventures.domain;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The keys a venture's name is compared by, so that 长城汽车, "Great Wall Motors" and "Грейт Волл
 * Моторс" can meet.
 *
 * <ul>
 *   <li>{@code latin}: the name written in Latin letters by the rules of its script and language
 *       (ICU's BGN/PCGN rules for Russian, Kazakh, Kyrgyz, Uzbek, Mongolian and Tajik; {@code
 *       Han-Latin/Names} for Chinese, its syllables joined), lower case, legal forms ("LLC", "ТОО",
 *       "有限公司") and everything but letters and digits left out. Scripts that ICU does not write in
 *       Latin letters (Lao, Khmer) keep their own letters, so their names still compare.
 *   <li>{@code phonetic}: the words of the latin key, separated by one space, with the spellings that
 *       transliterations disagree on folded together (kh/x/h, ts/c, ya/ia, w/v, ng/n, a hard c/k,
 *       ou/u, doubled letters). Two names are as alike as their phonetic keys, whole or word by
 *       word ({@link #likeness}), so that one word spelled apart does not outweigh the others.
 *   <li>{@code lookAlike}: ICU's confusable skeleton of the name as written, so that a Cyrillic "а"
 *       inside a Latin name, or "1" for "l", gives the same key.
 * </ul>
 */
public record NameKeys(String latin, String phonetic, String lookAlike) {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /**
     * Below this likeness of the whole keys, names are not compared word by word: unrelated names
     * stay far apart whole, and a name of many words (a Chinese name has a word per syllable)
     * costs one comparison per pair of words.
     */
    private static final double WORTH_A_LOOK_WORD_BY_WORD = 0.8;

    /** The longest key kept (the length of the key columns). */
    static final int MAX_KEY = 500;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();

    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

    /** The BGN/PCGN rules of each language written in Cyrillic that ICU has them for. */
    private static final Map<String, String> CYRILLIC_RULES = Map.of(
            "ru", "Russian-Latin/BGN",
            "kk", "Kazakh-Latin/BGN",
            "ky", "Kirghiz-Latin/BGN",
            "uz", "Uzbek-Latin/BGN",
            "mn", "Mongolian-Latin/BGN",
            "tg", "Tajik-Latin/BGN",
            "uk", "Ukrainian-Latin/BGN",
            "be", "Belarusian-Latin/BGN");

    /** Legal forms and the like, which say nothing of which venture it is. */
    private static final Set<String> LEGAL_FORMS = Set.of(
            "ltd",
            "llc",
            "llp",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "co",
            "company",
            "limited",
            "plc",
            "gmbh",
            "ag",
            "sa",
            "jsc",
            "pjsc",
            "cjsc",
            "ojsc",
            "pte",
            "sdn",
            "bhd",
            "tbk",
            "pt",
            "cv",
            "group",
            "holding",
            "holdings",
            "ooo",
            "oao",
            "zao",
            "pao",
            "ao",
            "ip",
            "too",
            "mchj",
            "xk",
            "aj");

    private static final List<String> CHINESE_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "集团", "控股", "公司");

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The phonetic folds, in order: longer spellings before the shorter ones they contain. */
    private static final String[][] FOLDS = {
        // a c that English and Romance spellings write before a, o, u, r, l sounds as the k of Cyrillic
        {"ca", "ka"},
        {"co", "ko"},
        {"cu", "ku"},
        {"cr", "kr"},
        {"cl", "kl"},
        {"ou", "u"},
        {"shch", "s"},
        {"sch", "s"},
        {"sh", "s"},
        {"zh", "j"},
        {"kh", "h"},
        {"x", "h"},
        {"tz", "c"},
        {"ts", "c"},
        {"ch", "c"},
        {"ck", "k"},
        {"q", "k"},
        {"ph", "f"},
        {"w", "v"},
        {"ng", "n"},
        {"y", "i"},
        {"ie", "e"}
    };

    private static final ThreadLocal<Map<String, Transliterator>> TRANSLITERATORS =
            ThreadLocal.withInitial(HashMap::new);

    /** The keys of a name written in the language of the tag (which may be null when not known). */
    public static NameKeys of(String name, String languageTag) {
        String folded = NFKC.normalize(name.strip());
        String words = withoutLegalForms(toLatin(withoutChineseLegalForms(folded), languageTag));
        String lookAlike = letters(withoutLegalForms(SPOOF.getSkeleton(folded).toLowerCase(Locale.ROOT)));
        return new NameKeys(capped(letters(words)), capped(phonetic(words)), capped(lookAlike));
    }

    /** A key as long as its column holds: a Chinese name of 200 characters is 1,200 Latin letters. */
    private static String capped(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    /** Whether the name has anything to compare: a name of legal forms and signs only has not. */
    public boolean isEmpty() {
        return latin.isEmpty();
    }

    private static String withoutChineseLegalForms(String name) {
        String result = name;
        for (String form : CHINESE_LEGAL_FORMS) {
            if (result.length() > form.length()) {
                result = result.replace(form, " ");
            }
        }
        return result;
    }

    private static String toLatin(String name, String languageTag) {
        boolean han = false;
        boolean cyrillic = false;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int script = UScript.getScript(codePoint);
            han |= script == UScript.HAN;
            cyrillic |= script == UScript.CYRILLIC;
            i += Character.charCount(codePoint);
        }
        String rules;
        if (han) {
            rules = "Han-Latin/Names; Any-Latin; Latin-ASCII";
        } else if (cyrillic) {
            String language = languageTag == null
                    ? "ru"
                    : languageTag.toLowerCase(Locale.ROOT).split("-")[0];
            rules = CYRILLIC_RULES.getOrDefault(language, "Russian-Latin/BGN") + "; Any-Latin; Latin-ASCII";
        } else {
            rules = "Any-Latin; Latin-ASCII";
        }
        String latin = TRANSLITERATORS
                .get()
                .computeIfAbsent(rules, Transliterator::getInstance)
                .transliterate(name);
        return latin.toLowerCase(Locale.ROOT);
    }

    private static String withoutLegalForms(String name) {
        String[] words = NOT_LETTER_OR_DIGIT.split(name);
        String kept = Arrays.stream(words)
                .filter(word -> !word.isEmpty() && !LEGAL_FORMS.contains(word))
                .collect(Collectors.joining(" "));
        return kept.isEmpty() ? name : kept;
    }

    private static String letters(String name) {
        return NOT_LETTER_OR_DIGIT.matcher(name).replaceAll("");
    }

    /**
     * How alike the two names sound, from 0 to 1 on the Jaro-Winkler scale: their phonetic keys
     * compared whole, or word by word when that is closer. Word by word, each word counts by its
     * length with the most alike word of the other name, in both directions, and the lower of the
     * two is taken, so that a name is not the same as a longer name that contains it.
     */
    public double likeness(NameKeys other) {
        double whole = JARO_WINKLER.apply(phonetic.replace(" ", ""), other.phonetic.replace(" ", ""));
        if (whole < WORTH_A_LOOK_WORD_BY_WORD) {
            return whole;
        }
        String[] ours = phonetic.split(" ");
        String[] theirs = other.phonetic.split(" ");
        return Math.max(whole, Math.min(wordByWord(ours, theirs), wordByWord(theirs, ours)));
    }

    private static double wordByWord(String[] ours, String[] theirs) {
        double sum = 0;
        int letters = 0;
        for (String word : ours) {
            double best = 0;
            for (String their : theirs) {
                best = Math.max(best, JARO_WINKLER.apply(word, their));
            }
            sum += best * word.length();
            letters += word.length();
        }
        return letters == 0 ? 0 : sum / letters;
    }

    /** The first letters of the phonetic key: a name is compared only with names that share them. */
    public String block() {
        String joined = phonetic.replace(" ", "");
        return joined.substring(0, Math.min(2, joined.length()));
    }

    private static String phonetic(String words) {
        return Arrays.stream(NOT_LETTER_OR_DIGIT.split(words))
                .filter(word -> !word.isEmpty())
                .map(NameKeys::folded)
                .collect(Collectors.joining(" "));
    }

    private static String folded(String word) {
        String result = word;
        for (String[] fold : FOLDS) {
            result = result.replace(fold[0], fold[1]);
        }
        StringBuilder single = new StringBuilder(result.length());
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            if (single.isEmpty() || single.charAt(single.length() - 1) != c) {
                single.append(c);
            }
        }
        return single.toString();
    }
}
